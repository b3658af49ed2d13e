// Findings: what the checks report, each pointing at one cell so the user can jump to it.
import { parseCellAddress } from "../model/address";
import type { RuleId } from "./catalog";

export type Severity = "error" | "warning" | "info";

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

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

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
