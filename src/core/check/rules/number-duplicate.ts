// Task keys (section plus number) identify tasks in reports and in ignored findings, so each is used once; numbering
// that restarts in every section is normal, so a number counts twice only within one section. The later row is reported.
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
        if (task.number === null || task.key === null) return;
        const first = seen.get(task.key);
        if (!first) {
          seen.set(task.key, task);
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
