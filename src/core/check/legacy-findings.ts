import { cellAddress } from "../model/address";
import { finding, type Finding } from "./finding";
import { gridOrigin, type SheetGrid } from "../model/grid";
import { fixLegacyText, mayBeLegacy } from "../text/legacy-encoding";
import { memoByText } from "../read/repeated-text-cache";
import type { Plan } from "../model/plan";

const ENCODING_NAME = { tcvn3: "TCVN3 (.VnTime)", vni: "VNI (VNI-Times)" } as const;

/** Finds cells of the plan typed with the old TCVN3 or VNI fonts (they show as "Chñ tr×", "chaøo") and offers the Unicode text as a fix. */
export function legacyEncodingFindings(grid: SheetGrid, plan: Plan): Finding[] {
  const out: Finding[] = [];
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
      const prefix = task
        ? { vi: `Nhiệm vụ ${task} (${where}): `, en: `Task ${task} (${where}): ` }
        : { vi: `${where}: `, en: `${where}: ` };
      out.push(
        finding(
          "text-legacy-encoding",
          { sheet: plan.sheet, cell, task },
          {
            vi: `${prefix.vi}chữ gõ bằng bảng mã cũ ${ENCODING_NAME[fixed.encoding]}; đổi sang Unicode: "${fixed.text}".`,
            en: `${prefix.en}text typed in the legacy ${ENCODING_NAME[fixed.encoding]} encoding; convert to Unicode: "${fixed.text}".`,
          },
          { kind: "setCell", sheet: plan.sheet, cell, from: v, to: fixed.text },
        ),
      );
    }
  }
  return out;
}
