// A row with content but no number is still read as a task; without a number nobody can cite it.
import { defineRule } from "../rule";

/** A task row has no number. */
export const numberMissing = defineRule({
  id: "number-missing",
  severity: "warning",
  title: { vi: "Thiếu số thứ tự", en: "Task number missing" },
  create: ({ report }) => ({
    task(task) {
      if (task.number !== null) return;
      report(task, task.cells.number, {
        vi: "dòng có nội dung nhưng thiếu số thứ tự.",
        en: "the row has content but no number.",
      });
    },
  }),
});
