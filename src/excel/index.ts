// The add-in's use-cases over an open workbook, for tests and the benchmark; the UI reaches them via excelPlanService.
export { readAndCheckPlan } from "./read-and-check-plan";
export { selectCell } from "./select-cell";
export { applyFixes } from "./apply-fixes";
export { highlightDeadlines } from "./highlight-deadlines";
export { buildAgencySheets } from "./build-agency-sheets";
export { buildSummary } from "./build-summary";
export { selectTask } from "./select-task";
export { updateTask } from "./update-task";
export { addDropdowns } from "./plan-dropdowns";
export { buildQuarterReport } from "./build-quarter-report";
export { watchChanges, unwatchChanges } from "./watch-changes";
export type * from "../service/types";
