// In a plan with one column per agency, a role cell holds "Chủ trì", "Phối hợp" or nothing; anything else ("Chỉ đạo",
// "x", "Chủ trì, phối hợp") is reported rather than guessed.
import { defineRule } from "../rule";

/** A role cell of a one-column-per-agency plan is not a recognised role. */
export const roleUnknown = defineRule({
  id: "role-unknown",
  severity: "error",
  title: { vi: "Vai trò không hợp lệ", en: "Unrecognised role" },
  create({ plan, report }) {
    if (plan.layout !== "matrix") return {};
    return {
      task(task) {
        for (const rc of task.source.oddRoleCells) {
          if (rc.reading !== "unknown") continue;
          report(task, rc.cell, {
            vi: `vai trò "${rc.text}" của ${rc.agency} không hợp lệ (dùng "Chủ trì" hoặc "Phối hợp", hoặc để trống).`,
            en: `role "${rc.text}" for ${rc.agency} is not recognised (use "Chủ trì" or "Phối hợp", or leave it empty).`,
          });
        }
      },
    };
  },
});
