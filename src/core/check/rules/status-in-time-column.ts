// A time cell that reports progress ("Đã hoàn thành") instead of naming a deadline: the task is read as done, but the
// plan loses its deadline and the status column (where the reports look) says nothing.
import { defineRule } from "../rule";
import { ownTimeCell } from "./time-cell";

/** The time column says the task is done instead of giving a deadline. */
export const statusInTimeColumn = defineRule({
  id: "status-in-time-column",
  severity: "warning",
  title: { vi: "Cột thời gian ghi tình trạng", en: "Status written in the time column" },
  create: ({ report }) => ({
    task(task) {
      const cell = ownTimeCell(task);
      if (cell === null || task.time.kind !== "done") return;
      report(task, cell, {
        vi: `cột thời gian ghi "${task.timeText}" thay cho thời hạn: đã đọc là hoàn thành; hãy ghi tình trạng vào cột Trạng thái và giữ thời hạn đã giao ở đây.`,
        en: `the time column says "${task.timeText}" instead of a deadline: read as done; record the status in the status column and keep the assigned deadline here.`,
      });
    },
  }),
});
