// The rule catalog: every rule the checks know, listed once. The rule ids, their severities, the titles the Check list
// shows and the set of checks checkPlan runs all come from this list; docs/rules.md describes each entry.
import type { Bilingual, Finding, Fix } from "./finding";
import type { Place, Rule } from "./rule";
import { agencyAlias } from "./rules/agency-alias";
import { agencyNoColumn } from "./rules/agency-no-column";
import { agencyOverloaded } from "./rules/agency-overloaded";
import { agencySeparatorMissing } from "./rules/agency-separator-missing";
import { agencyUnknown } from "./rules/agency-unknown";
import { agencyUnused } from "./rules/agency-unused";
import { cellTooLong } from "./rules/cell-too-long";
import { contentEmpty } from "./rules/content-empty";
import { deadlineBeforePlan } from "./rules/deadline-before-plan";
import { statusInTimeColumn } from "./rules/status-in-time-column";
import { taskDuplicate } from "./rules/task-duplicate";
import { dateUnknown } from "./rules/date-unknown";
import { leadAlsoCoordinator } from "./rules/lead-also-coordinator";
import { leadGroup } from "./rules/lead-group";
import { leadMissing } from "./rules/lead-missing";
import { leadMultiple } from "./rules/lead-multiple";
import { numberDuplicate } from "./rules/number-duplicate";
import { numberMissing } from "./rules/number-missing";
import { roleNonstandard } from "./rules/role-nonstandard";
import { roleUnknown } from "./rules/role-unknown";
import { statusDateMismatch } from "./rules/status-date-mismatch";
import { statusUnknown } from "./rules/status-unknown";
import { textLegacyEncoding } from "./rules/text-legacy-encoding";
import { timeOutsideYear } from "./rules/time-outside-year";
import { timeUnknown } from "./rules/time-unknown";
import { yearUnknown } from "./rules/year-unknown";

/** Every rule, by subject: who leads, roles, times, numbering, status, agencies and the registry, encoding. */
export const RULES = [
  leadMissing,
  leadMultiple,
  leadGroup,
  leadAlsoCoordinator,
  roleUnknown,
  roleNonstandard,
  yearUnknown,
  timeUnknown,
  timeOutsideYear,
  deadlineBeforePlan,
  statusInTimeColumn,
  numberMissing,
  numberDuplicate,
  contentEmpty,
  taskDuplicate,
  cellTooLong,
  statusUnknown,
  dateUnknown,
  statusDateMismatch,
  agencyUnused,
  agencyOverloaded,
  agencyAlias,
  agencyUnknown,
  agencySeparatorMissing,
  agencyNoColumn,
  textLegacyEncoding,
] as const;

/** The id of a rule of the catalog. */
export type RuleId = (typeof RULES)[number]["id"];

const BY_ID = new Map<string, Rule<RuleId>>(RULES.map((rule) => [rule.id, rule]));

/** The catalog entry of a rule. */
export function ruleOf(id: RuleId): Rule<RuleId> {
  return BY_ID.get(id)!;
}

/** The heading the Check list shows over a rule's findings. */
export function ruleTitle(id: RuleId): Bilingual {
  return ruleOf(id).title;
}

/** Builds a finding with its rule's severity from the catalog, so no caller can report a rule at the wrong level. */
export function finding(rule: RuleId, place: Place, message: Bilingual, fix?: Fix): Finding {
  return {
    rule,
    severity: ruleOf(rule).severity,
    task: place.task,
    sheet: place.sheet,
    cell: place.cell,
    message,
    ...(fix ? { fix } : {}),
  };
}
