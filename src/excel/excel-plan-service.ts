/* global Excel */
// The PlanService over a workbook: each call is one Excel.run batch running one use-case. Excel passes its own
// Excel.run and requirement check; tests and the browser harness pass the simulator's.
import type { PlanService } from "../taskpane/plan-service";
import { activateSheet } from "./activate-sheet";
import { applyFixes } from "./apply-fixes";
import { buildAgencySheets } from "./build-agency-sheets";
import { buildSummary } from "./build-summary";
import { createPlan, pastePlan } from "./create-plan";
import { highlightDeadlines } from "./highlight-deadlines";
import { readIgnored, setIgnored } from "./ignored-findings";
import { readPlan } from "./read-plan";
import { selectCell } from "./select-cell";
import type { ExcelEnv } from "./types";

/** What the service needs of a host: a way to run a batch against the workbook, and the requirement-set check. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  env: ExcelEnv;
}

/** The Excel the add-in runs in: Excel.run and Office.context.requirements (call after Office.onReady). */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    env: {
      isSetSupported: (name, version) =>
        Office.context.requirements.isSetSupported(name, version),
    },
  };
}

/** Gives the task pane and the ribbon commands the add-in's use-cases over one workbook. */
export function excelPlanService(host: ExcelHost): PlanService {
  const { run, env } = host;
  return {
    readPlan: (options) => run((c) => readPlan(c, env, options)),
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
    pasteFromWord: (text, options) =>
      run((c) => pastePlan(c, env, text, options)),
  };
}
