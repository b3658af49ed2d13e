// Task numbers identify tasks in reports and in ignored findings, so each is used once; the later row is reported.
import type { Task } from "../../model/plan";
import { defineRule } from "../rule";

/** Two tasks have the same number. */
export const numberDuplicate = defineRule({
  id: "number-duplicate",
  severity: "error",
  title: { vi: "Số thứ tự trùng", en: "Duplicate task number" },
  create({ report }) {
    const seen = new Map<string, Task>();
    return {
      task(task) {
        if (task.number === null) return;
        const first = seen.get(task.number);
        if (!first) {
          seen.set(task.number, task);
          return;
        }
        report(task, task.cells.number, {
          vi: `số thứ tự "${task.number}" đã dùng cho nhiệm vụ ở dòng ${first.row}.`,
          en: `number "${task.number}" is already used by the task on row ${first.row}.`,
        });
      },
    };
  },
});
