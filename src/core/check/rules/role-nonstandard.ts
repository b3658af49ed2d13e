// A role written otherwise ("CT", "ph", "chu tri") is understood as it is; the fix rewrites it in the standard form so
// every reader of the sheet sees one spelling.
import { ROLE_LABEL } from "../../read/vocabulary";
import { defineRule } from "../rule";

/** A role cell is recognised but not written "Chủ trì" or "Phối hợp"; the fix rewrites it. */
export const roleNonstandard = defineRule({
  id: "role-nonstandard",
  severity: "warning",
  title: { vi: "Vai trò viết chưa chuẩn", en: "Role not written the standard way" },
  create({ plan, report }) {
    if (plan.layout !== "matrix") return {};
    return {
      task(task) {
        // A role cell shared with the group row belongs to that row: it is reported once, there.
        if (task.source.inherited.includes("roles")) return;
        for (const rc of task.source.oddRoleCells) {
          if (rc.reading === "unknown") continue;
          const to = ROLE_LABEL[rc.reading];
          report(
            task,
            rc.cell,
            { vi: `"${rc.text}" nên viết là "${to}".`, en: `"${rc.text}" should be written "${to}".` },
            { kind: "setCell", sheet: plan.sheet, cell: rc.cell, from: rc.text, to },
          );
        }
      },
    };
  },
});
