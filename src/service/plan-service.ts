// The one door between the task pane (and the ribbon commands) and a workbook. Excel implements it over Office.js
// (src/excel/excel-plan-service.ts); tests and the browser harness implement it over the Excel simulator.
import type { Finding } from "../core/check/finding";
import type { QuarterReportRequest, QuarterReportResult } from "./types";
import type { CreatePlanResult, NewPlanRequest } from "./types";
import type { IgnoredFinding } from "../core/check/ignored-findings";
import type { DropdownsResult } from "./types";
import type { TaskSnapshot } from "../core/track/task-snapshot";
import type { TaskChange, UpdateTaskResult } from "./types";
import type { ChangeListener, PlanChange } from "./types";
import type { SaveMappingRequest, SaveMappingResult } from "./types";
import type {
  BuildResult,
  FixResult,
  HighlightResult,
  PlanOptions,
  ReadPlanResult,
  SelectResult,
  SummaryResult,
} from "./types";

export type {
  ChangeListener,
  CreatePlanResult,
  SaveMappingRequest,
  SaveMappingResult,
  DropdownsResult,
  IgnoredFinding,
  NewPlanRequest,
  PlanChange,
  QuarterReportRequest,
  QuarterReportResult,
  TaskSnapshot,
  TaskChange,
  UpdateTaskResult,
};

/** Stops the change reports that watchChanges started. */
export type Unwatch = () => Promise<void>;

/** Everything the pane can ask of the open workbook. */
export interface PlanService {
  /** Reads and checks the plan as of a date. */
  readPlan(options: PlanOptions): Promise<ReadPlanResult>;
  /** Saves which column holds what in the workbook, so every co-author, the add-in and `kehoach` read the plan alike. */
  saveColumnMapping(request: SaveMappingRequest): Promise<SaveMappingResult>;
  /** Takes the user to a finding's cell. */
  selectFinding(finding: Finding): Promise<SelectResult>;
  /** Writes the safe fixes of these findings, unless a co-author changed their cells since the check. */
  applyFixes(findings: Finding[]): Promise<FixResult>;
  /** The findings the workbook's users chose to ignore. */
  listIgnored(): Promise<IgnoredFinding[]>;
  /** Ignores a finding for everyone who opens the workbook; returns the new list. */
  ignore(finding: Finding): Promise<IgnoredFinding[]>;
  /** Shows an ignored finding again; returns the new list. */
  unignore(finding: Finding): Promise<IgnoredFinding[]>;
  /** Colours the plan's rows by deadline. */
  highlight(options: PlanOptions): Promise<HighlightResult>;
  /** Makes one sheet per agency. */
  agencySheets(options: PlanOptions): Promise<BuildResult>;
  /** Makes the assignments table and the summary. */
  summary(options: PlanOptions): Promise<SummaryResult>;
  /** Takes the user to a sheet; false when it is gone. */
  activateSheet(name: string): Promise<boolean>;
  /** Makes an empty plan table for the agencies the user typed. */
  createPlan(request: NewPlanRequest): Promise<CreatePlanResult>;
  /** Makes the plan table from text copied out of the Word draft. */
  pasteFromWord(text: string, options: PlanOptions): Promise<CreatePlanResult>;
  /** Takes the user to a task's row, found by the task's number wherever co-authors moved it. */
  selectTask(task: TaskSnapshot, options: PlanOptions): Promise<SelectResult>;
  /** Saves a task's status, completion date and note, unless someone changed the task since it was shown. */
  updateTask(task: TaskSnapshot, change: TaskChange, options: PlanOptions): Promise<UpdateTaskResult>;
  /** Puts dropdown lists on the plan's role and status cells, changing no value. */
  addDropdowns(options: PlanOptions): Promise<DropdownsResult>;
  /** Makes the print-ready quarter report sheet for leaders. */
  quarterReport(request: QuarterReportRequest): Promise<QuarterReportResult>;
  /** Reports every cell change (the user's and co-authors') until the returned function is called; null without change events. */
  watchChanges(listener: ChangeListener): Promise<Unwatch | null>;
  /** A key naming the open workbook, for choices remembered on this computer only. */
  workbookKey(): Promise<string>;
}
