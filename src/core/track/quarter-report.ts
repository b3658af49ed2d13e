import { formatViDate, lastDayOfQuarter, type IsoDate } from "../model/dates";
import type { Plan, Task } from "../model/plan";
import { compareVi } from "../text/normalize";

/** One lead agency's line of the quarter report: the 2×2 of Vietnamese task tracking for tasks due in the quarter. */
export interface QuarterAgencyLine {
  name: string;
  /** Tasks whose deadline falls in the quarter (= done + doneLate + open + overdue). */
  due: number;
  done: number;
  doneLate: number;
  open: number;
  overdue: number;
}

/** The quarter report leaders read: per lead agency counts, then the backlog of overdue tasks. */
export interface QuarterReport {
  quarter: number;
  year: number;
  asOf: IsoDate;
  agencies: QuarterAgencyLine[];
  overdueTasks: { number: string; content: string; lead: string; deadline: IsoDate }[];
}

const QUARTER_START_MONTH = [1, 4, 7, 10];

/** Builds the report for quarter 1–4 of a year as of a date: due, done (on time), done late, open and overdue per lead agency, and every task overdue by the quarter's end. */
export function quarterReport(plan: Plan, quarter: number, year: number, asOf: IsoDate): QuarterReport {
  const start = `${year}-${String(QUARTER_START_MONTH[quarter - 1]).padStart(2, "0")}-01`;
  const end = lastDayOfQuarter(year, quarter);
  const inQuarter = (t: Task) => t.deadline !== null && t.deadline >= start && t.deadline <= end;
  const lines = new Map<string, QuarterAgencyLine>();
  const line = (name: string) => {
    let l = lines.get(name);
    if (!l) lines.set(name, (l = { name, due: 0, done: 0, doneLate: 0, open: 0, overdue: 0 }));
    return l;
  };
  // Every agency is listed, zeros included; group phrases only when they lead something.
  for (const a of plan.agencies) if (!a.group) line(a.name);
  for (const t of plan.tasks) {
    if (!t.lead || !inQuarter(t)) continue;
    const l = line(t.lead);
    l.due++;
    if (t.status === "done") {
      if (t.completedOn !== null && t.completedOn > t.deadline!) l.doneLate++;
      else l.done++;
    } else if (asOf > t.deadline!) l.overdue++;
    else l.open++;
  }
  const order = new Map(plan.agencies.map((a, i) => [a.name, i]));
  const agencies = [...lines.values()].sort(
    (a, b) => (order.get(a.name) ?? 1e9) - (order.get(b.name) ?? 1e9) || compareVi(a.name, b.name),
  );
  const overdueTasks = plan.tasks
    .filter((t) => t.status !== "done" && t.deadline !== null && t.deadline < asOf && t.deadline <= end)
    .sort((a, b) => a.deadline!.localeCompare(b.deadline!) || compareVi(a.key ?? "", b.key ?? ""))
    .map((t) => ({ number: t.key ?? "", content: t.content, lead: t.lead ?? "", deadline: t.deadline! }));
  return { quarter, year, asOf, agencies, overdueTasks };
}

/** The report's title ("Báo cáo quý II/2024 — tình hình đến ngày 30/06/2024"). */
export function quarterReportTitle(r: QuarterReport): string {
  return `Báo cáo quý ${["I", "II", "III", "IV"][r.quarter - 1]}/${r.year} — tình hình đến ngày ${formatViDate(r.asOf)}`;
}
