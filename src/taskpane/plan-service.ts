// The one door between the task pane (and the ribbon commands) and a workbook. Excel implements it over Office.js
// (src/excel/excel-plan-service.ts); tests and the browser harness implement it over the Excel simulator.
import type { Finding } from "../core/finding";
import type { CreatePlanResult, NewPlanRequest } from "../excel/create-plan";
import type { IgnoredFinding } from "../excel/ignored-findings";
import type {
  BuildResult,
  FixResult,
  HighlightResult,
  PlanOptions,
  ReadPlanResult,
  SelectResult,
  SummaryResult,
} from "../excel/types";

export type { CreatePlanResult, IgnoredFinding, NewPlanRequest };

/** Everything the pane can ask of the open workbook. */
export interface PlanService {
  /** Reads and checks the plan as of a date. */
  readPlan(options: PlanOptions): Promise<ReadPlanResult>;
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
}
