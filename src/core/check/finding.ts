import { parseCellAddress } from "../model/address";

// Findings: what the checks report, each pointing at one cell so the user can jump to it.

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "lead-missing"
  | "lead-multiple"
  | "role-unknown"
  | "role-nonstandard"
  | "time-unknown"
  | "time-outside-year"
  | "year-unknown"
  | "number-duplicate"
  | "number-missing"
  | "content-empty"
  | "status-unknown"
  | "status-date-mismatch"
  | "date-unknown"
  | "agency-unused"
  | "agency-unknown"
  | "agency-alias"
  | "agency-no-column"
  | "lead-also-coordinator"
  | "lead-group"
  | "agency-overloaded"
  | "text-legacy-encoding";

/** A message in both UI languages: Vietnamese first. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** A safe, mechanical repair a user can accept with one click. */
export type Fix =
  /** Rewrite one cell, but only if it still holds `from` (a co-author may have changed it). */
  | { kind: "setCell"; sheet: string; cell: string; from: string; to: string }
  /** Record `alias` as another spelling of registry agency `agency`. */
  | { kind: "addAlias"; alias: string; agency: string }
  /** Add `name` to the agency registry as a new agency. */
  | { kind: "addAgency"; name: string };

/** One problem found in a plan, pointing at one cell. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The task's key ("II.3", or its number when the plan has no sections); null for plan-wide findings. */
  task: string | null;
  sheet: string;
  cell: string;
  message: Bilingual;
  fix?: Fix;
}

export const SEVERITY_RULES: Record<RuleId, Severity> = {
  "lead-missing": "error",
  "lead-multiple": "error",
  "role-unknown": "error",
  "role-nonstandard": "warning",
  "time-unknown": "error",
  "time-outside-year": "warning",
  "year-unknown": "warning",
  "number-duplicate": "error",
  "number-missing": "warning",
  "content-empty": "error",
  "status-unknown": "warning",
  "status-date-mismatch": "warning",
  "date-unknown": "warning",
  "agency-unused": "info",
  "agency-unknown": "warning",
  "agency-alias": "warning",
  "agency-no-column": "warning",
  "lead-also-coordinator": "warning",
  "lead-group": "info",
  "agency-overloaded": "info",
  "text-legacy-encoding": "warning",
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Builds a finding with the rule's fixed severity, so no caller can report a rule at the wrong level. */
export function finding(
  rule: RuleId,
  where: { sheet: string; cell: string; task: string | null },
  message: Bilingual,
  fix?: Fix,
): Finding {
  return {
    rule,
    severity: SEVERITY_RULES[rule],
    task: where.task,
    sheet: where.sheet,
    cell: where.cell,
    message,
    ...(fix ? { fix } : {}),
  };
}

/** Orders findings as people read a report: errors first, then by sheet row, then column. */
export function sortFindings(findings: Finding[]): Finding[] {
  const key = (cell: string) => {
    const at = parseCellAddress(cell);
    return at ? at.row * 100000 + at.col : 0;
  };
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      key(a.cell) - key(b.cell) ||
      a.rule.localeCompare(b.rule),
  );
}

/** Counts findings by severity for the summary line of a report. */
export function countFindings(findings: Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
