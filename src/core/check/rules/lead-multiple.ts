// Every task has exactly one lead agency: two "Chủ trì" cells, or a lead cell naming several agencies, is an error
// that names them all.
import { defineRule } from "../rule";

/** More than one agency leads the task. */
export const leadMultiple = defineRule({
  id: "lead-multiple",
  severity: "error",
  title: { vi: "Nhiều cơ quan chủ trì", en: "Several lead agencies" },
  create({ plan, report }) {
    if (plan.layout !== "matrix") {
      return {
        task(task) {
          const leads = task.source.leadNames;
          if (leads.length < 2) return;
          const names = leads.map((n) => n.written).join("; ");
          report(task, task.cells.lead!, {
            vi: `ô chủ trì ghi ${leads.length} cơ quan (${names}); mỗi nhiệm vụ chỉ một cơ quan chủ trì.`,
            en: `the lead cell names ${leads.length} agencies (${names}); a task has exactly one lead.`,
          });
        },
      };
    }
    return {
      task(task) {
        // Counted before collected: nearly every task has one lead, and an array per task would cost more than the rule.
        let count = 0;
        for (const a of task.assignments) if (a.role === "lead") count++;
        if (count < 2) return;
        const leads = task.assignments.filter((a) => a.role === "lead");
        const names = leads.map((l) => l.agency).join(", ");
        // The second lead is the cell to change.
        report(task, leads[1].cell, {
          vi: `có ${leads.length} cơ quan chủ trì (${names}); mỗi nhiệm vụ chỉ một cơ quan chủ trì.`,
          en: `${leads.length} agencies lead it (${names}); a task has exactly one lead.`,
        });
      },
    };
  },
});
