// A numbered row with nothing to do.
import { defineRule } from "../rule";

/** A numbered task has no content. */
export const contentEmpty = defineRule({
  id: "content-empty",
  severity: "error",
  title: { vi: "Nhiệm vụ không có nội dung", en: "Task without content" },
  create: ({ report }) => ({
    task(task) {
      if (task.number === null || task.content !== "") return;
      report(task, task.cells.content, { vi: "nhiệm vụ không có nội dung.", en: "the task has no content." });
    },
  }),
});
