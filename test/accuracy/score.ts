// Scores the tool's reading of a plan against the plan's truth file: pure, so it is tested on a hand-made truth.
import { parseCellAddress } from "../../src/core/model/address";
import type { Truth, TruthTask } from "../helpers/real-plans";

/** A task as `kehoach check --json` prints it (the fields scored; `leads` and `key` when the JSON gives them). */
export interface ToolTask {
  row: number;
  key?: string | null;
  lead?: string | null;
  leads?: string[];
  coordinators: string[];
  deadline: string | null;
  content?: string;
}

/** A finding as `kehoach check --json` prints it. */
export interface ToolFinding {
  rule: string;
  severity: string;
  task: string | null;
  cell: string;
}

/** What the tool read from a plan; null when it found no plan. */
export type ToolReading = { tasks: ToolTask[]; findings: ToolFinding[] } | null;

/** The kinds of check, in the order the report prints them. */
export const FIELDS = ["tasks", "leads", "coordinators", "deadlines", "keys", "problems"] as const;
/** One kind of check. */
export type Field = (typeof FIELDS)[number];

/** Checks passed out of checks made. */
export interface Tally {
  right: number;
  total: number;
}

/** One check the tool failed: which plan, which task (truth key, or the row of an extra task), what and why. */
export interface Miss {
  plan: string;
  key: string;
  field: Field;
  expected: unknown;
  got: unknown;
}

/** A plan's score: whether it opened, a tally per kind of check, every miss, and the problems left unscored. */
export interface PlanScore {
  plan: string;
  opened: boolean;
  tallies: Record<Field, Tally>;
  misses: Miss[];
  /** Whole-table problems that name no finding the product could give (layout facts), listed, not scored. */
  unscored: string[];
}

/**
 * Whole-table problems (no task named) count as found when the product gives any warning or error of a kind that
 * raises the same concern. The map is by the truth's tag, not by document; a tag not listed describes the table's
 * layout (column order, footnote marks, a numbered column row…), which the reading checks already measure, or a
 * state rather than a finding (a deadline already past), so it is listed as unscored instead.
 */
export const WHOLE_TABLE_RULES: Readonly<Record<string, readonly string[]>> = {
  "same-agency-spelled-two-ways": ["agency-alias", "agency-unknown"],
  "typo-in-agency": ["agency-alias", "agency-unknown"],
  "missing-separator": ["agency-unknown", "agency-separator-missing"],
  "multi-year-range": ["year-unknown", "time-outside-year"],
  "prose-deadline": ["time-unknown", "date-unknown"],
  "no-readable-deadline": ["time-unknown", "date-unknown"],
  "several-leads": ["lead-multiple"],
  "duplicate-task": ["number-duplicate", "task-duplicate"],
  "deadline-already-past": ["deadline-before-plan"],
  "deadline-before-issue": ["deadline-before-plan"],
  "status-in-time-column": ["status-in-time-column"],
};

// Findings a coordinator would act on; "info" ones (an agency no task names) are not a flag on a problem.
const FLAGGING = new Set(["warning", "error"]);

/** Compares the tool's reading of one plan with its truth, check by check. */
export function scorePlan(plan: string, truth: Truth, reading: ToolReading): PlanScore {
  const tallies = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Record<Field, Tally>;
  const misses: Miss[] = [];
  const check = (field: Field, key: string, ok: boolean, expected: unknown, got: unknown) => {
    tallies[field].total++;
    if (ok) tallies[field].right++;
    else misses.push({ plan, key, field, expected, got });
  };
  const tasks = reading?.tasks ?? [];
  const byRow = new Map(tasks.map((t) => [t.row, t]));
  const keyed = tasks.some((t) => typeof t.key === "string");

  for (const t of truth.tasks) {
    const got = byRow.get(t.row);
    check("tasks", t.key, got !== undefined, `task at row ${t.row}`, got ? `row ${got.row}` : "no task");
    const none = "no task";
    const leads = got ? toolLeads(got) : null;
    check("leads", t.key, leads !== null && agencyListOk(t, "leads", leads), t.leads, leads ?? none);
    const coordinators = got ? got.coordinators : null;
    check(
      "coordinators",
      t.key,
      coordinators !== null && agencyListOk(t, "coordinators", coordinators),
      t.coordinators,
      coordinators ?? none,
    );
    check("deadlines", t.key, got !== undefined && deadlineOk(t, got.deadline), t.deadline, got ? got.deadline : none);
    if (keyed) check("keys", t.key, got?.key === t.key, t.key, got ? (got.key ?? null) : none);
  }
  // A task read where the truth has none (a section title, a header row, a note) is a miss too.
  const truthRows = new Set(truth.tasks.map((t) => t.row));
  for (const t of tasks)
    if (!truthRows.has(t.row)) check("tasks", `row ${t.row}`, false, "no task", t.content ?? t.key ?? "a task");

  const unscored: string[] = [];
  const findings = (reading?.findings ?? []).filter((f) => FLAGGING.has(f.severity));
  const keyRows = new Map(truth.tasks.map((t) => [t.key, t.row]));
  for (const p of truth.problems) {
    if (p.task === null) {
      const rules = WHOLE_TABLE_RULES[p.rule];
      if (!rules) {
        unscored.push(p.rule);
        continue;
      }
      const found = findings.filter((f) => rules.includes(f.rule));
      check("problems", "(table)", found.length > 0, `${p.rule}: ${rules.join(" or ")}`, findingsText(found));
      continue;
    }
    const keys = p.task.split(",").map((k) => k.trim());
    const rows = new Set(keys.map((k) => keyRows.get(k)));
    const found = findings.filter((f) => {
      const row = findingRow(f);
      return row !== undefined && rows.has(row);
    });
    check(
      "problems",
      keys.join(", "),
      found.length > 0,
      `${p.rule}: a warning or error on the task`,
      findingsText(found),
    );
  }
  return { plan, opened: reading !== null, tallies, misses, unscored };
}

/** Adds tallies of several plans up, per kind of check and overall. */
export function totalOf(scores: readonly PlanScore[]): { tallies: Record<Field, Tally>; all: Tally } {
  const tallies = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Record<Field, Tally>;
  for (const s of scores)
    for (const f of FIELDS) {
      tallies[f].right += s.tallies[f].right;
      tallies[f].total += s.tallies[f].total;
    }
  return { tallies, all: allOf(tallies) };
}

/** Every check of a plan (or a total) together. */
export function allOf(tallies: Record<Field, Tally>): Tally {
  return FIELDS.reduce((sum, f) => ({ right: sum.right + tallies[f].right, total: sum.total + tallies[f].total }), {
    right: 0,
    total: 0,
  });
}

/** A tally as a share, in percent with one decimal (100 when nothing was checked). */
export function percent(t: Tally): number {
  return t.total === 0 ? 100 : Math.round((1000 * t.right) / t.total) / 10;
}

// The JSON gives every lead as `leads` when it can, or the first one as `lead`.
function toolLeads(t: ToolTask): string[] {
  if (Array.isArray(t.leads)) return t.leads;
  return t.lead ? [t.lead] : [];
}

// Agency lists match as sets of exact strings: the truth's list or an accepted one. A row under a vertically merged
// cell may also read empty, as the cell itself is.
function agencyListOk(t: TruthTask, field: "leads" | "coordinators", got: readonly string[]): boolean {
  const wanted = [t[field], ...((t.accept?.[field] ?? []) as string[][])];
  if (t.inheritedFromMerge) wanted.push([]);
  return wanted.some((w) => sameSet(w, got));
}

function deadlineOk(t: TruthTask, got: string | null): boolean {
  return [t.deadline, ...(t.accept?.deadline ?? [])].some((d) => d === got);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

function findingRow(f: ToolFinding): number | undefined {
  return parseCellAddress(f.cell.split(":")[0])?.row;
}

function findingsText(found: readonly ToolFinding[]): string {
  return found.length ? found.map((f) => `${f.rule}@${f.cell}`).join(", ") : "no finding";
}
