// Every task has exactly one lead agency. With one column per agency the finding waits until every role cell of the
// task is readable (an unreadable cell may be the lead), and points at the first agency cell.
import { defineRule } from "../rule";

/** No agency leads the task ("Chủ trì"), or the lead cell is empty. */
export const leadMissing = defineRule({
  id: "lead-missing",
  severity: "error",
  title: { vi: "Thiếu cơ quan chủ trì", en: "No lead agency" },
  create({ plan, report }) {
    if (plan.layout !== "matrix") {
      return {
        task(task) {
          if (task.source.leadNames.length > 0) return;
          report(task, task.cells.lead!, { vi: "chưa ghi cơ quan chủ trì.", en: "no lead agency is given." });
        },
      };
    }
    return {
      task(task) {
        if (task.assignments.some((a) => a.role === "lead")) return;
        if (task.source.oddRoleCells.some((r) => r.reading === "unknown")) return;
        report(task, task.assignments[0]?.cell ?? task.cells.content, {
          vi: 'không có cơ quan "Chủ trì".',
          en: 'no agency is "Chủ trì" (lead).',
        });
      },
    };
  },
});
