import type ExcelJS from "exceljs";
import { isMarkSheet, MARK_SHEET } from "../core/sheets/generated-marks";

/** The workbook's marks sheet, unless the sheet of that name is a visible one (then it is the user's). */
export function markSheetOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const ws = workbook.getWorksheet(MARK_SHEET);
  return ws && isMarkSheet(ws.name, ws.state !== "visible") ? ws : undefined;
}
