// In a plan with one column per agency, a role cell holds "Chủ trì", "Phối hợp" or nothing; anything else ("Chỉ đạo",
// "x", "Chủ trì, phối hợp") is reported rather than guessed. A near miss ("Chủ chì") gets the role it most likely
// means as a fix the user may accept.
import { suggestRole } from "../../read/near-words";
import { ROLE_LABEL } from "../../read/vocabulary";
import { defineRule } from "../rule";

/** A role cell of a one-column-per-agency plan is not a recognised role. */
export const roleUnknown = defineRule({
  id: "role-unknown",
  severity: "error",
  title: { vi: "Vai trò không hợp lệ", en: "Unrecognised role" },
  help: {
    vi: 'Ô vai trò ghi "Chủ trì" hoặc "Phối hợp", hoặc để trống.',
    en: 'A role cell holds "Chủ trì" (lead) or "Phối hợp" (coordinator), or is left empty.',
  },
  create({ plan, report }) {
    if (plan.layout !== "matrix") return {};
    return {
      task(task) {
        for (const rc of task.source.oddRoleCells) {
          if (rc.reading !== "unknown") continue;
          const role = suggestRole(rc.text);
          const to = role ? ROLE_LABEL[role] : null;
          report(
            task,
            rc.cell,
            to
              ? {
                  vi: `vai trò "${rc.text}" của ${rc.agency} không hợp lệ; có lẽ là "${to}".`,
                  en: `role "${rc.text}" for ${rc.agency} is not recognised; perhaps "${to}".`,
                }
              : {
                  vi: `vai trò "${rc.text}" của ${rc.agency} không hợp lệ.`,
                  en: `role "${rc.text}" for ${rc.agency} is not recognised.`,
                },
            to ? { kind: "setCell", sheet: plan.sheet, cell: rc.cell, from: rc.text, to } : undefined,
          );
        }
      },
    };
  },
});
