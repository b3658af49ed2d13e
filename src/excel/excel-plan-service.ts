// The PlanService over a workbook: each call is one Excel.run batch running one use-case. Excel passes its own
// Excel.run and requirement check; tests and the browser harness pass the simulator's.
import type { PlanService } from "../service/plan-service";
import { activateSheet } from "./activate-sheet";
import { applyFixes } from "./apply-fixes";
import { buildAgencySheets } from "./build-agency-sheets";
import { buildQuarterReport } from "./build-quarter-report";
import { buildSummary } from "./build-summary";
import { saveColumnMapping } from "./column-mapping";
import { createPlan, pastePlan } from "./create-plan";
import { highlightDeadlines } from "./highlight-deadlines";
import { readIgnored, setIgnored } from "./ignored-findings";
import { addDropdowns } from "./plan-dropdowns";
import { readAndCheckPlan } from "./read-and-check-plan";
import { selectCell } from "./select-cell";
import { selectTask } from "./select-task";
import { updateTask } from "./update-task";
import type { ExcelHost } from "./host";
import { unwatchChanges, watchChanges } from "./watch-changes";
import { workbookKey } from "./workbook-key";

/** Gives the task pane and the ribbon commands the add-in's use-cases over one workbook. */
export function excelPlanService(host: ExcelHost): PlanService {
  const { run, runIn, env } = host;
  return {
    readPlan: (options) => run((c) => readAndCheckPlan(c, env, options)),
    saveColumnMapping: (request) => run((c) => saveColumnMapping(c, request)),
    selectFinding: (finding) => run((c) => selectCell(c, env, finding)),
    applyFixes: (findings) => run((c) => applyFixes(c, env, findings)),
    listIgnored: () => run((c) => readIgnored(c)),
    ignore: (finding) => run((c) => setIgnored(c, finding, true)),
    unignore: (finding) => run((c) => setIgnored(c, finding, false)),
    highlight: (options) => run((c) => highlightDeadlines(c, env, options)),
    agencySheets: (options) => run((c) => buildAgencySheets(c, env, options)),
    summary: (options) => run((c) => buildSummary(c, env, options)),
    activateSheet: (name) => run((c) => activateSheet(c, name)),
    createPlan: (request) => run((c) => createPlan(c, env, request)),
    pasteFromWord: (text, options) => run((c) => pastePlan(c, env, text, options)),
    selectTask: (task, options) => run((c) => selectTask(c, env, task, options)),
    updateTask: (task, change, options) => run((c) => updateTask(c, env, task, change, options)),
    addDropdowns: (options) => run((c) => addDropdowns(c, env, options)),
    quarterReport: (request) => run((c) => buildQuarterReport(c, env, request)),
    watchChanges: async (listener) => {
      const handlers = await run((c) => watchChanges(c, env, listener));
      if (!handlers || handlers.length === 0) return null;
      return () => runIn(handlers[0].context, (c) => unwatchChanges(c, handlers));
    },
    workbookKey: () => run((c) => workbookKey(c, env, host.documentUrl?.() ?? null)),
  };
}
