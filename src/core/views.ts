import { formatViDate, quarterOf, yearOf, type IsoDate } from "./dates";
import type { DeadlineState } from "./deadline";
import type { Plan, Task } from "./plan";
import { compareVi } from "./text";
import { ROLE_LABEL } from "./vocabulary";

/** Vietnamese labels of deadline states, as they appear in generated sheets and filters. */
export const STATE_LABEL: Record<DeadlineState, string> = {
  done: "Hoàn thành",
  overdue: "Quá hạn",
  due: "Đến hạn trong quý",
  upcoming: "Chưa đến hạn",
  ongoing: "Thường xuyên",
  unknown: "Chưa rõ hạn",
};

/** The state label with the done-on-time/done-late split of Vietnamese task tracking. */
export function stateLabel(task: Pick<Task, "state" | "punctuality">): string {
  if (task.state === "done" && task.punctuality === "late") return "Hoàn thành trễ hạn";
  if (task.state === "done" && task.punctuality === "onTime") return "Hoàn thành đúng hạn";
  return STATE_LABEL[task.state];
}

/** The quarter a task falls due in, as a label ("Quý II/2024"), or what stands instead ("Thường xuyên", "Chưa rõ hạn"). */
export function quarterLabel(task: Pick<Task, "deadline" | "time">): string {
  if (task.deadline) return `Quý ${["I", "II", "III", "IV"][quarterOf(task.deadline) - 1]}/${yearOf(task.deadline)}`;
  return task.time.kind === "ongoing" ? "Thường xuyên" : "Chưa rõ hạn";
}

/** One agency's work: tasks it leads, tasks it coordinates, and tasks led by a group phrase it belongs to. */
export interface AgencyView {
  agency: string;
  lead: Task[];
  coordinate: Task[];
  shared: Task[];
}

/** Lists every (non-group) agency's tasks, in plan order, agencies in Vietnamese alphabetical order of the registry. */
export function agencyViews(plan: Plan): AgencyView[] {
  const groups = new Set(plan.agencies.filter((a) => a.group).map((a) => a.name));
  const members = plan.agencies.filter((a) => !a.group);
  // Matrix plans keep their column order (the order the agencies signed); registries are sorted.
  const ordered = plan.layout === "matrix" ? members : [...members].sort((a, b) => compareVi(a.name, b.name));
  return ordered.map((a) => ({
    agency: a.name,
    lead: plan.tasks.filter((t) => t.assignments.some((x) => x.agency === a.name && x.role === "lead")),
    coordinate: plan.tasks.filter(
      (t) => t.assignments.some((x) => x.agency === a.name && x.role === "coordinate") && !t.assignments.some((x) => x.agency === a.name && x.role === "lead"),
    ),
    shared: plan.tasks.filter((t) => t.lead !== null && groups.has(t.lead) && !t.assignments.some((x) => x.agency === a.name)),
  }));
}

/** One row of the long assignments table: a task × agency with its role, quarter and state. */
export interface AssignmentRow {
  number: string;
  content: string;
  agency: string;
  role: string;
  time: string;
  deadline: IsoDate | null;
  quarter: string;
  status: string;
  state: string;
}

/** The long "assignments" table (task × agency × role × time × deadline × state) that summaries and pivots count. */
export function assignmentRows(plan: Plan): AssignmentRow[] {
  const rows: AssignmentRow[] = [];
  for (const t of plan.tasks) {
    for (const a of t.assignments) {
      rows.push({
        number: t.number ?? "",
        content: t.content,
        agency: a.agency,
        role: ROLE_LABEL[a.role],
        time: t.timeText,
        deadline: t.deadline,
        quarter: quarterLabel(t),
        status: t.statusText,
        state: stateLabel(t),
      });
    }
  }
  return rows;
}

/** A count table: row labels × column labels, as the summary shows it. */
export interface CountTable {
  title: string;
  rowField: keyof AssignmentRow;
  columnField: keyof AssignmentRow;
  rows: string[];
  columns: string[];
  counts: number[][];
}

const ROLE_COLUMNS = [ROLE_LABEL.lead, ROLE_LABEL.coordinate];
const STATE_COLUMNS = ["Quá hạn", "Đến hạn trong quý", "Chưa đến hạn", "Thường xuyên", "Hoàn thành đúng hạn", "Hoàn thành trễ hạn", "Hoàn thành", "Chưa rõ hạn"];

/** Counts assignments per agency by role, by quarter and by state: the three tables of the summary sheet. */
export function summaryTables(plan: Plan): CountTable[] {
  const rows = assignmentRows(plan);
  const agencies = agencyOrder(plan, rows);
  const quarters = [...new Set(rows.map((r) => r.quarter))].sort(compareQuarter);
  const states = STATE_COLUMNS.filter((s) => rows.some((r) => r.state === s));
  return [
    countTable("Số nhiệm vụ theo vai trò", "role", ROLE_COLUMNS, agencies, rows),
    countTable("Số nhiệm vụ theo quý (hạn chót)", "quarter", quarters, agencies, rows),
    countTable("Số nhiệm vụ theo tình trạng", "state", states, agencies, rows),
  ];
}

function countTable(title: string, columnField: keyof AssignmentRow, columns: string[], agencies: string[], rows: AssignmentRow[]): CountTable {
  const counts = agencies.map((a) => columns.map((c) => rows.filter((r) => r.agency === a && r[columnField] === c).length));
  return { title, rowField: "agency", columnField, rows: agencies, columns, counts };
}

function agencyOrder(plan: Plan, rows: AssignmentRow[]): string[] {
  const used = new Set(rows.map((r) => r.agency));
  const listed = plan.agencies.map((a) => a.name).filter((n) => used.has(n));
  const extra = [...used].filter((n) => !listed.includes(n)).sort(compareVi);
  return [...listed, ...extra];
}

// Quarters in time order; "Thường xuyên" and "Chưa rõ hạn" last.
function compareQuarter(a: string, b: string): number {
  const key = (q: string) => {
    const m = /^Quý (I|II|III|IV)\/(\d{4})$/.exec(q);
    return m ? Number(m[2]) * 10 + ["I", "II", "III", "IV"].indexOf(m[1]) : q === "Thường xuyên" ? 1e6 : 1e6 + 1;
  };
  return key(a) - key(b);
}

/** The as-of line printed on generated sheets ("Tình hình đến ngày 30/06/2024"). */
export function asOfLine(asOf: IsoDate): string {
  return `Tình hình đến ngày ${formatViDate(asOf)}`;
}
