import { columnLetters } from "../model/address";
import type { IsoDate } from "../model/dates";
import { DEADLINE_HELPER_HEADER } from "../read/header";
import { gridValue, type SheetGrid, type TableArea } from "../model/grid";
import type { Plan } from "../model/plan";
import { cellText } from "../text/normalize";
import { AS_OF_NAME, QUARTER_END_NAME } from "./as-of";
import { HIGHLIGHT_COLORS, type ConditionalRule } from "./spec";

/** The deadline highlighting of the plan rows: a helper column of real dates and three custom-formula rules. */
export interface HighlightSpec {
  sheet: string;
  /** Helper column (1-based): its header cell and one deadline (or empty) per plan row. */
  helper: { col: number; headerRow: number; header: string; top: number; values: (IsoDate | null)[] };
  rules: ConditionalRule[];
}

/** Prefix of the keys of the add-in's own conditional formats, so re-running replaces only those. */
export const HIGHLIGHT_KEY = "kehoach-highlight";

/**
 * Where the helper deadline column goes: where it already is, else the first column right of the plan (right of its
 * table, if any) that is empty over the plan's rows, so a user's column is never written over.
 */
export function helperPlace(plan: Plan, grid: SheetGrid): { col: number; table: TableArea | null } {
  const table = plan.table ? ((grid.tables ?? []).find((t) => t.name === plan.table) ?? null) : null;
  if (plan.columns.deadlineHelper !== null) return { col: plan.columns.deadlineHelper, table };
  const top = table?.top ?? plan.headerTop;
  const bottom = Math.max(plan.lastRow, plan.headerBottom, table?.bottom ?? 0);
  let col = (table?.right ?? plan.right) + 1;
  // An earlier run's helper right of a table (outside the header the reader knows) is taken again, not stepped over.
  while (
    rowsUsed(grid, col, top, bottom) &&
    cellText(gridValue(grid, plan.headerBottom, col)) !== DEADLINE_HELPER_HEADER
  )
    col++;
  return { col, table };
}

function rowsUsed(grid: SheetGrid, col: number, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) if (cellText(gridValue(grid, r, col)) !== "") return true;
  return false;
}

/** Describes the overdue (red), due-this-quarter (amber) and done (green) highlighting of the plan rows, comparing with the workbook's as-of name (TODAY() unless a date is fixed) like every other generated state; the helper column goes in `col` (see helperPlace). */
export function highlightSpec(plan: Plan, col: number): HighlightSpec {
  const top = plan.firstRow;
  const bottom = Math.max(plan.lastRow, top);
  const values: (IsoDate | null)[] = Array.from({ length: bottom - top + 1 }, () => null);
  for (const t of plan.tasks) values[t.row - top] = t.deadline;
  const d = `$${columnLetters(col)}${top}`;
  const status = plan.columns.status;
  const s = status === null ? null : `TRIM($${columnLetters(status)}${top})`;
  const done = s === null ? null : `OR(${s}="Hoàn thành",${s}="Đã hoàn thành")`;
  const notDone = done === null ? "TRUE" : `NOT(${done})`;
  // The rules stop short of the helper column, also when an earlier run put it inside the plan (its last column).
  const area = { top, left: plan.left, bottom, right: col === plan.right ? col - 1 : Math.max(plan.right, col - 1) };
  const rules: ConditionalRule[] = [];
  if (done) rules.push({ key: `${HIGHLIGHT_KEY}:done`, area, formula: done, ...colors("done") });
  rules.push({
    key: `${HIGHLIGHT_KEY}:overdue`,
    area,
    formula: `AND(ISNUMBER(${d}),${d}<${AS_OF_NAME},${notDone})`,
    ...colors("overdue"),
  });
  rules.push({
    key: `${HIGHLIGHT_KEY}:due`,
    area,
    formula: `AND(ISNUMBER(${d}),${d}>=${AS_OF_NAME},${d}<=${QUARTER_END_NAME},${notDone})`,
    ...colors("due"),
  });
  return {
    sheet: plan.sheet,
    helper: { col, headerRow: plan.headerBottom, header: DEADLINE_HELPER_HEADER, top, values },
    rules,
  };
}

function colors(kind: keyof typeof HIGHLIGHT_COLORS): { fill: string; font: string } {
  return { fill: HIGHLIGHT_COLORS[kind].fill, font: HIGHLIGHT_COLORS[kind].font };
}
