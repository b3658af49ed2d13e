// A completion date that cannot be read decides nothing (on time or late), so the user is asked to rewrite it.
import { defineRule } from "../rule";

/** A task's completion date cannot be read as day/month/year. */
export const dateUnknown = defineRule({
  id: "date-unknown",
  severity: "warning",
  title: { vi: "Ngày hoàn thành không đọc được", en: "Unreadable completion date" },
  create: ({ report }) => ({
    task(task) {
      if (task.source.completedValid || !task.cells.completedOn) return;
      report(task, task.cells.completedOn, {
        vi: `ngày hoàn thành "${task.source.completedText}" không đọc được (viết ngày/tháng/năm, ví dụ 30/06/2024).`,
        en: `completion date "${task.source.completedText}" cannot be read (write day/month/year, e.g. 30/06/2024).`,
      });
    },
  }),
});
