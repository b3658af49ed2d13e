import type ExcelJS from "exceljs";
import { isMarkSheet, markSheetCells, MARK_SHEET, type MarkRow } from "../core/sheets/generated-marks";

/** The workbook's marks sheet, unless the sheet of that name is a visible one (then it is the user's). */
export function markSheetOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const ws = workbook.getWorksheet(MARK_SHEET);
  return ws && isMarkSheet(ws.name, ws.state !== "visible") ? ws : undefined;
}

/** Records the generated sheets in the very hidden marks sheet (exceljs cannot write custom properties), so the next run of either tool replaces only those. */
export function writeGeneratedMarks(workbook: ExcelJS.Workbook, rows: MarkRow[]): void {
  const existing = workbook.getWorksheet(MARK_SHEET);
  // A visible sheet of that name is the user's: it stays, and this run's marks go unrecorded.
  if (existing && !markSheetOf(workbook)) return;
  if (existing) workbook.removeWorksheet(existing.id);
  if (rows.length === 0) return;
  const ws = workbook.addWorksheet(MARK_SHEET, { state: "veryHidden" });
  for (const cells of markSheetCells(rows)) ws.addRow(cells);
}
