/* global Excel */
import { quoteSheetName, rangeAddress } from "../core/model/address";
import type { DeadlineState } from "../core/track/deadline";
import type { Plan } from "../core/model/plan";
import { analysePlan } from "../core/analyse-workbook";
import { workbookLog } from "../core/exchange/change-log";
import { analyseOpenWorkbook } from "./analyse-open-workbook";
import { NO_PLAN_IN_WORKBOOK } from "../core/read/no-plan";
import { MERGES_TOO_MANY, MERGES_UNREAD } from "./messages";
import type { MergesRead } from "./read-workbook";
import { capabilities } from "./requirements";
import type { ExcelEnv } from "./host";
import type { PlanOptions, ReadPlanResult } from "../service/types";

/** Finds the plan in the open workbook and checks it: tasks, findings and deadline states as of the given date. */
export async function readAndCheckPlan(
  context: Excel.RequestContext,
  env: ExcelEnv,
  options: PlanOptions,
): Promise<ReadPlanResult> {
  const { analysis, read } = await analyseOpenWorkbook(context, capabilities(env), options);
  if (!analysis) {
    // A table the header's words do not explain is a question for the user, never "no plan".
    const outcome = analysePlan(read.grids, { asOf: options.asOf, year: options.year ?? null });
    const merges = mergesNotes(read.merges);
    if (outcome.kind === "needsMapping")
      return { found: false, notes: [...outcome.notes, ...merges], question: outcome.question };
    return { found: false, notes: [...(outcome.kind === "none" ? outcome.notes : []), NO_PLAN_IN_WORKBOOK, ...merges] };
  }
  const { plan, findings, registryFromWorkbook } = analysis;
  return {
    found: true,
    plan,
    findings,
    states: stateCounts(plan),
    where: {
      sheet: plan.sheet,
      table: plan.table,
      address: `${quoteSheetName(plan.sheet)}!${rangeAddress(plan.headerTop, plan.left, Math.max(plan.lastRow, plan.headerBottom), plan.right)}`,
    },
    registryFromWorkbook,
    notes: [...analysis.notes, ...mergesNotes(read.merges)],
    changeLog: workbookLog(read.grids.sheets),
  };
}

// Merged cells that could not be read leave tasks under a merge without its value: the user is told why.
function mergesNotes(merges: MergesRead) {
  return merges === "unsupported" ? [MERGES_UNREAD] : merges === "tooMany" ? [MERGES_TOO_MANY] : [];
}

function stateCounts(plan: Plan): Record<DeadlineState, number> {
  const counts: Record<DeadlineState, number> = {
    done: 0,
    overdue: 0,
    due: 0,
    upcoming: 0,
    ongoing: 0,
    unknown: 0,
  };
  for (const t of plan.tasks) counts[t.state]++;
  return counts;
}
