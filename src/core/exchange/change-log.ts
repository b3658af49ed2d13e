// The change log, "Nhật ký cập nhật": one row per change of a task's status, completion date, note or deadline —
// when, which task, what, from what to what, and who (an agency and its file, or the pane's user). Rows are only ever
// appended; leaders read it for accountability ("lùi hạn" leaves a trace).
import type { CellValue } from "../model/cell-value";
import { gridBounds, gridValue, type SheetGrid } from "../model/grid";
import { cellText, foldKey } from "../text/normalize";
import { emptySheet, type SheetSpec } from "../sheets/spec";

/** Name of the log sheet. */
export const LOG_SHEET = "Nhật ký cập nhật";

/** The log's columns, in order. */
export const LOG_HEADER = ["Thời điểm", "Mã nhiệm vụ", "Mục", "Giá trị cũ", "Giá trị mới", "Nguồn"] as const;

/** The fields a change can touch, as the log names them. */
export const LOG_FIELD = {
  status: "Trạng thái",
  completedOn: "Ngày hoàn thành",
  note: "Ghi chú",
  deadline: "Thời hạn",
} as const;

/** One change, as a row of the log. */
export interface LogEntry {
  /** "2024-06-30 09:15" (local time of whoever made the change). */
  when: string;
  key: string;
  field: string;
  old: string;
  new: string;
  source: string;
}

/** A log entry as the row of text cells written to the sheet (text, so Excel never reinterprets a value). */
export function logRow(e: LogEntry): string[] {
  return [e.when, e.key, e.field, e.old, e.new, e.source];
}

/** The time a log row shows, from a local date and time ("2024-06-30T09:15" → "2024-06-30 09:15"). */
export function logTime(isoLocal: string): string {
  return isoLocal.slice(0, 16).replace("T", " ");
}

/** A new log sheet holding its header and the given entries. */
export function logSheetSpec(entries: LogEntry[]): SheetSpec {
  const spec = emptySheet("log", LOG_SHEET);
  spec.rows = [LOG_HEADER.map((h) => ({ text: h, style: "header" as const })), ...entries.map(logRow)];
  spec.columns = [17, 12, 16, 30, 30, 40].map((width) => ({ width }));
  spec.freezeRows = 1;
  return spec;
}

/** Whether a sheet's first row is the log's header (a sheet of that name written by someone else is not ours). */
export function isLogSheet(grid: SheetGrid): boolean {
  return LOG_HEADER.every((h, i) => foldKey(cellText(gridValue(grid, 1, i + 1))) === foldKey(h));
}

/** The first empty row below a log sheet's last used row (where the next entries go). */
export function nextLogRow(grid: SheetGrid): number {
  const b = gridBounds(grid);
  for (let r = b.bottom; r >= 1; r--)
    for (let c = 1; c <= LOG_HEADER.length; c++) if (cellText(gridValue(grid, r, c)) !== "") return r + 1;
  return 2;
}

/** Every entry of a log sheet's cells (header first), oldest first; rows that do not read as entries are skipped. */
export function logEntries(rows: CellValue[][]): LogEntry[] {
  return rows
    .slice(1)
    .map((r) => r.map((v) => cellText(v ?? null)))
    .filter((r) => (r[1] ?? "") !== "" && (r[2] ?? "") !== "")
    .map((r) => ({ when: r[0], key: r[1], field: r[2], old: r[3] ?? "", new: r[4] ?? "", source: r[5] ?? "" }));
}

/** A task's history from the log's cells (header first), oldest first. */
export function taskHistory(rows: CellValue[][], key: string): LogEntry[] {
  return logEntries(rows).filter((e) => e.key === key);
}

/** The change log of a workbook's grids: its entries, or none when it has no log sheet of ours. */
export function workbookLog(sheets: SheetGrid[]): LogEntry[] {
  const grid = sheets.find((g) => g.name === LOG_SHEET);
  if (!grid || !isLogSheet(grid)) return [];
  const b = gridBounds(grid);
  const rows: CellValue[][] = [];
  for (let r = 1; r <= b.bottom; r++) rows.push(LOG_HEADER.map((_, c) => gridValue(grid, r, c + 1)));
  return logEntries(rows);
}
