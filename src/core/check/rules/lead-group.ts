// A lead cell naming a group ("Các bộ, ngành, địa phương") is allowed, but worth a note: each member leads its own part,
// so no single agency answers for the task.
import { defineRule } from "../rule";

/** The lead of a task is a group of agencies. */
export const leadGroup = defineRule({
  id: "lead-group",
  severity: "info",
  title: { vi: "Chủ trì là một nhóm cơ quan", en: "Lead is a group of agencies" },
  create({ plan, report }) {
    if (plan.layout === "matrix") return {};
    return {
      task(task) {
        const leads = task.source.leadNames;
        if (leads.length !== 1 || !leads[0].group) return;
        report(task, task.cells.lead!, {
          vi: `chủ trì là nhóm "${leads[0].written}": mỗi cơ quan trong nhóm chủ trì phần việc của mình.`,
          en: `the lead is the group "${leads[0].written}": each member leads its own part.`,
        });
      },
    };
  },
});
