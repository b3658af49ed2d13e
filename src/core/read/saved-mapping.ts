// The column mapping as kept in the workbook: a very hidden sheet both tools can read and write (exceljs cannot
// read the add-in's settings or custom properties). Its first row names the plan's sheet and header row; each
// further row places one column: role, column letters, and the header text it had, so that a header edited since
// is noticed and the mapping reported as stale rather than applied to columns that now mean something else.
import { z } from "zod";
import { columnLetters } from "../model/address";
import type { CellValue } from "../model/cell-value";
import { gridValue, type SheetGrid } from "../model/grid";
import { cellText, foldKey } from "../text/normalize";
import { mappingColumns, mappingFromEntries, type ColumnMapping } from "./column-mapping";
import type { Bilingual } from "../check/finding";

/** The name of the very hidden sheet that holds the column mapping. */
export const MAPPING_SHEET = "_kehoach_cot";

const MARK = "kehoach.columns";
const VERSION = "1";

/** A mapping saved for one plan: where its header is, which column holds what, and what each header said. */
export interface SavedMapping {
  sheet: string;
  headerRow: number;
  mapping: ColumnMapping;
  /** The header text of each mapped column when the mapping was saved. */
  headers: Map<number, string>;
}

/** The sheet's cells for a saved mapping: all text, so both adapters write (and read back) the same. */
export function savedMappingCells(saved: SavedMapping): string[][] {
  const rows: string[][] = [[MARK, VERSION, saved.sheet, String(saved.headerRow)]];
  for (const [role, col] of mappingColumns(saved.mapping))
    rows.push([role, columnLetters(col), saved.headers.get(col) ?? ""]);
  return rows;
}

const text = z.preprocess((v) => (v === null || v === undefined ? "" : String(v)), z.string());
const firstRow = z.tuple([z.literal(MARK), z.literal(VERSION), z.string().min(1), z.coerce.number().int().min(1)]);
const columnRow = z.tuple([z.string().min(1), z.string().regex(/^[A-Z]{1,3}$/), text]);

/** Reads the mapping sheet's cells back, strictly; null when the sheet is empty, an error when it is not a mapping. */
export function parseSavedMapping(values: CellValue[][]): { saved: SavedMapping } | { error: Bilingual } | null {
  const rows = values.filter((r) => r.some((v) => v !== null && v !== ""));
  if (rows.length === 0) return null;
  const bad = {
    error: {
      vi: `Trang ẩn "${MAPPING_SHEET}" không chứa cách gán cột hợp lệ: bỏ qua, kế hoạch được đọc theo tiêu đề.`,
      en: `The hidden sheet "${MAPPING_SHEET}" holds no valid column mapping: ignored, the plan is read from its header.`,
    },
  };
  const head = firstRow.safeParse(rows[0].slice(0, 4).map((v) => (typeof v === "number" ? String(v) : v)));
  if (!head.success) return bad;
  const roleLetters: [string, string][] = [];
  const headersByLetter = new Map<string, string>();
  for (const r of rows.slice(1)) {
    const row = columnRow.safeParse(r.slice(0, 3).map((v) => (typeof v === "number" ? String(v) : v)));
    if (!row.success) return bad;
    roleLetters.push([row.data[0], row.data[1]]);
    headersByLetter.set(row.data[1], row.data[2]);
  }
  // Agency columns are one row each; the mapping holds them as one run.
  const agencyLetters = roleLetters.filter(([role]) => role === "agencies").map(([, l]) => l);
  const pairs = roleLetters.filter(([role]) => role !== "agencies");
  if (agencyLetters.length) pairs.push(["agencies", `${agencyLetters[0]}:${agencyLetters[agencyLetters.length - 1]}`]);
  const parsed = mappingFromEntries(pairs);
  if (!parsed.ok) return bad;
  const headers = new Map<number, string>();
  for (const [, col] of mappingColumns(parsed.mapping)) headers.set(col, headersByLetter.get(columnLetters(col)) ?? "");
  return { saved: { sheet: head.data[2], headerRow: head.data[3], mapping: parsed.mapping, headers } };
}

/** The mapped columns whose header no longer says what it said when the mapping was saved (case and spacing aside). */
export function staleColumns(saved: SavedMapping, grid: SheetGrid): { col: number; saved: string; now: string }[] {
  const out: { col: number; saved: string; now: string }[] = [];
  for (const [col, was] of saved.headers) {
    const now = headerTextAt(grid, saved.headerRow, col);
    if (foldKey(now) !== foldKey(was)) out.push({ col, saved: was, now });
  }
  return out;
}

/** A column's header text: its cell on the header row, or the row below when that cell is empty (a two-row header). */
export function headerTextAt(grid: SheetGrid, row: number, col: number): string {
  return cellText(gridValue(grid, row, col)) || cellText(gridValue(grid, row + 1, col));
}

/** The mapping to save for a plan's header row, with each mapped column's header text as it stands now. */
export function mappingToSave(grid: SheetGrid, headerRow: number, mapping: ColumnMapping): SavedMapping {
  const headers = new Map<number, string>();
  for (const [, col] of mappingColumns(mapping)) headers.set(col, headerTextAt(grid, headerRow, col));
  return { sheet: grid.name, headerRow, mapping, headers };
}
