/* global Excel */
import { quoteSheetName, rangeAddress } from "../core/model/address";
import type { DeadlineState } from "../core/track/deadline";
import type { Plan } from "../core/model/plan";
import { loadPlan } from "./load-plan";
import { MERGES_TOO_MANY, MERGES_UNREAD, NO_PLAN } from "./messages";
import type { MergesRead } from "./read-workbook";
import { capabilities } from "./requirements";
import type { ExcelEnv } from "./host";
import type { PlanOptions, ReadPlanResult } from "../service/types";

/** Finds the plan in the open workbook and checks it: tasks, findings and deadline states as of the given date. */
export async function readPlan(
  context: Excel.RequestContext,
  env: ExcelEnv,
  options: PlanOptions,
): Promise<ReadPlanResult> {
  const { analysis, read } = await loadPlan(context, capabilities(env), options);
  if (!analysis) return { found: false, notes: [NO_PLAN, ...mergesNotes(read.merges)] };
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
    notes: mergesNotes(read.merges),
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
