/* global Excel */
// Renders a core sheet spec onto a new worksheet with batched Office.js writes, in two phases: contents (values and
// what must precede them), then layout (formats, tables, rules, dropdowns, print setup). The .xlsx adapter renders the
// same specs (src/xlsx/render-sheet.ts), so both outputs match.
import { columnLetters, rangeAddress } from "../core/model/address";
import { listAlert, PAGE, TABLE_STYLE } from "../core/sheets/appearance";
import { rowHeights, type ConditionalRule, type SheetSpec } from "../core/sheets/spec";
import { BulkWriter, jsonBytes, RANGE_BYTES, SET_BYTES } from "./bulk-writer";
import { address, heightRuns, textColumns } from "./format-areas";
import type { Capabilities } from "./requirements";
import { specInput } from "./typed-text";
import { writeFormats } from "./write-formats";

// Blocks of at most this many rows and bytes, so no request nears Excel on the web's 5 MB limit whatever the sheet's size.
const BLOCK_ROWS = 5000;
const BLOCK_BYTES = 1_000_000;
// Office.js takes page margins in points, 72 to the inch.
const points = (inches: number) => Math.round(inches * 72 * 100) / 100;
const MARGINS = {
  leftMargin: points(PAGE.margins.left),
  rightMargin: points(PAGE.margins.right),
  topMargin: points(PAGE.margins.top),
  bottomMargin: points(PAGE.margins.bottom),
  headerMargin: points(PAGE.margins.header),
  footerMargin: points(PAGE.margins.footer),
};

/** Converts an .xlsx column width (characters of the default font) to the points Office.js uses. */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Writes the sheet's values (text kept as text), the "@" format of text-only table columns before them, column widths and merges. */
export async function writeSheetContents(w: BulkWriter, ws: Excel.Worksheet, spec: SheetSpec): Promise<void> {
  const width = spec.rows.reduce((n, r) => Math.max(n, r.length), 0);
  for (const [i, c] of spec.columns.entries()) {
    await w.room(RANGE_BYTES + SET_BYTES);
    const letter = columnLetters(i + 1);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(c.width);
  }
  const textAreas = textColumns(spec);
  for (const a of textAreas) {
    await w.room(RANGE_BYTES + SET_BYTES);
    ws.getRange(address(a)).numberFormat = "@" as unknown as string[][];
  }
  const isText = (r: number, c: number) =>
    textAreas.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
  let top = 0;
  while (top < spec.rows.length && width > 0) {
    const block: (string | number | null)[][] = [];
    let bytes = 0;
    while (top + block.length < spec.rows.length && block.length < BLOCK_ROWS && bytes < BLOCK_BYTES) {
      const r = top + block.length;
      const row = Array.from({ length: width }, (_, c) => specInput(spec.rows[r][c] ?? null, isText(r + 1, c + 1)));
      bytes += jsonBytes(row);
      block.push(row);
    }
    if (block.some((row) => row.some((v) => v !== null))) {
      await w.room(RANGE_BYTES + SET_BYTES + bytes);
      ws.getRange(rangeAddress(top + 1, 1, top + block.length, width)).values = block;
    }
    top += block.length;
  }
  for (const m of spec.merges) {
    await w.room(RANGE_BYTES + SET_BYTES);
    ws.getRange(address(m)).merge(false);
  }
}

/** Formats the sheet and adds its tables, highlight rules, dropdowns, frozen header and print setup. */
export async function writeSheetLayout(
  w: BulkWriter,
  ws: Excel.Worksheet,
  spec: SheetSpec,
  caps: Capabilities,
): Promise<Map<string, Excel.Table>> {
  await writeFormats(w, ws, spec, caps);
  await writeRowHeights(w, ws, spec, caps);
  const tables = new Map<string, Excel.Table>();
  for (const t of spec.tables) {
    await w.room(RANGE_BYTES + 5 * SET_BYTES);
    const table = ws.tables.add(address(t), true);
    table.name = t.name;
    table.style = TABLE_STYLE;
    table.showBandedRows = true;
    table.showFilterButton = true;
    tables.set(t.name, table);
  }
  if (caps.conditionalFormats) await addRules(w, ws, spec.conditionalFormats);
  if (caps.dataValidation) {
    for (const v of spec.validations) {
      await w.room(RANGE_BYTES + 3 * SET_BYTES + jsonBytes(v.list));
      listValidation(ws.getRange(address(v)), v.list);
    }
  }
  await w.room(6 * SET_BYTES);
  if (spec.freezeRows) ws.freezePanes.freezeRows(spec.freezeRows);
  if (spec.tabColor) ws.tabColor = spec.tabColor;
  if (caps.pageLayout) printSetup(ws, spec.print);
  return tables;
}

// Rows whose wrapped text needs room: with ExcelApi 1.9 one call per block of rows (an empty entry leaves a row at
// Excel's height), so a sheet of 30,000 task rows costs a few operations, not one per row of its own height.
async function writeRowHeights(w: BulkWriter, ws: Excel.Worksheet, spec: SheetSpec, caps: Capabilities): Promise<void> {
  if (!caps.cellProperties) {
    for (const run of heightRuns(spec)) {
      await w.room(RANGE_BYTES + SET_BYTES);
      ws.getRange(`${run.top}:${run.bottom}`).format.rowHeight = run.height;
    }
    return;
  }
  const heights = rowHeights(spec);
  const last = heights.reduce<number>((n, h, i) => (h === null ? n : i + 1), 0);
  for (let top = 1; top <= last; top += BLOCK_ROWS) {
    const bottom = Math.min(last, top + BLOCK_ROWS - 1);
    const rows = heights
      .slice(top - 1, bottom)
      .map((h): Excel.SettableRowProperties => (h === null ? {} : { format: { rowHeight: h } }));
    await w.room(RANGE_BYTES + SET_BYTES + jsonBytes(rows));
    ws.getRange(`${top}:${bottom}`).setRowProperties(rows);
  }
}

/** Adds custom-formula rules over their areas (never whole columns), each at the priority of its place in the list. */
export async function addRules(w: BulkWriter, ws: Excel.Worksheet, rules: ConditionalRule[]): Promise<void> {
  for (const [i, rule] of rules.entries()) {
    await w.room(RANGE_BYTES + 5 * SET_BYTES + rule.formula.length);
    const cf = ws.getRange(address(rule.area)).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = `=${rule.formula}`;
    cf.custom.format.fill.color = rule.fill;
    cf.custom.format.font.color = rule.font;
    cf.priority = i;
  }
}

/** A dropdown list that allows blanks and warns (not blocks) on other text, as in the .xlsx output. */
export function listValidation(range: Excel.Range, list: string[]): void {
  range.dataValidation.rule = {
    list: { inCellDropDown: true, source: list.join(",") },
  };
  range.dataValidation.ignoreBlanks = true;
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Warning" as Excel.DataValidationAlertStyle,
    ...listAlert(list),
  };
}

function printSetup(ws: Excel.Worksheet, print: SheetSpec["print"]): void {
  const layout = ws.pageLayout;
  layout.set({
    orientation: (print.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation,
    paperSize: PAGE.paper as Excel.PaperType,
    centerHorizontally: PAGE.centerHorizontally,
    ...MARGINS,
    ...(print.fitToWidth ? { zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } } : {}),
  });
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows[0]}:$${print.titleRows[1]}`);
}
