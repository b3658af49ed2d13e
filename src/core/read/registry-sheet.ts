import type { WorkbookGrids } from "../model/grid";
import { gridValue } from "../model/grid";
import type { Agency } from "../model/plan";
import { cellText, foldAscii } from "../text/normalize";
import { REGISTRY_SHEET } from "./registry";
import { readContactRows, registryColumns } from "./registry-contacts";

/** The registry sheet ("Danh mục cơ quan") of a workbook, when it has one. */
export function registryGrid(workbook: WorkbookGrids) {
  return workbook.sheets.find((g) => foldAscii(g.name) === foldAscii(REGISTRY_SHEET)) ?? null;
}

/** Reads the registry sheet ("Danh mục cơ quan": name, short name, aliases, group, optional contacts) into agencies; null when the workbook has none. */
export function readRegistrySheet(workbook: WorkbookGrids): Agency[] | null {
  const grid = registryGrid(workbook);
  if (!grid) return null;
  const columns = registryColumns(grid);
  if (!columns) return null;
  const hasContacts = columns.person !== null || columns.email !== null;
  return readContactRows(grid, columns).map(({ name, row, contact }) => {
    const c = columns.nameCol;
    const short = cellText(gridValue(grid, row, c + 1));
    const aliases = cellText(gridValue(grid, row, c + 2))
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
    const group = /^(co|x|yes|true|1)$/.test(foldAscii(cellText(gridValue(grid, row, c + 3))));
    return { name, short: short || null, aliases, group, ...(hasContacts ? { contact } : {}) };
  });
}
