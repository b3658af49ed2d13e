// The shapes the task pane and ribbon commands see: what each use-case takes and what it reports back.
import type { IsoDate } from "../core/dates";
import type { DeadlineState } from "../core/deadline";
import type { Bilingual, Finding } from "../core/finding";
import type { Plan } from "../core/plan";

/** What the adapter asks of the host: `Office.context.requirements` in Excel, the simulator in tests. */
export interface ExcelEnv {
  isSetSupported(name: string, version: string): boolean;
}

/** Options of every command that reads the plan: the as-of date (the UI passes today) and an optional plan year. */
export interface PlanOptions {
  asOf: IsoDate;
  year?: number | null;
}

/** Where the plan sits in the workbook, for the task pane to show and link to. */
export interface PlanPlace {
  sheet: string;
  table: string | null;
  /** The header and task rows, e.g. "'Kế hoạch'!A6:H32". */
  address: string;
}

/** The outcome of reading and checking the plan. */
export type ReadPlanResult =
  | {
      found: true;
      plan: Plan;
      findings: Finding[];
      /** How many tasks are in each deadline state. */
      states: Record<DeadlineState, number>;
      where: PlanPlace;
      registryFromWorkbook: boolean;
      notes: Bilingual[];
    }
  | { found: false; notes: Bilingual[] };

/** The outcome of jumping to a finding's cell. */
export interface SelectResult {
  selected: boolean;
  sheet: string;
  cell: string;
  notes: Bilingual[];
}

/** A cell someone changed between the check and the fix: nothing was written. */
export interface Conflict {
  sheet: string;
  cell: string;
  expected: string;
  found: string;
}

/** The outcome of applying fixes: how many cells were written, or the conflicts that stopped it. */
export interface FixResult {
  applied: number;
  conflicts: Conflict[];
  /** Findings whose fix was not applied, each with the reason. */
  skipped: { finding: Finding; reason: Bilingual }[];
  notes: Bilingual[];
}

/** The outcome of the deadline highlighting. */
export interface HighlightResult {
  done: boolean;
  sheet: string | null;
  /** The helper deadline column's header cell, e.g. "J5". */
  helperCell: string | null;
  rulesAdded: number;
  rulesReplaced: number;
  notes: Bilingual[];
}

/** The outcome of a command that generates sheets. */
export interface BuildResult {
  done: boolean;
  /** Generated sheets, in the order they were made. */
  sheets: string[];
  notes: Bilingual[];
}

/** The outcome of the summary: the assignments table, and PivotTables with a chart or, without them, COUNTIFS tables. */
export interface SummaryResult extends BuildResult {
  mode: "pivots" | "formulas" | null;
  pivots: string[];
  chart: string | null;
  table: string | null;
}
