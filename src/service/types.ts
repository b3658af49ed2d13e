// The shapes the task pane and ribbon see: what each use-case of the PlanService takes and what it reports back.
// Free of Office.js, so the UI and any implementation of the service (Excel, the simulator) share them.
import type { LogEntry } from "../core/exchange/change-log";
import type { IsoDate } from "../core/model/dates";
import type { DeadlineState } from "../core/track/deadline";
import type { Bilingual, Finding } from "../core/check/finding";
import type { Plan } from "../core/model/plan";
import type { QuarterReport } from "../core/track/quarter-report";
import type { Status } from "../core/read/vocabulary";
import type { FieldChange } from "../core/track/task-snapshot";
import type { MappingQuestion } from "../core/read/plan-search";

export type { MappingQuestion };

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
      /** The rows of the change log ("Nhật ký cập nhật"), oldest first; empty without one. */
      changeLog?: LogEntry[];
    }
  | {
      found: false;
      notes: Bilingual[];
      /** A table is there but its content or lead column could not be placed: which columns were seen, what is missing. */
      question?: MappingQuestion;
    };

/** The user's answer to the mapping question: the plan's sheet and header row, and role → column letters pairs. */
export interface SaveMappingRequest {
  sheet: string;
  headerRow: number;
  columns: [string, string][];
}

/** The outcome of saving a column mapping in the workbook. */
export interface SaveMappingResult {
  done: boolean;
  notes: Bilingual[];
}

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

/** Which quarter to report on, as of which date. */
export interface QuarterReportRequest extends PlanOptions {
  quarter: number;
}

/** The outcome of the quarter report: the sheet made and the numbers on it. */
export interface QuarterReportResult extends BuildResult {
  report: QuarterReport | null;
}

/** The outcome of making a plan sheet: where it went and what it holds, or why nothing was made. */
export interface CreatePlanResult {
  done: boolean;
  sheet: string | null;
  table: string | null;
  /** Whether the agency registry sheet was made too (it is not when the workbook already has one). */
  registry: boolean;
  tasks: number;
  agencies: number;
  notes: Bilingual[];
}

/** What the user asked for in "Tạo kế hoạch mới". */
export interface NewPlanRequest {
  agencies: string[];
  year: number | null;
}

/** The outcome of adding the dropdowns. */
export interface DropdownsResult {
  done: boolean;
  sheet: string | null;
  /** Agency columns that got the role list. */
  roleColumns: number;
  /** Whether the status column got the status list. */
  statusColumn: boolean;
  /** The task rows covered, e.g. { top: 8, bottom: 27 }. */
  rows: { top: number; bottom: number } | null;
  notes: Bilingual[];
}

/** What the user changed in the update form; a field left out is left as it is. */
export interface TaskChange {
  status?: Status;
  /** A completion date, or null to clear it. */
  completedOn?: IsoDate | null;
  note?: string;
}

/** Why an update wrote nothing. */
export type UpdateRefusal = "noPlan" | "missing" | "duplicate" | "changed" | "noColumn" | "moved";

/** The outcome of an update: the cells written, or why nothing was. */
export interface UpdateTaskResult {
  done: boolean;
  refused: UpdateRefusal | null;
  /** The task's key ("II.3"; its number when the plan has no sections). */
  number: string;
  sheet: string | null;
  /** The row the task was found on (it may differ from the row the pane showed). */
  row: number | null;
  /** Cells written, e.g. ["H12", "I12"]; empty when nothing needed writing. */
  cells: string[];
  /** What someone else changed in the task since it was shown (when refused as "changed"). */
  changes: FieldChange[];
  notes: Bilingual[];
}

/** One change to the workbook's cells, as the pane needs to know it. */
export interface PlanChange {
  /** "Local" for this user's edits, "Remote" for co-authors'. */
  source: "Local" | "Remote";
  /** "ThisLocalAddin" for the add-in's own writes (ExcelApi 1.14); null where Excel does not say. */
  triggerSource: string | null;
  worksheetId: string;
  address: string;
  changeType: string;
}

/** Called for every change; must return quickly and never touch Excel. */
export type ChangeListener = (change: PlanChange) => void;
