import type { IsoDate } from "./model/dates";
import { countFindings, sortFindings, type Finding } from "./check/finding";
import type { SheetGrid, WorkbookGrids } from "./model/grid";
import type { Plan } from "./model/plan";
import { legacyEncodingFindings } from "./check/legacy-findings";
import { locatePlan, readPlanAt, readRegistrySheet } from "./read/read-plan";
import { registryColumnFindings } from "./check/registry-columns";
import { checkPlan, type CheckOptions } from "./check/rules";

/** Everything a command needs about a workbook's plan: the plan, its findings, and where the registry came from. */
export interface Analysis {
  plan: Plan;
  /** The sheet the plan was read from, as read: what generated content must fit around. */
  grid: SheetGrid;
  findings: Finding[];
  registryFromWorkbook: boolean;
}

/** Options of an analysis: the as-of date, and optionally the plan year, the plan sheet and the rule settings. */
export interface AnalyseOptions {
  asOf: IsoDate;
  year?: number | null;
  sheet?: string;
  check?: Partial<CheckOptions>;
}

/** Reads and checks the plan in a workbook; null when the workbook holds no plan. */
export function analyseWorkbook(workbook: WorkbookGrids, options: AnalyseOptions): Analysis | null {
  const where = locatePlan(workbook, options.sheet);
  if (!where) return null;
  const registry = readRegistrySheet(workbook);
  const plan = readPlanAt(where, { asOf: options.asOf, year: options.year ?? null, registry });
  const findings = sortFindings([
    ...checkPlan(plan, { ...options.check, registryFromWorkbook: registry !== null }),
    ...legacyEncodingFindings(where.grid, plan),
    ...registryColumnFindings(workbook, plan),
  ]);
  return { plan, grid: where.grid, findings, registryFromWorkbook: registry !== null };
}

/** The JSON `kehoach check --json` prints: plan, tasks, findings and counts (documented in the README). */
export function checkJson(a: Pick<Analysis, "plan" | "findings">) {
  const { plan, findings } = a;
  return {
    plan: {
      sheet: plan.sheet,
      year: plan.year,
      agencies: plan.agencies.filter((x) => !x.group).map((x) => x.name),
      taskCount: plan.tasks.length,
    },
    tasks: plan.tasks.map((t) => ({
      key: t.key,
      number: t.number,
      row: t.row,
      content: t.content,
      lead: t.lead,
      coordinators: t.coordinators,
      time: t.timeText,
      deadline: t.deadline,
      state: t.state,
    })),
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      task: f.task,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      ...(f.fix ? { fix: f.fix } : {}),
    })),
    summary: countFindings(findings),
  };
}
