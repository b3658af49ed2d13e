// Structural edits: inserting/deleting rows (what a co-author's "insert row" does to everything anchored on the sheet)
// and sorting rows, so adapters can be tested against data that moved under them.
import { MAX_COLUMNS, MAX_ROWS, Rect } from "./address";
import { Cell, Scalar, isErrorText } from "./cells";
import { WorkbookModel } from "./model";
import { SheetState } from "./state";

/** Columns an insert/delete applies to; null means entire rows. */
export type ColumnSpan = { c0: number; c1: number } | null;

/** Where a rectangle goes when `delta` rows are inserted (delta > 0) or deleted (delta < 0) at row `at`; null if deleted. */
export function moveRect(rect: Rect, at: number, delta: number): Rect | null {
  if (delta > 0) {
    if (rect.r0 >= at)
      return { ...rect, r0: Math.min(rect.r0 + delta, MAX_ROWS - 1), r1: Math.min(rect.r1 + delta, MAX_ROWS - 1) };
    if (rect.r1 >= at) return { ...rect, r1: Math.min(rect.r1 + delta, MAX_ROWS - 1) };
    return rect;
  }
  const d0 = at;
  const d1 = at - delta - 1;
  if (rect.r1 < d0) return rect;
  if (rect.r0 > d1) return { ...rect, r0: rect.r0 + delta, r1: rect.r1 + delta };
  const r0 = rect.r0 < d0 ? rect.r0 : d0;
  const r1 = rect.r1 > d1 ? rect.r1 + delta : d0 - 1;
  return r1 >= r0 ? { ...rect, r0, r1 } : null;
}

/**
 * Inserts (delta > 0) or deletes (delta < 0) rows at `at`, within `span` columns or across the sheet; cells, row sizes,
 * merges, validations, conditional formats, tables, pivots and chart sources follow, as they do in Excel.
 */
export function shiftRows(model: WorkbookModel, sheet: SheetState, span: ColumnSpan, at: number, delta: number): void {
  const inSpan = (rect: Rect) => !span || (rect.c0 >= span.c0 && rect.c1 <= span.c1);
  const move = (rect: Rect) => (inSpan(rect) ? moveRect(rect, at, delta) : rect);
  const moveAll = (rects: Rect[]) => rects.map(move).filter((r): r is Rect => r !== null);

  const region = { r0: at, c0: span?.c0 ?? 0, r1: MAX_ROWS - 1, c1: span?.c1 ?? MAX_COLUMNS - 1 };
  const moved = [...sheet.cells.within(region)];
  for (const [r, c] of moved) sheet.cells.delete(r, c);
  for (const [r, c, cell] of moved) {
    const target = delta > 0 ? r + delta : r < at - delta ? -1 : r + delta;
    if (target >= 0 && target < MAX_ROWS) sheet.cells.set(target, c, cell);
  }
  if (!span) {
    for (const map of [sheet.rowHeights, sheet.rowFormats] as Map<number, unknown>[]) {
      const entries = [...map].filter(([r]) => r >= at);
      for (const [r] of entries) map.delete(r);
      for (const [r, v] of entries) {
        const target = delta > 0 ? r + delta : r < at - delta ? -1 : r + delta;
        if (target >= 0 && target < MAX_ROWS) map.set(target, v);
      }
    }
  }
  sheet.merges = moveAll(sheet.merges);
  for (const v of sheet.validations) v.rects = moveAll(v.rects);
  sheet.validations = sheet.validations.filter((v) => v.rects.length);
  for (const cf of sheet.conditionalFormats) cf.rects = moveAll(cf.rects);
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.rects.length);
  model.state.tables = model.state.tables.filter((t) => {
    if (t.sheetId !== sheet.id) return true;
    const next = move(t.rect);
    if (next) t.rect = next;
    return next !== null;
  });
  for (const p of model.state.pivots) {
    if (
      p.sheetId === sheet.id &&
      (!span || (p.destination.col >= span.c0 && p.destination.col <= span.c1)) &&
      p.destination.row >= at
    ) {
      p.destination.row = Math.max(at, p.destination.row + delta);
    }
    if (p.source.kind === "range" && p.source.sheetId === sheet.id)
      p.source.rect = move(p.source.rect) ?? p.source.rect;
  }
  for (const s of model.state.sheets) {
    for (const chart of s.charts)
      if (chart.sourceSheetId === sheet.id) chart.source = move(chart.source) ?? chart.source;
  }
}

/** Excel's sort order: numbers, then text (ignoring case), then logicals, then errors; blanks always last. */
function sortRank(v: Scalar | undefined): number {
  if (v === undefined || v === "") return 4;
  if (typeof v === "number") return 0;
  if (typeof v === "boolean") return 2;
  return isErrorText(v) ? 3 : 1;
}

const collator = new Intl.Collator("vi", { sensitivity: "base" });

/** Compares two cell values in Excel's ascending sort order (blanks excluded: callers keep them last). */
export function compareCells(a: Scalar | undefined, b: Scalar | undefined): number {
  const ra = sortRank(a);
  const rb = sortRank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return collator.compare(a, b);
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return 0;
}

/** Reorders the rows of `body` by the values in column `keyCol` (stable; blanks stay last in both directions). */
export function sortRows(
  model: WorkbookModel,
  sheet: SheetState,
  body: Rect,
  keyCol: number,
  ascending: boolean,
): void {
  const rowsOfCells: { key: Scalar | undefined; cells: [number, Cell][] }[] = [];
  for (let r = body.r0; r <= body.r1; r++) {
    const cells: [number, Cell][] = [];
    for (let c = body.c0; c <= body.c1; c++) {
      const cell = sheet.cells.get(r, c);
      if (cell) cells.push([c, cell]);
    }
    rowsOfCells.push({ key: model.cellValue(sheet, r, keyCol), cells });
  }
  rowsOfCells.sort((x, y) => {
    const bx = sortRank(x.key) === 4;
    const by = sortRank(y.key) === 4;
    if (bx || by) return Number(bx) - Number(by);
    const d = compareCells(x.key, y.key);
    return ascending ? d : -d;
  });
  for (let r = body.r0; r <= body.r1; r++) for (let c = body.c0; c <= body.c1; c++) sheet.cells.delete(r, c);
  rowsOfCells.forEach((row, i) => {
    for (const [c, cell] of row.cells) sheet.cells.set(body.r0 + i, c, cell);
  });
}
