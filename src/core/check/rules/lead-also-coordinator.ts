// An agency leads a task or coordinates on it, not both; a group phrase named on both sides is not reported.
import { defineRule } from "../rule";

/** The lead agency of a task is also listed among its coordinators. */
export const leadAlsoCoordinator = defineRule({
  id: "lead-also-coordinator",
  severity: "warning",
  title: { vi: "Chủ trì đồng thời phối hợp", en: "Lead also listed as coordinator" },
  create({ plan, report }) {
    if (plan.layout === "matrix") return {};
    return {
      task(task) {
        const s = task.source;
        const leadKeys = new Set(s.leadNames.map((n) => n.agency?.name ?? n.written));
        for (const n of s.coordinatorNames) {
          if (!leadKeys.has(n.agency?.name ?? n.written) || n.group) continue;
          report(task, task.cells.coordinators!, {
            vi: `${n.agency?.name ?? n.written} vừa chủ trì vừa được ghi là phối hợp.`,
            en: `${n.agency?.name ?? n.written} leads the task and is also listed as a coordinator.`,
          });
        }
      },
    };
  },
});
