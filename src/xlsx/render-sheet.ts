import type ExcelJS from "exceljs";
import { rangeAddress } from "../core/model/address";
import { BORDER_COLOR, FONT, listAlert, PAGE, TABLE_STYLE, VERTICAL_ALIGN } from "../core/sheets/appearance";
import type { IsoDate } from "../core/model/dates";
import {
  cellStyle,
  rowHeights,
  STYLES,
  type CellStyle,
  type ConditionalRule,
  type SheetSpec,
  type SpecCell,
} from "../core/sheets/spec";

// exceljs numbers paper sizes as the file format does.
const PAPER_SIZE = { A4: 9 } as const;

/** Writes a sheet spec into a new worksheet of an exceljs workbook: values, styles, merges, tables, rules, dropdowns, print setup. */
export function renderSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(spec.name, {
    views: spec.freezeRows ? [{ state: "frozen", ySplit: spec.freezeRows, xSplit: 0 }] : [],
    pageSetup: {
      orientation: spec.print.orientation,
      paperSize: PAPER_SIZE[PAGE.paper],
      fitToPage: spec.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: PAGE.centerHorizontally,
      margins: { ...PAGE.margins },
      ...(spec.print.titleRows ? { printTitlesRow: `${spec.print.titleRows[0]}:${spec.print.titleRows[1]}` } : {}),
    },
    ...(spec.tabColor ? { properties: { tabColor: { argb: argb(spec.tabColor) } } } : {}),
  });
  spec.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  for (const t of spec.tables) {
    const header = spec.rows[t.top - 1] ?? [];
    const names = uniqueHeaders(
      Array.from({ length: t.right - t.left + 1 }, (_, j) => textOf(header[t.left - 1 + j]) || `Cột ${j + 1}`),
    );
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = t.top + 1; r <= t.bottom; r++)
      rows.push(names.map((_, j) => cellValue(spec.rows[r - 1]?.[t.left - 1 + j] ?? null)));
    ws.addTable({
      name: t.name,
      ref: rangeAddress(t.top, t.left, t.top, t.left),
      headerRow: true,
      style: { theme: TABLE_STYLE, showRowStripes: true },
      columns: names.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
  spec.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      const target = row.getCell(c + 1);
      target.value = cellValue(cell);
      const style = cellStyle(spec, r, cell);
      if (style) applyStyle(target, STYLES[style]);
    });
  });
  rowHeights(spec).forEach((h, r) => {
    if (h !== null) ws.getRow(r + 1).height = h;
  });
  for (const m of spec.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  addRules(ws, spec.conditionalFormats);
  for (const v of spec.validations) {
    for (let r = v.top; r <= v.bottom; r++) {
      for (let c = v.left; c <= v.right; c++) {
        ws.getCell(r, c).dataValidation = listValidation(v.list);
      }
    }
  }
  return ws;
}

/** A dropdown list validation that still allows blanks and warns (not blocks) on other text. */
export function listValidation(list: string[]): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${list.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: listAlert(list).title,
    error: listAlert(list).message,
  };
}

/** Adds custom-formula conditional formats (one rule per area, never whole columns). */
export function addRules(ws: ExcelJS.Worksheet, rules: ConditionalRule[]): void {
  rules.forEach((rule, i) => {
    ws.addConditionalFormatting({
      ref: rangeAddress(rule.area.top, rule.area.left, rule.area.bottom, rule.area.right),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [rule.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
            font: { color: { argb: argb(rule.font) } },
          },
        },
      ],
    });
  });
}

// exceljs keeps a string a string, so "=SUM(1,2)" typed as task text is written as text, never as a formula.
function cellValue(cell: SpecCell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === "string" || typeof cell === "number") return cell;
  if ("text" in cell) return cell.text === "" ? null : cell.text;
  if ("number" in cell) return cell.number;
  if ("date" in cell) return utcDate(cell.date);
  return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
}

function textOf(cell: SpecCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  return "text" in cell ? cell.text : "";
}

// Excel table headers must be unique and non-empty.
function uniqueHeaders(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = n.toLocaleLowerCase("vi");
    const count = (seen.get(k) ?? 0) + 1;
    seen.set(k, count);
    return count === 1 ? n : `${n} (${count})`;
  });
}

/** A date cell value for exceljs: midnight UTC, so Excel shows the calendar day whatever the machine's time zone. */
export function utcDate(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

// exceljs recognises a style object it has already seen and skips re-serialising it: sharing one object per style
// makes writing large sheets several times faster.
const excelStyles = new WeakMap<CellStyle, Partial<ExcelJS.Style>>();

/** Applies one named style to an exceljs cell (cells with the same style share one style object). */
export function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  let style = excelStyles.get(s);
  if (!style) excelStyles.set(s, (style = excelStyle(s)));
  cell.style = style;
}

function excelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const thin = { style: "thin" as const, color: { argb: argb(BORDER_COLOR) } };
  return {
    font: {
      name: FONT.name,
      size: s.size ?? FONT.size,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.color ? { color: { argb: argb(s.color) } } : {}),
    },
    ...(s.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } } as ExcelJS.Fill } : {}),
    alignment: { vertical: VERTICAL_ALIGN, wrapText: s.wrap ?? false, ...(s.align ? { horizontal: s.align } : {}) },
    ...(s.numberFormat ? { numFmt: s.numberFormat } : {}),
    ...(s.border ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
  };
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}
