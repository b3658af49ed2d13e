// A deadline earlier than the day the plan itself was signed cannot be met by the plan: usually a mistyped year. When
// most deadlines are earlier, the table is a list of work already due (a progress or overdue list), said once.
import { cellAddress } from "../../model/address";
import { formatViDate } from "../../model/dates";
import type { Task } from "../../model/plan";
import { defineRule } from "../rule";
import { ownTimeCell } from "./time-cell";

/** A task's deadline falls before the plan's own date. */
export const deadlineBeforePlan = defineRule({
  id: "deadline-before-plan",
  severity: "warning",
  title: { vi: "Thời hạn trước ngày ban hành kế hoạch", en: "Deadline before the plan's date" },
  create({ plan, report, reportAt }) {
    const signed = plan.date;
    if (signed === null) return {};
    const early: { task: Task; cell: string; deadline: string }[] = [];
    let dated = 0;
    return {
      task(task) {
        const cell = ownTimeCell(task);
        if (cell === null || task.deadline === null) return;
        dated++;
        if (task.deadline < signed) early.push({ task, cell, deadline: task.deadline });
      },
      end() {
        if (early.length === 0) return;
        if (early.length * 2 > dated) {
          const cell = cellAddress(Math.max(1, plan.headerTop - 1), plan.left);
          reportAt(
            { sheet: plan.sheet, cell, task: null },
            {
              vi: `${plan.sheet}!${cell}: ${early.length}/${dated} thời hạn đứng trước ngày của kế hoạch (${formatViDate(signed)}) — bảng này có phải danh sách việc đã đến hạn hoặc quá hạn?`,
              en: `${plan.sheet}!${cell}: ${early.length} of ${dated} deadlines fall before the plan's own date (${formatViDate(signed)}) — is this table a list of work already due or overdue?`,
            },
          );
          return;
        }
        for (const e of early)
          report(e.task, e.cell, {
            vi: `thời hạn ${formatViDate(e.deadline)} đứng trước ngày của kế hoạch (${formatViDate(signed)}): kiểm tra lại năm.`,
            en: `the deadline ${formatViDate(e.deadline)} falls before the plan's own date (${formatViDate(signed)}): check the year.`,
          });
      },
    };
  },
});
