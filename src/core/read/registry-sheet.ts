import type { WorkbookGrids } from "../model/grid";
import { gridBounds, gridValue } from "../model/grid";
import type { Agency } from "../model/plan";
import { cellText, foldAscii } from "../text/normalize";
import { REGISTRY_SHEET } from "./registry";

/** Reads the registry sheet ("Danh mục cơ quan": name, short name, aliases, group) into agencies; null when the workbook has none. */
export function readRegistrySheet(workbook: WorkbookGrids): Agency[] | null {
  const grid = workbook.sheets.find((g) => foldAscii(g.name) === foldAscii(REGISTRY_SHEET));
  if (!grid) return null;
  const b = gridBounds(grid);
  let headerRow = -1;
  for (let r = b.top; r <= Math.min(b.bottom, b.top + 10) && headerRow < 0; r++) {
    if (foldAscii(cellText(gridValue(grid, r, b.left))).startsWith("ten")) headerRow = r;
  }
  if (headerRow < 0) return null;
  const out: Agency[] = [];
  for (let r = headerRow + 1; r <= b.bottom; r++) {
    const name = cellText(gridValue(grid, r, b.left));
    if (!name) continue;
    const short = cellText(gridValue(grid, r, b.left + 1));
    const aliases = cellText(gridValue(grid, r, b.left + 2))
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
    const group = /^(co|x|yes|true|1)$/.test(foldAscii(cellText(gridValue(grid, r, b.left + 3))));
    out.push({ name, short: short || null, aliases, group });
  }
  return out;
}
