// Status and completion date must tell the same story: done with no date, or a date on a task not done, is reported
// on the cell that is most likely wrong (the missing date, or the status).
import { defineRule } from "../rule";

/** A done task has no completion date, or a task not done has one. */
export const statusDateMismatch = defineRule({
  id: "status-date-mismatch",
  severity: "warning",
  title: { vi: "Trạng thái và ngày hoàn thành không khớp", en: "Status and completion date disagree" },
  create({ plan, report }) {
    // The column's presence, not the address: addresses are made only for findings.
    if (plan.columns.completedOn === null) return {};
    return {
      task(task) {
        if (!task.source.completedValid) return;
        if (task.status === "done" && !task.completedOn) {
          report(task, task.cells.completedOn!, {
            vi: "đã hoàn thành nhưng chưa có ngày hoàn thành.",
            en: "marked done but has no completion date.",
          });
        } else if (task.status !== "done" && task.completedOn) {
          report(task, task.cells.status ?? task.cells.completedOn!, {
            vi: 'có ngày hoàn thành nhưng trạng thái chưa là "Hoàn thành".',
            en: 'has a completion date but its status is not "Hoàn thành" (done).',
          });
        }
      },
    };
  },
});
