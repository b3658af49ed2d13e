// The Check list's shape: findings grouped by severity, then by rule, with ignored ones set apart.
import type { RuleId } from "../core/check/catalog";
import type { Finding, Severity } from "../core/check/finding";
import { findingKey } from "../core/check/ignored-findings";

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
