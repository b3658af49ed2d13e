/* global Excel */
import { quoteSheetName, rangeAddress } from "../core/model/address";
import type { DeadlineState } from "../core/track/deadline";
import type { Plan } from "../core/model/plan";
import { analysePlan } from "../core/analyse-workbook";
import { loadPlan } from "./load-plan";
import { NO_PLAN } from "./messages";
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
  if (!analysis) {
    // A table the header's words do not explain is a question for the user, never "no plan".
    const outcome = analysePlan(read.grids, { asOf: options.asOf, year: options.year ?? null });
    if (outcome.kind === "needsMapping") return { found: false, notes: outcome.notes, question: outcome.question };
    return { found: false, notes: [...(outcome.kind === "none" ? outcome.notes : []), NO_PLAN] };
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
    notes: analysis.notes,
  };
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
