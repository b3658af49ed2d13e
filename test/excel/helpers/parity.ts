// Describes a generated sheet the same way whether the .xlsx adapter (exceljs) or the Office.js adapter (simulator)
// rendered it, so tests can require both outputs to be equal: values, formulas, styles, borders, merges, tables, rules,
// dropdowns, frozen rows, print setup, column widths and row heights.
import type ExcelJS from "exceljs";
import type { SheetSnapshot, SimWorkbook } from "../../excel-sim";
import { cellAddress, parseRangeAddress, rangeAddress } from "../../../src/core/model/address";
import { isoToExcelSerial } from "../../../src/core/model/dates";
import { widthInPoints } from "../../../src/excel/render-sheet";

/** One cell as both adapters can be compared: value (dates as serials), formula, and the look. */
export interface CellLook {
  value: string | number | boolean | null;
  formula?: string;
  bold?: true;
  italic?: true;
  size: number;
  font?: string;
  color?: string;
  fill?: string;
  wrap?: true;
  align?: string;
  valign?: string;
  numberFormat?: string;
  border?: true;
}

/** A whole sheet as both adapters can be compared. */
export interface SheetLook {
  cells: Record<string, CellLook>;
  merges: string[];
  tables: { name: string; address: string }[];
  rules: { address: string; formula: string; fill: string; font: string }[];
  validations: { address: string; list: string }[];
  freezeRows: number;
  print: { orientation: string; paper: string; fitToWidth: boolean; titleRows: string | null };
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
}

const hex = (argb: string | undefined) => (argb ? `#${argb.slice(-6).toUpperCase()}` : undefined);

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== false)) as T;
}

/** The look of an exceljs worksheet written by src/xlsx/render-sheet.ts. */
export function xlsxLook(ws: ExcelJS.Worksheet): SheetLook {
  const cells: Record<string, CellLook> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      // Only a merged area's top-left cell shows; exceljs copies its style to the hidden cells, Excel does not need to.
      if (cell.isMerged && cell.master !== cell) return;
      const v = cell.value;
      const formula =
        v && typeof v === "object" && "formula" in v ? `=${(v as ExcelJS.CellFormulaValue).formula}` : undefined;
      const value =
        v === null || v === undefined
          ? null
          : v instanceof Date
            ? isoToExcelSerial(v.toISOString().slice(0, 10))
            : formula
              ? ((v as ExcelJS.CellFormulaValue).result as number)
              : (v as string | number | boolean);
      const look: CellLook = clean({
        value,
        formula,
        bold: cell.font?.bold ? (true as const) : undefined,
        italic: cell.font?.italic ? (true as const) : undefined,
        size: cell.font?.size ?? 11,
        font: cell.font?.name,
        color: hex(cell.font?.color?.argb),
        fill: cell.fill && cell.fill.type === "pattern" ? hex(cell.fill.fgColor?.argb) : undefined,
        wrap: cell.alignment?.wrapText ? (true as const) : undefined,
        align: cell.alignment?.horizontal
          ? cell.alignment.horizontal[0].toUpperCase() + cell.alignment.horizontal.slice(1)
          : undefined,
        valign: cell.alignment?.vertical
          ? cell.alignment.vertical[0].toUpperCase() + cell.alignment.vertical.slice(1)
          : undefined,
        numberFormat: typeof cell.numFmt === "string" && cell.numFmt !== "General" ? cell.numFmt : undefined,
        border: (["top", "bottom", "left", "right"] as const).every(
          (side) => cell.border?.[side]?.style === "thin" && cell.border[side]?.color?.argb === "FFBFBFBF",
        )
          ? (true as const)
          : undefined,
      });
      if (look.value === null && Object.keys(look).length === 2) return;
      cells[cell.address] = look;
    }),
  );
  const model = ws as unknown as {
    conditionalFormattings?: {
      ref: string;
      rules: {
        formulae?: string[];
        style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
      }[];
    }[];
  };
  const validations = new Map<string, string[]>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const dv = cell.dataValidation;
      if (dv?.type === "list")
        validations.set(String(dv.formulae?.[0]).replace(/^"|"$/g, ""), [
          ...(validations.get(String(dv.formulae?.[0]).replace(/^"|"$/g, "")) ?? []),
          cell.address,
        ]);
    }),
  );
  const views = ws.views?.[0] as { ySplit?: number } | undefined;
  const page = ws.pageSetup;
  const columnWidths: Record<string, number> = {};
  for (let c = 1; c <= ws.columnCount; c++)
    if (ws.getColumn(c).width)
      columnWidths[cellAddress(1, c).replace(/\d+$/, "")] = widthInPoints(ws.getColumn(c).width!);
  const rowHeights: Record<string, number> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (row.height) rowHeights[String(row.number)] = row.height;
  });
  return {
    cells,
    merges: ((ws.model as { merges?: string[] }).merges ?? []).slice().sort(),
    tables: ws.getTables().map((t) => {
      const table = (t as unknown as { table: { name: string; tableRef?: string; ref: string } }).table;
      const area = parseRangeAddress(table.tableRef ?? table.ref)!;
      return { name: table.name, address: rangeAddress(area.top, area.left, area.bottom, area.right) };
    }),
    rules: (model.conditionalFormattings ?? []).map((cf) => ({
      address: cf.ref,
      formula: `=${cf.rules[0].formulae?.[0]}`,
      fill: hex(cf.rules[0].style?.fill?.bgColor?.argb)!,
      font: hex(cf.rules[0].style?.font?.color?.argb)!,
    })),
    validations: [...validations]
      .map(([list, addresses]) => ({ address: boundingAddress(addresses), list }))
      .sort((a, b) => a.address.localeCompare(b.address)),
    freezeRows: views?.ySplit ?? 0,
    print: {
      orientation: page.orientation === "landscape" ? "Landscape" : "Portrait",
      paper: page.paperSize === 9 ? "A4" : String(page.paperSize),
      fitToWidth: !!page.fitToPage && page.fitToWidth === 1,
      titleRows: page.printTitlesRow ? `$${page.printTitlesRow.replace(":", ":$")}` : null,
    },
    columnWidths,
    rowHeights,
  };
}

/** The look of a simulated sheet written by the Office.js adapter. */
export function simLook(sim: SimWorkbook, sheetName: string): SheetLook {
  const snap = sim.snapshot().sheets.find((s) => s.name === sheetName)!;
  const cells: Record<string, CellLook> = {};
  const hidden = snap.merges.map((m) => parseRangeAddress(m)!);
  for (const [address, c] of Object.entries(snap.cells)) {
    const at = parseRangeAddress(address)!;
    if (
      hidden.some(
        (m) =>
          at.top >= m.top &&
          at.top <= m.bottom &&
          at.left >= m.left &&
          at.left <= m.right &&
          (at.top !== m.top || at.left !== m.left),
      )
    )
      continue;
    // A cell is bordered when all four sides are drawn (a neighbour's shared edge alone does not count).
    const sides = (["top", "bottom", "left", "right"] as const).map((side) => c.borders?.[side]);
    const border = sides.every((b) => b && b.style === "Continuous" && b.color === "#BFBFBF" && b.weight === "Thin");
    const look: CellLook = clean({
      value: c.value === "" ? null : c.value,
      formula: c.formula,
      bold: c.font?.bold ? (true as const) : undefined,
      italic: c.font?.italic ? (true as const) : undefined,
      size: c.font?.size ?? 11,
      font: c.font?.name,
      color: c.font?.color,
      fill: c.fill,
      wrap: c.wrapText ? (true as const) : undefined,
      align: c.horizontalAlignment,
      valign: c.verticalAlignment,
      // The "@" format of text-only table columns is the Office.js adapter's way of keeping text text; exceljs needs none.
      numberFormat: c.numberFormat === "@" ? undefined : c.numberFormat,
      border: border ? (true as const) : undefined,
    });
    if (look.value === null && Object.keys(look).length === 2) continue;
    cells[address] = look;
  }
  const layout = snap.pageLayout as {
    orientation?: string;
    paperSize?: string;
    zoom?: { horizontalFitToPages?: number };
    printTitleRows?: string;
  };
  return {
    cells,
    merges: snap.merges.slice().sort(),
    tables: snap.tables.map((t) => ({ name: t.name, address: t.address })),
    rules: [...snap.conditionalFormats]
      .reverse()
      .map((cf) => ({
        address: cf.address,
        formula: String(cf.rule.formula),
        fill: String(cf.format.fill),
        font: String(cf.format.fontColor),
      }))
      .reverse(),
    validations: snap.dataValidations
      .map((v) => ({ address: v.address, list: String((v.rule.list as { source: string }).source) }))
      .sort((a, b) => a.address.localeCompare(b.address)),
    freezeRows: snap.freeze.rows,
    print: {
      orientation: layout.orientation ?? "Portrait",
      paper: layout.paperSize ?? "Letter",
      fitToWidth: layout.zoom?.horizontalFitToPages === 1,
      titleRows: layout.printTitleRows ?? null,
    },
    columnWidths: snap.columnWidths,
    rowHeights: snap.rowHeights,
  };
}

function boundingAddress(addresses: string[]): string {
  const areas = addresses.map((a) => parseRangeAddress(a)!);
  return rangeAddress(
    Math.min(...areas.map((a) => a.top)),
    Math.min(...areas.map((a) => a.left)),
    Math.max(...areas.map((a) => a.bottom)),
    Math.max(...areas.map((a) => a.right)),
  );
}

/** The simulated sheet's snapshot by name. */
export function sheetSnapshot(sim: SimWorkbook, name: string): SheetSnapshot {
  const snap = sim.snapshot().sheets.find((s) => s.name === name);
  if (!snap) throw new Error(`no sheet ${name}`);
  return snap;
}
