import type ExcelJS from "exceljs";
import type { CellValue } from "../core/model/cell-value";
import { MAPPING_SHEET, savedMappingCells, type SavedMapping } from "../core/read/saved-mapping";
import { plainValue } from "./read-workbook";

/** The workbook's column-mapping sheet, unless the sheet of that name is a visible one (then it is the user's). */
export function mappingSheetOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const ws = workbook.getWorksheet(MAPPING_SHEET);
  return ws && ws.state !== "visible" ? ws : undefined;
}

/** The mapping sheet's cells as written (null without one), for the core to check and apply. */
export function mappingCells(workbook: ExcelJS.Workbook): CellValue[][] | null {
  const ws = mappingSheetOf(workbook);
  if (!ws) return null;
  const values: CellValue[][] = [];
  ws.eachRow((row) => void values.push([1, 2, 3, 4].map((c) => plainValue(row.getCell(c).value))));
  return values;
}

/** Saves the column mapping in a very hidden sheet, so every later read (add-in or `kehoach`) places the columns the same way. */
export function writeColumnMapping(workbook: ExcelJS.Workbook, saved: SavedMapping): boolean {
  const existing = workbook.getWorksheet(MAPPING_SHEET);
  // A visible sheet of that name is the user's: it stays, and the mapping goes unsaved.
  if (existing && existing.state === "visible") return false;
  if (existing) workbook.removeWorksheet(existing.id);
  const ws = workbook.addWorksheet(MAPPING_SHEET, { state: "veryHidden" });
  for (const cells of savedMappingCells(saved)) {
    const row = ws.addRow(cells);
    // Text, so a header such as "2025" or a letter run stays as written.
    row.eachCell((cell) => (cell.numFmt = "@"));
  }
  return true;
}
