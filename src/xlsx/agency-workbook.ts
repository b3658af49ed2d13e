// The workbook an agency receives, rendered from the core's specs: the report sheet, protected so only its report
// cells can be edited, and the very hidden record of what was sent.
import ExcelJS from "exceljs";
import type { AgencyWorkbook } from "../core/exchange/agency-workbook";
import { renderSheet } from "./render-sheet";

/** Renders one agency's workbook (report sheet protected, record sheet very hidden). */
export async function renderAgencyWorkbook(w: AgencyWorkbook): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const ws = renderSheet(workbook, w.report);
  for (const a of w.report.protection?.unlocked ?? [])
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) {
        const cell = ws.getCell(r, c);
        // Cells share style objects: the unlocked one gets a copy of its own, or every cell of that style would open.
        cell.style = { ...cell.style, protection: { locked: false } };
      }
  // No password: the lock guards against slips, not people; the record catches edits made after unprotecting.
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: false,
    insertRows: false,
    deleteRows: false,
  });
  const record = renderSheet(workbook, w.record);
  record.state = "veryHidden";
  return workbook;
}

/** A file name for an agency's workbook: its name without the characters file systems refuse. */
export function agencyFileName(agency: string): string {
  const safe = agency
    .normalize("NFC")
    .replace(/[\\/:*?"<>|]+/g, " ")
    .replace(/\p{Cc}+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120);
  return `${safe || "co-quan"}.xlsx`;
}
