// Many plans at once, for a leader who follows a dozen: per plan and per lead agency the official counts — done on
// time, done late, open within time, open overdue, open with no deadline — as of one date, and their totals.
import type { IsoDate } from "../model/dates";
import type { Plan, Task } from "../model/plan";
import { emptySheet, type SheetSpec, type SpecCell } from "../sheets/spec";
import { compareVi } from "../text/normalize";
import { asOfLine } from "./task-labels";

/** The five counts of one agency (or plan) of the rollup. */
export interface RollupCounts {
  doneOnTime: number;
  doneLate: number;
  openInTime: number;
  openOverdue: number;
  noDeadline: number;
}

/** One plan's lines: per lead agency, then the plan's total. */
export interface RollupPlan {
  file: string;
  title: string;
  agencies: ({ name: string } & RollupCounts)[];
  total: RollupCounts;
}

const ZERO: RollupCounts = { doneOnTime: 0, doneLate: 0, openInTime: 0, openOverdue: 0, noDeadline: 0 };

/** Which count a task falls in as of a date: done (on time unless completed after its deadline), open, or undated. */
export function rollupBucket(t: Pick<Task, "status" | "deadline" | "completedOn">, asOf: IsoDate): keyof RollupCounts {
  if (t.status === "done") return t.deadline && t.completedOn && t.completedOn > t.deadline ? "doneLate" : "doneOnTime";
  if (!t.deadline) return "noDeadline";
  return asOf > t.deadline ? "openOverdue" : "openInTime";
}

/** One plan's counts per lead agency (tasks without a lead under "(chưa rõ chủ trì)"). */
export function rollupPlan(file: string, plan: Plan, asOf: IsoDate): RollupPlan {
  const lines = new Map<string, RollupCounts>();
  for (const a of plan.agencies) if (!a.group) lines.set(a.name, { ...ZERO });
  const total = { ...ZERO };
  for (const t of plan.tasks) {
    const name = t.lead ?? "(chưa rõ chủ trì)";
    const line = lines.get(name) ?? { ...ZERO };
    lines.set(name, line);
    const b = rollupBucket(t, asOf);
    line[b]++;
    total[b]++;
  }
  const order = new Map(plan.agencies.map((a, i) => [a.name, i]));
  const agencies = [...lines]
    .map(([name, c]) => ({ name, ...c }))
    .sort((a, b) => (order.get(a.name) ?? 1e9) - (order.get(b.name) ?? 1e9) || compareVi(a.name, b.name));
  return { file, title: plan.title, agencies, total };
}

/** The sum of counts (the rollup's grand total). */
export function sumCounts(list: RollupCounts[]): RollupCounts {
  const out = { ...ZERO };
  for (const c of list) for (const k of Object.keys(out) as (keyof RollupCounts)[]) out[k] += c[k];
  return out;
}

const HEADER = [
  "Kế hoạch",
  "Cơ quan chủ trì",
  "Hoàn thành đúng hạn",
  "Hoàn thành trễ hạn",
  "Đang làm, trong hạn",
  "Quá hạn",
  "Không có hạn",
];

/** The rollup sheet: a line per plan and lead agency, a total per plan, the grand total, and unreadable files. */
export function rollupSheetSpec(
  plans: RollupPlan[],
  unreadable: { file: string; why: string }[],
  asOf: IsoDate,
): SheetSpec {
  const spec = emptySheet("rollup", "Tổng hợp nhiều kế hoạch");
  const counts = (c: RollupCounts): SpecCell[] =>
    [c.doneOnTime, c.doneLate, c.openInTime, c.openOverdue, c.noDeadline].map((n) => ({ number: n, style: "count" }));
  spec.rows.push([{ text: "Tổng hợp tình hình thực hiện nhiều kế hoạch", style: "title" }]);
  spec.rows.push([{ text: `${asOfLine(asOf)} · ${plans.length} kế hoạch`, style: "subtitle" }]);
  spec.rows.push([]);
  spec.rows.push(HEADER.map((h) => ({ text: h, style: "header" })));
  for (const p of plans) {
    for (const a of p.agencies)
      spec.rows.push([{ text: p.title || p.file, style: "wrap" }, { text: a.name, style: "wrap" }, ...counts(a)]);
    spec.rows.push([
      { text: p.title || p.file, style: "section" },
      { text: "Cộng", style: "section" },
      ...counts(p.total).map((c) => ({ ...(c as { number: number }), style: "total" as const })),
    ]);
  }
  spec.rows.push([
    { text: "Tổng cộng", style: "section" },
    { text: "", style: "section" },
    ...counts(sumCounts(plans.map((p) => p.total))).map((c) => ({
      ...(c as { number: number }),
      style: "total" as const,
    })),
  ]);
  if (unreadable.length) {
    spec.rows.push([]);
    spec.rows.push([{ text: `Không đọc được (${unreadable.length})`, style: "section" }]);
    for (const u of unreadable)
      spec.rows.push([
        { text: u.file, style: "wrap" },
        { text: u.why, style: "wrap" },
      ]);
  }
  spec.columns = [50, 34, 14, 14, 14, 12, 12].map((width) => ({ width }));
  spec.freezeRows = 4;
  return spec;
}
