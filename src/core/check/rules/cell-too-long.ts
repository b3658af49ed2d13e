// Excel holds at most 32,767 characters in a cell; a longer text (written by another program) is cut when the
// workbook is opened and saved in Excel, so the end of the task is lost without anyone seeing it.
import { defineRule } from "../rule";

const EXCEL_CELL_LIMIT = 32767;

/** A task's content, lead, coordinators or note is longer than an Excel cell holds. */
export const cellTooLong = defineRule({
  id: "cell-too-long",
  severity: "warning",
  title: { vi: "Ô dài quá giới hạn của Excel", en: "Cell longer than Excel allows" },
  create: ({ report }) => ({
    task(task) {
      const cells: [string | null, string][] = [
        [task.cells.content, task.content],
        [task.cells.lead, task.source.leadText],
        [task.cells.coordinators, task.source.coordinatorText],
        [task.cells.note, task.note],
      ];
      for (const [cell, text] of cells) {
        if (cell === null || text.length <= EXCEL_CELL_LIMIT) continue;
        report(task, cell, {
          vi: `ô có ${text.length.toLocaleString("vi-VN")} ký tự, quá ${EXCEL_CELL_LIMIT.toLocaleString("vi-VN")} ký tự Excel giữ được: phần sau sẽ mất khi lưu trong Excel — hãy rút gọn hoặc tách ra.`,
          en: `the cell holds ${text.length.toLocaleString("en-US")} characters, more than the ${EXCEL_CELL_LIMIT.toLocaleString("en-US")} Excel keeps: the rest is lost when Excel saves it — shorten or split it.`,
        });
      }
    },
  }),
});
