import fc from "fast-check";
import type { CellValue } from "../../src/core/model/cell-value";
import { gridValue, type MergedArea, type SheetGrid } from "../../src/core/model/grid";
import { withMergedValues } from "../../src/core/model/merged-cells";

describe("withMergedValues", () => {
  test("a value merged down stands in every row of the merge; cells merged to the right stay empty", () => {
    const grid: SheetGrid = {
      name: "S",
      origin: { row: 3, col: 2 },
      values: [
        ["1", "Quý I/2026", "Tiêu đề gộp ngang", null],
        ["2", null, null],
        ["3", null, "Sở Y tế", null],
      ],
    };
    const merges: MergedArea[] = [
      { top: 3, left: 3, bottom: 5, right: 3 },
      { top: 3, left: 4, bottom: 3, right: 5 },
    ];
    const out = withMergedValues(grid, merges);
    expect(out.values).toEqual([
      ["1", "Quý I/2026", "Tiêu đề gộp ngang", null],
      ["2", "Quý I/2026", null],
      ["3", "Quý I/2026", "Sở Y tế", null],
    ]);
    expect(out.merges).toEqual(merges);
    // The grid read from the sheet is left as it was.
    expect(grid.values[1]).toEqual(["2", null, null]);
  });

  test("a block merged over rows and columns carries its value down its first column only", () => {
    const grid: SheetGrid = { name: "S", values: [["Tháng 6/2026", null], [], [null, "x"]] };
    const out = withMergedValues(grid, [{ top: 1, left: 1, bottom: 3, right: 2 }]);
    expect(out.values).toEqual([["Tháng 6/2026", null], ["Tháng 6/2026"], ["Tháng 6/2026", "x"]]);
  });

  test("what a user wrote under a merge is kept; merges outside the grid or with an empty top change nothing", () => {
    const grid: SheetGrid = {
      name: "S",
      origin: { row: 2, col: 2 },
      values: [
        [null, "a"],
        ["b", null],
        [null, null],
      ],
    };
    const out = withMergedValues(grid, [
      { top: 2, left: 3, bottom: 4, right: 3 },
      { top: 2, left: 2, bottom: 4, right: 2 },
      { top: 1, left: 1, bottom: 9, right: 1 },
    ]);
    expect(out.values).toEqual([
      [null, "a"],
      ["b", "a"],
      [null, "a"],
    ]);
  });

  test("property: every cell of a merge's first column reads the top value; every other cell is unchanged", () => {
    const value = fc.oneof(fc.constant(null), fc.string({ minLength: 1, maxLength: 4 }), fc.integer());
    const arb = fc
      .record({
        rows: fc.integer({ min: 1, max: 12 }),
        cols: fc.integer({ min: 1, max: 6 }),
        origin: fc.record({ row: fc.integer({ min: 1, max: 5 }), col: fc.integer({ min: 1, max: 5 }) }),
        seed: fc.array(value, { minLength: 72, maxLength: 72 }),
        cuts: fc.array(fc.record({ col: fc.nat(5), top: fc.nat(11), height: fc.integer({ min: 1, max: 5 }) }), {
          maxLength: 6,
        }),
      })
      .map(({ rows, cols, origin, seed, cuts }) => {
        const values: CellValue[][] = Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) => seed[r * 6 + c]),
        );
        // Merges that do not overlap, with their merged-away cells empty as Excel keeps them.
        const merges: MergedArea[] = [];
        const taken = new Set<string>();
        for (const cut of cuts) {
          const col = cut.col % cols;
          const top = cut.top % rows;
          const bottom = Math.min(rows - 1, top + cut.height);
          const cells = Array.from({ length: bottom - top + 1 }, (_, i) => `${top + i}:${col}`);
          if (cells.some((k) => taken.has(k))) continue;
          cells.forEach((k) => taken.add(k));
          for (let r = top + 1; r <= bottom; r++) values[r][col] = null;
          merges.push({
            top: top + origin.row,
            left: col + origin.col,
            bottom: bottom + origin.row,
            right: col + origin.col,
          });
        }
        return { grid: { name: "S", origin, values } as SheetGrid, merges };
      });
    fc.assert(
      fc.property(arb, ({ grid, merges }) => {
        const out = withMergedValues(grid, merges);
        const o = grid.origin!;
        grid.values.forEach((row, r) =>
          row.forEach((v, c) => {
            const sheetRow = r + o.row;
            const sheetCol = c + o.col;
            const m = merges.find((x) => x.left === sheetCol && sheetRow > x.top && sheetRow <= x.bottom);
            const expected = m ? gridValue(grid, m.top, m.left) : v;
            expect(gridValue(out, sheetRow, sheetCol)).toEqual(expected);
          }),
        );
      }),
    );
  });
});
