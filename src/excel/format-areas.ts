// A sheet spec's styles as few rectangles as possible, one format property at a time, so formatting thousands of rows
// costs a handful of operations per column instead of one per cell (a request's size must not grow with the number of cells).
import { rangeAddress } from "../core/model/address";
import { FONT } from "../core/sheets/appearance";
import { cellStyle, rowHeights, STYLES, type Area, type CellStyle, type SheetSpec } from "../core/sheets/spec";

/** The Office.js format properties a style can set; only values that differ from a new sheet's defaults are listed. */
export interface FormatValues {
  fontName?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  fill?: string;
  wrap?: boolean;
  align?: "Left" | "Center" | "Right";
  valign?: "Top";
  numberFormat?: string;
  border?: boolean;
}
export type FormatKey = keyof FormatValues;
type FormatValue = string | number | boolean;

/** One property set over one rectangle. */
export interface FormatArea {
  key: FormatKey;
  value: FormatValue;
  area: Area;
}

// Rows top..bottom (1-based) of one column sharing a property's value.
interface Run {
  value: FormatValue;
  top: number;
  bottom: number;
}

const KEYS: FormatKey[] = [
  "fontName",
  "size",
  "bold",
  "italic",
  "color",
  "fill",
  "wrap",
  "align",
  "valign",
  "numberFormat",
  "border",
];
const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;

/** What a named style sets, in Office.js terms (vertical alignment on top and the serif font, as the .xlsx output). */
export function styleFormat(s: CellStyle): FormatValues {
  const out: FormatValues = { fontName: FONT.name, valign: "Top" };
  if (s.size !== undefined && s.size !== FONT.size) out.size = s.size;
  if (s.bold) out.bold = true;
  if (s.italic) out.italic = true;
  if (s.color) out.color = s.color;
  if (s.fill) out.fill = s.fill;
  if (s.wrap) out.wrap = true;
  if (s.align) out.align = ALIGN[s.align];
  if (s.numberFormat) out.numberFormat = s.numberFormat;
  if (s.border) out.border = true;
  return out;
}

/** One column's formats given cell by cell, from row `top` down: for properties that change too often down the column to write as rectangles. */
export interface CellColumn {
  col: number;
  top: number;
  cells: FormatValues[];
}

/** How a sheet's formats are written: rectangles, plus cell-by-cell columns where a property keeps changing. */
export interface FormatPlan {
  areas: FormatArea[];
  columns: CellColumn[];
}

// More runs than this down one column (the state column of an agency sheet changes colour on every row) are written
// cell by cell in one call instead of one operation per run.
const RUN_LIMIT = 8;

/**
 * Plans a spec's formats: equal values run down each column and equal runs join across columns into rectangles; a
 * property that changes more often than RUN_LIMIT down a column goes cell by cell when `byCell` allows it (number
 * formats always can, as an array; the others need Range.setCellProperties).
 */
export function formatPlan(spec: SheetSpec, byCell: { numberFormat: boolean; others: boolean }): FormatPlan {
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const formats = spec.rows.map((cells, r) =>
    cells.map((cell) => {
      const style = cellStyle(spec, r, cell);
      return style ? styleFormat(STYLES[style]) : null;
    }),
  );
  const areas: FormatArea[] = [];
  const columns = new Map<number, CellColumn>();
  for (const key of KEYS) {
    let open = new Map<string, FormatArea>();
    for (let c = 0; c < width; c++) {
      const next = new Map<string, FormatArea>();
      const runs = columnRuns(formats, c, key);
      const cellByCell =
        runs.length > RUN_LIMIT && key !== "border" && (key === "numberFormat" ? byCell.numberFormat : byCell.others);
      if (cellByCell) {
        const column = columns.get(c + 1) ?? styledColumn(formats, c);
        column.cells.forEach((cell, i) => {
          const value = formats[column.top - 1 + i]?.[c]?.[key];
          if (value !== undefined) (cell as Record<string, unknown>)[key] = value;
        });
        columns.set(c + 1, column);
      } else {
        for (const run of runs) {
          const id = `${String(run.value)}|${run.top}|${run.bottom}`;
          const joined = open.get(id);
          if (joined) joined.area.right = c + 1;
          const area = joined ?? {
            key,
            value: run.value,
            area: {
              top: run.top,
              left: c + 1,
              bottom: run.bottom,
              right: c + 1,
            },
          };
          if (!joined) areas.push(area);
          next.set(id, area);
        }
      }
      open = next;
    }
  }
  return { areas, columns: [...columns.values()] };
}

function columnRuns(formats: (FormatValues | null)[][], c: number, key: FormatKey): Run[] {
  const runs: Run[] = [];
  formats.forEach((row, r) => {
    const value = row[c]?.[key];
    if (value === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.bottom === r) last.bottom = r + 1;
    else runs.push({ value, top: r + 1, bottom: r + 1 });
  });
  return runs;
}

// An empty cell-by-cell column spanning the column's styled rows.
function styledColumn(formats: (FormatValues | null)[][], c: number): CellColumn {
  const styled = formats.flatMap((row, r) => (row[c] ? [r + 1] : []));
  const top = styled[0];
  return {
    col: c + 1,
    top,
    cells: Array.from({ length: styled[styled.length - 1] - top + 1 }, () => ({})),
  };
}

/** The spec's row heights (points) as runs of rows of equal height; rows Excel sizes itself are left out. */
export function heightRuns(spec: SheetSpec): { top: number; bottom: number; height: number }[] {
  const runs: { top: number; bottom: number; height: number }[] = [];
  rowHeights(spec).forEach((h, i) => {
    if (h === null) return;
    const last = runs[runs.length - 1];
    if (last && last.height === h && last.bottom === i) last.bottom = i + 1;
    else runs.push({ top: i + 1, bottom: i + 1, height: h });
  });
  return runs;
}

/** Table body columns that hold only text: they get the "@" format so rows added later keep text as text too. */
export function textColumns(spec: SheetSpec): Area[] {
  const out: Area[] = [];
  for (const t of spec.tables) {
    for (let c = t.left; c <= t.right; c++) {
      let allText = true;
      for (let r = t.top + 1; r <= t.bottom && allText; r++) {
        const cell = spec.rows[r - 1]?.[c - 1] ?? null;
        allText = cell === null || typeof cell === "string" || (typeof cell === "object" && "text" in cell);
      }
      if (allText && t.bottom > t.top) out.push({ top: t.top + 1, left: c, bottom: t.bottom, right: c });
    }
  }
  return out;
}

/** The A1 address of an area ("B5:I20"). */
export function address(a: Area): string {
  return rangeAddress(a.top, a.left, a.bottom, a.right);
}
