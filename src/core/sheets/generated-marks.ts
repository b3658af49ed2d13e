// Which sheets of a workbook the tools generated, and so may replace. Both adapters keep one list every reader can
// see: a hidden sheet "_kehoach" with a row per generated sheet (name, spec key, and the add-in's sheet id when the
// add-in wrote the row). The add-in also marks its sheets itself (a worksheet custom property, or its settings list
// on older Excel), which exceljs cannot read or write; those marks follow the sheet by id and win over the list.
import type { CellValue } from "../model/cell-value";

/** The name of the hidden sheet that lists the generated sheets. */
export const MARK_SHEET = "_kehoach";

/** One row of the marks sheet: a generated sheet, its spec key, and its sheet id when the add-in recorded one. */
export interface MarkRow {
  name: string;
  key: string;
  id: string | null;
}

/** A sheet as an adapter knows it: the add-in also has its id and its own mark (null when it has none). */
export interface SheetToMark {
  name: string;
  id?: string;
  ownMark?: string | null;
}

/** Whether a sheet is the marks sheet: the name and hidden, since a visible sheet of that name is the user's. */
export function isMarkSheet(name: string, hidden: boolean): boolean {
  return name === MARK_SHEET && hidden;
}

/** Reads the marks sheet's cells into rows; a row without a sheet name and a key is skipped (the sheet may have been edited). */
export function parseMarkRows(values: CellValue[][]): MarkRow[] {
  const rows: MarkRow[] = [];
  for (const [name, key, id] of values) {
    const n = text(name);
    const k = text(key);
    if (n && k) rows.push({ name: n, key: k, id: text(id) });
  }
  return rows;
}

/**
 * The spec key each sheet is generated with, null for the user's. A sheet's own mark counts first. A row counts only
 * for a sheet that exists: the one with its id when the row has one and the adapter knows ids (so a sheet the user
 * made under a deleted generated sheet's name stays theirs), else the one with exactly its name.
 */
export function sheetMarks(sheets: SheetToMark[], rows: MarkRow[]): (string | null)[] {
  return sheets.map((sheet) => {
    if (sheet.ownMark) return sheet.ownMark;
    const row = rows.find((r) => (r.id !== null && sheet.id !== undefined ? r.id === sheet.id : r.name === sheet.name));
    return row?.key ?? null;
  });
}

/** The marks sheet's cells for these rows: three text columns (name, key, id or ""), so both adapters write the same. */
export function markSheetCells(rows: MarkRow[]): string[][] {
  return rows.map((r) => [r.name, r.key, r.id ?? ""]);
}

/** Whether two lists of rows say the same, so an unchanged marks sheet is not rewritten. */
export function sameMarkRows(a: MarkRow[], b: MarkRow[]): boolean {
  return a.length === b.length && a.every((r, i) => r.name === b[i].name && r.key === b[i].key && r.id === b[i].id);
}

// Sheet names such as "2024" come back as numbers from a cell that was not text.
function text(v: CellValue | undefined): string | null {
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return null;
  const t = v.trim();
  return t === "" ? null : t;
}
