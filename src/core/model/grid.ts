import type { CellValue } from "./cell-value";

/** A rectangle of cell values as read from a sheet, with where it sits so every value keeps its address. */
export interface SheetGrid {
  /** Sheet name as the workbook shows it. */
  name: string;
  /** Values row by row; rows may be ragged. */
  values: CellValue[][];
  /** Sheet row and column (1-based) of values[0][0]; A1 when omitted. */
  origin?: { row: number; col: number };
  /** Merged areas in sheet coordinates (1-based, inclusive). */
  merges?: MergedArea[];
  /** Excel tables (ListObjects) on this sheet, in sheet coordinates. */
  tables?: TableArea[];
  /** The add-in wrote this sheet (agency sheets, summary…): never read as the plan. */
  generated?: boolean;
  /** The sheet is hidden: an old copy a user set aside is read only when no visible sheet holds a plan. */
  hidden?: boolean;
}

/** A merged block of cells in sheet coordinates. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel table (ListObject): its name and its full range including the header row. */
export interface TableArea extends MergedArea {
  name: string;
  /** The table shows a totals row (its last row): not a task. */
  totalsRow?: boolean;
}

/** Every sheet of a workbook as grids: what the core reads a plan from. */
export interface WorkbookGrids {
  sheets: SheetGrid[];
  /** The cells of the hidden column-mapping sheet, when the workbook has one (see read/saved-mapping.ts). */
  mapping?: CellValue[][] | null;
}

const A1 = { row: 1, col: 1 };

/** The sheet row and column of a grid's first value, for loops that index its row arrays directly. */
export function gridOrigin(grid: SheetGrid): { row: number; col: number } {
  return grid.origin ?? A1;
}

/** Reads one value of a grid by sheet row/column (1-based); null outside the grid. */
export function gridValue(grid: SheetGrid, row: number, col: number): CellValue {
  const o = gridOrigin(grid);
  const r = grid.values[row - o.row];
  if (!r) return null;
  const v = r[col - o.col];
  return v === undefined ? null : v;
}

/** The sheet rows and columns a grid covers, so readers can loop in sheet coordinates. */
export function gridBounds(grid: SheetGrid): { top: number; left: number; bottom: number; right: number } {
  const o = gridOrigin(grid);
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  return { top: o.row, left: o.col, bottom: o.row + grid.values.length - 1, right: o.col + Math.max(width, 1) - 1 };
}
