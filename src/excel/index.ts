// The add-in's use-cases over an open workbook: what the task pane and ribbon commands call (never Excel directly).
export { readPlan } from "./read-plan";
export { selectCell } from "./select-cell";
export { applyFixes } from "./apply-fixes";
export { highlightDeadlines } from "./highlight-deadlines";
export { buildAgencySheets } from "./build-agency-sheets";
export { buildSummary } from "./build-summary";
export type * from "./types";
