// The Check list's shape: findings grouped by severity, then by rule, with ignored ones set apart.
import type { Finding, RuleId, Severity } from "../core/finding";
import { findingKey } from "../excel/ignored-findings";

/** One finding as listed, with its identity across checks and whether the user ignored it. */
export interface FindingEntry {
  finding: Finding;
  key: string;
  ignored: boolean;
}

/** The findings of one rule, and those of them whose fix can be applied in one go. */
export interface RuleGroup {
  rule: RuleId;
  entries: FindingEntry[];
  fixable: Finding[];
}

/** The findings of one severity, rule by rule. */
export interface SeverityGroup {
  severity: Severity;
  rules: RuleGroup[];
}

/** How many findings of each severity the user still has to look at, and how many were ignored. */
export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  ignored: number;
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** Groups the findings as the Check list shows them: errors, warnings, infos; rules in the order they first occur; ignored ones only when asked for. */
export function groupFindings(
  findings: Finding[],
  ignoredKeys: ReadonlySet<string>,
  showIgnored: boolean,
): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const rules = new Map<RuleId, RuleGroup>();
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      const key = findingKey(finding);
      const ignored = ignoredKeys.has(key);
      if (ignored && !showIgnored) continue;
      const group = rules.get(finding.rule) ?? {
        rule: finding.rule,
        entries: [],
        fixable: [],
      };
      group.entries.push({ finding, key, ignored });
      if (finding.fix && !ignored) group.fixable.push(finding);
      rules.set(finding.rule, group);
    }
    if (rules.size) groups.push({ severity, rules: [...rules.values()] });
  }
  return groups;
}

/** Counts the findings not ignored by severity, for the line on top of the Check list. */
export function countFindings(
  findings: Finding[],
  ignoredKeys: ReadonlySet<string>,
): FindingCounts {
  const counts: FindingCounts = {
    errors: 0,
    warnings: 0,
    infos: 0,
    ignored: 0,
  };
  for (const f of findings) {
    if (ignoredKeys.has(findingKey(f))) counts.ignored++;
    else if (f.severity === "error") counts.errors++;
    else if (f.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
