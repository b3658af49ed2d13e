// A deadline that names its year explicitly ("Quý II/2025") and misses the plan year is likely a typo or a stale row.
import { defineRule } from "../rule";
import { ownTimeCell } from "./time-cell";

/** A task's time names a year other than the plan year. */
export const timeOutsideYear = defineRule({
  id: "time-outside-year",
  severity: "warning",
  title: { vi: "Thời gian ngoài năm kế hoạch", en: "Time outside the plan year" },
  create({ plan, report }) {
    const year = plan.year;
    if (year === null) return {};
    return {
      task(task) {
        const cell = ownTimeCell(task);
        const t = task.time;
        if (cell === null || t.kind !== "deadline" || !t.explicitYear || t.years.includes(year)) return;
        report(task, cell, {
          vi: `thời gian "${task.timeText}" không thuộc năm kế hoạch ${year}.`,
          en: `the time "${task.timeText}" is outside the plan year ${year}.`,
        });
      },
    };
  },
});
