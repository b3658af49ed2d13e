// The long assignments table (one row per task × agency) and the summary's count tables over it: what the summary
// sheet, its PivotTables and its COUNTIFS formulas show.
import type { IsoDate } from "../model/dates";
import type { Plan } from "../model/plan";
import { compareVi } from "../text/normalize";
import { ROLE_LABEL } from "../read/vocabulary";
import { quarterLabel, stateLabel } from "./task-labels";

/** One row of the long assignments table: a task × agency with its role, quarter and state. */
export interface AssignmentRow {
  number: string;
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
        number: t.key ?? "",
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
const STATE_COLUMNS = [
  "Quá hạn",
  "Đến hạn trong quý",
  "Chưa đến hạn",
  "Thường xuyên",
  "Hoàn thành đúng hạn",
  "Hoàn thành trễ hạn",
  "Hoàn thành",
  "Chưa rõ hạn",
];

/** Counts assignments per agency by role, by quarter and by state: the three tables of the summary sheet. */
export function summaryTables(plan: Plan): CountTable[] {
  // One pass over every assignment, counting into arrays indexed by agency: a column label is looked up once per
  // task (each distinct deadline's quarter label is made once), so a 100,000-task plan makes no string per count.
  const agencyIndex = new Map<string, number>();
  const counts = {
    role: new Map<string, number[]>(),
    quarter: new Map<string, number[]>(),
    state: new Map<string, number[]>(),
  };
  const column = (table: Map<string, number[]>, label: string) => {
    let c = table.get(label);
    if (!c) table.set(label, (c = []));
    return c;
  };
  const roleColumns = {
    lead: column(counts.role, ROLE_LABEL.lead),
    coordinate: column(counts.role, ROLE_LABEL.coordinate),
  };
  const quarterOfDeadline = new Map<string, string>();
  for (const t of plan.tasks) {
    if (t.assignments.length === 0) continue;
    let quarter = t.deadline ? quarterOfDeadline.get(t.deadline) : undefined;
    if (quarter === undefined) {
      quarter = quarterLabel(t);
      if (t.deadline) quarterOfDeadline.set(t.deadline, quarter);
    }
    const byQuarter = column(counts.quarter, quarter);
    const byState = column(counts.state, stateLabel(t));
    for (const a of t.assignments) {
      let i = agencyIndex.get(a.agency);
      if (i === undefined) agencyIndex.set(a.agency, (i = agencyIndex.size));
      const byRole = roleColumns[a.role];
      byRole[i] = (byRole[i] ?? 0) + 1;
      byQuarter[i] = (byQuarter[i] ?? 0) + 1;
      byState[i] = (byState[i] ?? 0) + 1;
    }
  }
  const agencies = agencyOrder(plan, new Set(agencyIndex.keys()));
  const table = (
    title: string,
    columnField: keyof AssignmentRow,
    columns: string[],
    source: Map<string, number[]>,
  ): CountTable => ({
    title,
    rowField: "agency",
    columnField,
    rows: agencies,
    columns,
    counts: agencies.map((a) => columns.map((c) => source.get(c)?.[agencyIndex.get(a)!] ?? 0)),
  });
  return [
    table("Số nhiệm vụ theo vai trò", "role", ROLE_COLUMNS, counts.role),
    table(
      "Số nhiệm vụ theo quý (hạn chót)",
      "quarter",
      [...counts.quarter.keys()].sort(compareQuarter),
      counts.quarter,
    ),
    table(
      "Số nhiệm vụ theo tình trạng",
      "state",
      STATE_COLUMNS.filter((s) => counts.state.has(s)),
      counts.state,
    ),
  ];
}

function agencyOrder(plan: Plan, used: Set<string>): string[] {
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
