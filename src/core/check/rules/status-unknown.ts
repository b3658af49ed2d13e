// Only three statuses are understood; any other word would silently count as "not started", so it is reported.
import { defineRule } from "../rule";

/** A task's status is not one of Chưa thực hiện, Đang thực hiện, Hoàn thành. */
export const statusUnknown = defineRule({
  id: "status-unknown",
  severity: "warning",
  title: { vi: "Trạng thái không hợp lệ", en: "Unrecognised status" },
  create: ({ report }) => ({
    task(task) {
      if (task.source.statusKnown || !task.cells.status) return;
      report(task, task.cells.status, {
        vi: `trạng thái "${task.statusText}" không hợp lệ (dùng: Chưa thực hiện, Đang thực hiện, Hoàn thành).`,
        en: `status "${task.statusText}" is not recognised (use: Chưa thực hiện, Đang thực hiện, Hoàn thành).`,
      });
    },
  }),
});
