// Cells of the plan typed with the old TCVN3 or VNI fonts show as "Chñ tr×" or "chaøo" and match nothing; each is
// reported with its Unicode text as the fix.
import { cellAddress } from "../../model/address";
import { gridOrigin } from "../../model/grid";
import { memoByText } from "../../read/repeated-text-cache";
import { fixLegacyText, mayBeLegacy } from "../../text/legacy-encoding";
import { defineRule } from "../rule";

const ENCODING_NAME = { tcvn3: "TCVN3 (.VnTime)", vni: "VNI (VNI-Times)" } as const;

/** A cell of the plan table holds text typed in a legacy Vietnamese encoding; the fix converts it to Unicode. */
export const textLegacyEncoding = defineRule({
  id: "text-legacy-encoding",
  severity: "warning",
  title: { vi: "Chữ theo bảng mã cũ (TCVN3/VNI)", en: "Text in a legacy encoding (TCVN3/VNI)" },
  create: ({ plan, grid, reportAt }) => ({
    end() {
      const taskByRow = new Map(plan.tasks.map((t) => [t.row, t.key]));
      const fix = memoByText((v) => (typeof v === "string" ? fixLegacyText(v) : null));
      const o = gridOrigin(grid);
      for (let r = plan.headerTop; r <= plan.lastRow; r++) {
        const cells = grid.values[r - o.row];
        if (!cells) continue;
        for (let c = plan.left; c <= plan.right; c++) {
          const v = cells[c - o.col];
          // The raw text, not cleanText: TCVN3 writes "ư" as U+00AD, which cleaning would delete.
          if (typeof v !== "string" || v.length < 2 || !mayBeLegacy(v)) continue;
          const fixed = fix(v);
          if (!fixed) continue;
          const cell = cellAddress(r, c);
          const task = taskByRow.get(r) ?? null;
          const where = `${plan.sheet}!${cell}`;
          // Only the task number: a header or section row, or a task without a number, gets the cell alone.
          const prefix = task
            ? { vi: `Nhiệm vụ ${task} (${where}): `, en: `Task ${task} (${where}): ` }
            : { vi: `${where}: `, en: `${where}: ` };
          reportAt(
            { sheet: plan.sheet, cell, task },
            {
              vi: `${prefix.vi}chữ gõ bằng bảng mã cũ ${ENCODING_NAME[fixed.encoding]}; đổi sang Unicode: "${fixed.text}".`,
              en: `${prefix.en}text typed in the legacy ${ENCODING_NAME[fixed.encoding]} encoding; convert to Unicode: "${fixed.text}".`,
            },
            { kind: "setCell", sheet: plan.sheet, cell, from: v, to: fixed.text },
          );
        }
      }
    },
  }),
});
