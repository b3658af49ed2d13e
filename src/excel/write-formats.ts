/* global Excel */
// Cell formats of a generated sheet: rectangles of equal format with one range each, and cell-by-cell columns in one
// call each where a property changes row by row (see format-areas.ts).
import { rangeAddress } from "../core/model/address";
import type { Area, CellStyle, SheetSpec } from "../core/sheets/spec";
import { BORDER_COLOR } from "../core/sheets/appearance";
import { BulkWriter, jsonBytes, RANGE_BYTES, SET_BYTES } from "./bulk-writer";
import { address, formatPlan, styleFormat, type CellColumn, type FormatArea, type FormatValues } from "./format-areas";
import type { Capabilities } from "./requirements";

/** Formats a sheet's cells as its spec's styles say, in as few operations as the Excel at hand allows. */
export async function writeFormats(
  w: BulkWriter,
  ws: Excel.Worksheet,
  spec: SheetSpec,
  caps: Capabilities,
): Promise<void> {
  const formats = formatPlan(spec, {
    numberFormat: true,
    others: caps.cellProperties,
  });
  for (const group of byArea(formats.areas)) {
    await w.room(
      RANGE_BYTES + group.reduce((n, f) => n + (f.key === "border" ? 18 : 1) * SET_BYTES + String(f.value).length, 0),
    );
    const range = ws.getRange(address(group[0].area));
    for (const f of group) applyFormat(range, f);
  }
  for (const column of formats.columns) await writeCellColumn(w, ws, column);
}

/** Gives a range one named style (every property of it), for cells written outside a sheet spec. */
export function styleRange(range: Excel.Range, style: CellStyle, area: Area): void {
  for (const [key, value] of Object.entries(styleFormat(style))) {
    applyFormat(range, { key, value, area } as FormatArea);
  }
}

// One format property over a rectangle.
function applyFormat(range: Excel.Range, f: FormatArea): void {
  const format = range.format;
  switch (f.key) {
    case "fontName":
      format.font.name = f.value as string;
      break;
    case "size":
      format.font.size = f.value as number;
      break;
    case "bold":
      format.font.bold = true;
      break;
    case "italic":
      format.font.italic = true;
      break;
    case "color":
      format.font.color = f.value as string;
      break;
    case "fill":
      format.fill.color = f.value as string;
      break;
    case "wrap":
      format.wrapText = true;
      break;
    case "align":
      format.horizontalAlignment = f.value as Excel.HorizontalAlignment;
      break;
    case "valign":
      format.verticalAlignment = f.value as Excel.VerticalAlignment;
      break;
    case "numberFormat":
      // A single value applies to every cell of the range, so the request does not grow with its size.
      range.numberFormat = f.value as unknown as string[][];
      break;
    case "border":
      thinBorders(format, f.area);
      break;
  }
}

// Rows per call of a cell-by-cell column: a 300,000-row table column in one call would pass the 5 MB request limit.
const COLUMN_BLOCK_ROWS = 20_000;

// Properties that change row by row go in one call per block of the column: numberFormat as an array (null leaves a
// cell as it is), the others through setCellProperties (an empty entry leaves a cell as it is).
async function writeCellColumn(w: BulkWriter, ws: Excel.Worksheet, column: CellColumn): Promise<void> {
  for (let start = 0; start < column.cells.length; start += COLUMN_BLOCK_ROWS) {
    const cells = column.cells.slice(start, start + COLUMN_BLOCK_ROWS);
    const top = column.top + start;
    const range = ws.getRange(rangeAddress(top, column.col, top + cells.length - 1, column.col));
    const numberFormats = cells.map((c) => [c.numberFormat ?? null]);
    const properties = cells.map((c) => [cellProperties(c)]);
    if (numberFormats.some((r) => r[0] !== null)) {
      await w.room(RANGE_BYTES + SET_BYTES + jsonBytes(numberFormats));
      range.numberFormat = numberFormats as string[][];
    }
    if (properties.some((r) => r[0].format !== undefined)) {
      await w.room(RANGE_BYTES + SET_BYTES + jsonBytes(properties));
      range.setCellProperties(properties);
    }
  }
}

function cellProperties(f: FormatValues): Excel.SettableCellProperties {
  const font: Excel.CellPropertiesFont = {};
  if (f.fontName !== undefined) font.name = f.fontName;
  if (f.size !== undefined) font.size = f.size;
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.color !== undefined) font.color = f.color;
  const format: Excel.CellPropertiesFormat = {};
  if (Object.keys(font).length) format.font = font;
  if (f.fill !== undefined) format.fill = { color: f.fill };
  if (f.wrap !== undefined) format.wrapText = f.wrap;
  if (f.align !== undefined) format.horizontalAlignment = f.align as Excel.HorizontalAlignment;
  if (f.valign !== undefined) format.verticalAlignment = f.valign as Excel.VerticalAlignment;
  return Object.keys(format).length ? { format } : {};
}

// Properties set over the same rectangle share one range object, which keeps the request small.
function byArea(areas: FormatArea[]): FormatArea[][] {
  const groups = new Map<string, FormatArea[]>();
  for (const f of areas) {
    const key = address(f.area);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

function thinBorders(format: Excel.RangeFormat, a: Area): void {
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (a.bottom > a.top) edges.push("InsideHorizontal");
  if (a.right > a.left) edges.push("InsideVertical");
  for (const edge of edges) {
    const border = format.borders.getItem(edge as Excel.BorderIndex);
    border.style = "Continuous" as Excel.BorderLineStyle;
    border.weight = "Thin" as Excel.BorderWeight;
    border.color = BORDER_COLOR;
  }
}
