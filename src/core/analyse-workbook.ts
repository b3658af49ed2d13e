import type { IsoDate } from "./model/dates";
import { countFindings, type Bilingual, type Finding } from "./check/finding";
import type { SheetGrid, WorkbookGrids } from "./model/grid";
import type { Plan, Task } from "./model/plan";
import { readPlanAt, readRegistrySheet } from "./read/read-plan";
import type { ColumnMapping } from "./read/column-mapping";
import { searchPlan, type MappingQuestion, type MappingSource } from "./read/plan-search";
import { checkPlan } from "./check/check-plan";
import type { CheckOptions } from "./check/rule";

/** Everything a command needs about a workbook's plan: the plan, its findings, and where the registry came from. */
export interface Analysis {
  plan: Plan;
  /** The sheet the plan was read from, as read: what generated content must fit around. */
  grid: SheetGrid;
  findings: Finding[];
  registryFromWorkbook: boolean;
  /** Where the column roles came from: a mapping given for this run, the workbook's saved mapping, or the header. */
  mappingSource: MappingSource;
  /** What the user should know about the reading (a saved mapping that no longer fits, one that cannot be read). */
  notes: Bilingual[];
}

/** Options of an analysis: the as-of date, and optionally the plan year, the plan sheet and the rule settings. */
export interface AnalyseOptions {
  asOf: IsoDate;
  year?: number | null;
  sheet?: string;
  check?: Partial<CheckOptions>;
  /** Which column holds what, given for this run (wins over the saved mapping and the header's words). */
  mapping?: ColumnMapping | null;
}

/** The outcome of an analysis: the plan read and checked, or the question to ask when its columns are not known. */
export type AnalysisOutcome =
  | { kind: "analysis"; analysis: Analysis }
  | { kind: "needsMapping"; question: MappingQuestion; notes: Bilingual[] }
  | { kind: "none"; notes: Bilingual[] };

/** Reads and checks the plan in a workbook; null when the workbook holds no plan it can read. */
export function analyseWorkbook(workbook: WorkbookGrids, options: AnalyseOptions): Analysis | null {
  const outcome = analysePlan(workbook, options);
  return outcome.kind === "analysis" ? outcome.analysis : null;
}

/** Reads and checks the plan, or says which columns it saw and which role it could not place. */
export function analysePlan(workbook: WorkbookGrids, options: AnalyseOptions): AnalysisOutcome {
  const search = searchPlan(workbook, { sheet: options.sheet, mapping: options.mapping });
  if (search.kind !== "found") return search;
  const where = search.where;
  const registry = readRegistrySheet(workbook);
  const plan = readPlanAt(where, { asOf: options.asOf, year: options.year ?? null, registry });
  const findings = checkPlan(
    { plan, grid: where.grid, workbook },
    { ...options.check, registryFromWorkbook: registry !== null },
  );
  return {
    kind: "analysis",
    analysis: {
      plan,
      grid: where.grid,
      findings,
      registryFromWorkbook: registry !== null,
      mappingSource: search.source,
      notes: search.notes,
    },
  };
}

/** The JSON `kehoach check --json` prints: plan, tasks, findings and counts (documented in the README). */
export function checkJson(a: Pick<Analysis, "plan" | "findings">) {
  const { plan, findings } = a;
  return {
    plan: {
      sheet: plan.sheet,
      year: plan.year,
      period: plan.period,
      agencies: plan.agencies.filter((x) => !x.group).map((x) => x.name),
      taskCount: plan.tasks.length,
    },
    tasks: plan.tasks.map((t) => ({
      key: t.key,
      number: t.number,
      row: t.row,
      content: t.content,
      lead: t.lead,
      leads: writtenAgencies(t, "lead"),
      coordinators: writtenAgencies(t, "coordinate"),
      time: t.timeText,
      deadline: t.deadline,
      nextDue: t.nextDue,
      state: t.state,
      status: t.status,
      completedOn: t.completedOn,
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

// The agencies of one role as the plan writes them (a name respelled elsewhere in the plan keeps this cell's spelling;
// `lead` gives the registry's name): every lead of a cell that names several, bullets and trailing marks removed.
function writtenAgencies(t: Task, role: "lead" | "coordinate"): string[] {
  if (t.source.leadNames.length === 0 && t.source.coordinatorNames.length === 0)
    return t.assignments.filter((a) => a.role === role).map((a) => a.agency);
  const names = role === "lead" ? t.source.leadNames : t.source.coordinatorNames;
  return [...new Set(names.map((n) => n.written))];
}
