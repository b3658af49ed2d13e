import type { CellValue } from "./cell-value";
import { gridOrigin, type MergedArea, type SheetGrid } from "./grid";

/**
 * The grid as a reader of rows sees it: a cell merged down over several rows (one time or one agency list shared by
 * several tasks) stands in every row it covers. Excel files hold the value only in the merge's top-left cell, while
 * the reader of a plan takes each row for itself, so the value is carried down the merge's first column. Cells a
 * merge spans to the right stay empty, as the rows read them already (a title across columns is one value).
 */
export function withMergedValues(grid: SheetGrid, merges: readonly MergedArea[]): SheetGrid {
  const tall = merges.filter((m) => m.bottom > m.top);
  if (tall.length === 0) return { ...grid, merges: [...merges] };
  const o = gridOrigin(grid);
  const values = grid.values.slice();
  for (const m of tall) {
    const col = m.left - o.col;
    const top = m.top - o.row;
    if (col < 0 || top < 0 || top >= values.length) continue;
    const value: CellValue = values[top][col] ?? null;
    if (value === null) continue;
    for (let r = top + 1; r <= m.bottom - o.row && r < values.length; r++) {
      // A merged-away cell is empty in the file; anything else there is the user's and is kept.
      if ((values[r][col] ?? null) !== null) continue;
      const row = values[r].slice();
      while (row.length < col) row.push(null);
      row[col] = value;
      values[r] = row;
    }
  }
  return { ...grid, values, merges: [...merges] };
}
