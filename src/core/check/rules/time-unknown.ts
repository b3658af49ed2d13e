// A time the reader cannot turn into a deadline or "ongoing", including an empty one.
import { defineRule } from "../rule";
import { ownTimeCell } from "./time-cell";

/** A task's time is empty or cannot be read. */
export const timeUnknown = defineRule({
  id: "time-unknown",
  severity: "error",
  title: { vi: "Thời gian không đọc được", en: "Unreadable time" },
  help: {
    vi: "Ví dụ hợp lệ: Quý II, Tháng 6/2025, 30/6/2025, Cả năm, Thường xuyên.",
    en: "Valid examples: Quý II, Tháng 6/2025, 30/6/2025, Cả năm (all year), Thường xuyên (ongoing).",
  },
  create: ({ report }) => ({
    task(task) {
      const cell = ownTimeCell(task);
      if (cell === null || task.time.kind !== "unknown") return;
      report(
        task,
        cell,
        task.timeText === ""
          ? { vi: "chưa ghi thời gian thực hiện.", en: "no time is given." }
          : {
              vi: `không đọc được thời gian "${task.timeText}".`,
              en: `cannot read the time "${task.timeText}".`,
            },
      );
    },
  }),
});
