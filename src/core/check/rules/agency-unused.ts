// In a plan with one column per agency, a column with no role in any task is likely a leftover or a typo in the roles.
// A plan where no task has any role yet is being started, not mistyped: nothing is reported then.
import type { Task } from "../../model/plan";
import { matchAgency } from "../../read/registry";
import { defineRule } from "../rule";

/** An agency column of a one-column-per-agency plan has no role in any task. */
export const agencyUnused = defineRule({
  id: "agency-unused",
  severity: "info",
  title: { vi: "Cơ quan không có nhiệm vụ", en: "Agency without tasks" },
  create({ plan, report }) {
    if (plan.layout !== "matrix") return {};
    return {
      end() {
        // A new plan has no roles yet: every column would be reported, which says nothing the user does not know.
        const anyRole = plan.tasks.some((t) => t.assignments.length > 0 || t.source.oddRoleCells.length > 0);
        if (!anyRole) return;
        for (const a of plan.columns.agencies) {
          // Tasks name the column's agency as the registry spells it, which a retyped header may not.
          const name = matchAgency(plan.agencies, a.name)?.agency.name ?? a.name;
          const hasRole = (t: Task) =>
            t.assignments.some((r) => r.agency === name) || t.source.oddRoleCells.some((r) => r.agency === name);
          if (plan.tasks.some(hasRole)) continue;
          report(null, a.headerCell, {
            vi: `cơ quan "${a.name}" không có vai trò trong nhiệm vụ nào.`,
            en: `agency "${a.name}" has no role in any task.`,
          });
        }
      },
    };
  },
});
