// Cells: a sparse store per sheet, Excel's reading of typed input (numbers, dates, formulas, the apostrophe), and display text.
import { MAX_COLUMNS, Rect, area } from "./address";
import { fail } from "./errors";

/** A constant a cell can hold; errors such as "#NAME?" are strings too, as Office.js reports them. */
export type Scalar = number | string | boolean;

/** One side of a cell's border. */
export interface BorderState {
  style: string;
  color: string;
  weight: string;
}

/** The sides a cell stores; a shared edge is written on both neighbouring cells. */
export const BORDER_SIDES = ["top", "bottom", "left", "right", "diagonalDown", "diagonalUp"] as const;
/** One of the sides a cell stores. */
export type BorderSide = (typeof BORDER_SIDES)[number];

/** The format key holding one border side. */
export function borderKey(side: BorderSide): `border_${BorderSide}` {
  return `border_${side}`;
}

/** No border: what every side has until one is drawn. */
export const NO_BORDER: BorderState = { style: "None", color: "#000000", weight: "Thin" };

/** Cell formatting that can also sit on a whole row or column. */
export interface FormatProps {
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  fontName?: string;
  underline?: string;
  strikethrough?: boolean;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  border_top?: BorderState;
  border_bottom?: BorderState;
  border_left?: BorderState;
  border_right?: BorderState;
  border_diagonalDown?: BorderState;
  border_diagonalUp?: BorderState;
}
/** The name of one format property. */
export type FormatKey = keyof FormatProps;

/** What Excel shows when nothing is set. */
export const FORMAT_DEFAULTS: Required<FormatProps> = {
  numberFormat: "General",
  fill: "#FFFFFF",
  bold: false,
  italic: false,
  color: "#000000",
  size: 11,
  fontName: "Calibri",
  underline: "None",
  strikethrough: false,
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  border_top: NO_BORDER,
  border_bottom: NO_BORDER,
  border_left: NO_BORDER,
  border_right: NO_BORDER,
  border_diagonalDown: NO_BORDER,
  border_diagonalUp: NO_BORDER,
};
/** Every format property name. */
export const FORMAT_KEYS = Object.keys(FORMAT_DEFAULTS) as FormatKey[];

/** One stored cell: a constant (`value`), or a formula (`formula`), plus its own formatting. */
export interface Cell extends FormatProps {
  value?: Scalar;
  formula?: string;
  /** Set when the text was entered behind an apostrophe (or into a "@" cell): Excel keeps it as text, not as a formula. */
  textPrefix?: boolean;
}

/** A sparse map of cells keyed by position, so whole-column ranges cost nothing until cells exist. */
export class CellStore {
  private readonly cells = new Map<number, Cell>();

  private static key(row: number, col: number): number {
    return row * MAX_COLUMNS + col;
  }

  get(row: number, col: number): Cell | undefined {
    return this.cells.get(CellStore.key(row, col));
  }

  /** The cell at a position, created empty when missing, for writers. */
  ensure(row: number, col: number): Cell {
    const key = CellStore.key(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {};
      this.cells.set(key, cell);
    }
    return cell;
  }

  set(row: number, col: number, cell: Cell): void {
    if (isEmptyCell(cell)) this.cells.delete(CellStore.key(row, col));
    else this.cells.set(CellStore.key(row, col), cell);
  }

  delete(row: number, col: number): void {
    this.cells.delete(CellStore.key(row, col));
  }

  /** Drops a cell that no longer holds anything, so used-range answers stay right. */
  tidy(row: number, col: number): void {
    const cell = this.get(row, col);
    if (cell && isEmptyCell(cell)) this.delete(row, col);
  }

  /** Every stored cell inside a rectangle, walking whichever is smaller: the rectangle or the store. */
  *within(rect: Rect): Generator<[number, number, Cell]> {
    if (area(rect) <= this.cells.size) {
      for (let r = rect.r0; r <= rect.r1; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const cell = this.get(r, c);
          if (cell) yield [r, c, cell];
        }
      }
      return;
    }
    for (const [key, cell] of [...this.cells]) {
      const r = Math.floor(key / MAX_COLUMNS);
      const c = key % MAX_COLUMNS;
      if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) yield [r, c, cell];
    }
  }

  /** Every stored cell with its position. */
  *all(): Generator<[number, number, Cell]> {
    for (const [key, cell] of this.cells) yield [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS, cell];
  }
}

/** True when a cell holds neither content nor formatting. */
export function isEmptyCell(cell: Cell): boolean {
  return cell.value === undefined && cell.formula === undefined && FORMAT_KEYS.every((k) => cell[k] === undefined);
}

/** True when a cell holds a value or a formula. */
export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.value !== undefined || cell.formula !== undefined);
}

/** What a written value does to a cell, after Excel has read it as if typed. */
export type Interpreted =
  | { kind: "skip" }
  | { kind: "clear" }
  | { kind: "constant"; value: Scalar; textPrefix?: boolean; numberFormat?: string }
  | { kind: "formula"; formula: string };

/** Reads one written value the way Excel reads `range.values`/`range.formulas` input (see README for the table). */
export function interpretInput(raw: unknown, cellIsText: boolean, location: string, today: Date): Interpreted {
  if (raw === null || raw === undefined) return { kind: "skip" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return fail("InvalidArgument", `${raw} is not a number Excel can store`, location);
    return { kind: "constant", value: raw };
  }
  if (typeof raw === "boolean") return { kind: "constant", value: raw };
  if (raw instanceof Date) return { kind: "constant", value: dateToSerial(raw), numberFormat: "m/d/yyyy" };
  if (typeof raw !== "string") return fail("InvalidArgument", `cannot write ${typeof raw} into a cell`, location);
  if (raw === "") return { kind: "clear" };
  if (raw.startsWith("'")) return { kind: "constant", value: raw.slice(1), textPrefix: true };
  if (cellIsText) return { kind: "constant", value: raw, textPrefix: true };
  if (raw.startsWith("=") && raw.length > 1) return { kind: "formula", formula: raw };
  // Excel keeps "+1" as the formula "=+1" but "-3" as the number -3.
  if (raw.startsWith("+") && raw.length > 1) return { kind: "formula", formula: `=${raw}` };
  const parsed = parseTyped(raw, today);
  if (parsed) return { kind: "constant", ...parsed };
  if (raw.length > 1 && (raw.startsWith("-") || raw.startsWith("@"))) {
    return { kind: "formula", formula: `=${raw}` };
  }
  return { kind: "constant", value: raw };
}

const NUMBER = /^(-?)(\d{1,3}(?:,\d{3})+|\d+|(?=\.\d))(\.\d*)?(?:[eE]([+-]?\d+))?(%?)$/;

/** Excel's (en-US, as Office.js uses) reading of text that looks like a number, boolean, date or time; null for plain text. */
function parseTyped(raw: string, today: Date): { value: Scalar; numberFormat?: string } | null {
  const text = raw.trim();
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  return parseNumber(text) ?? parseDate(text, today) ?? parseTime(text);
}

function parseNumber(text: string): { value: number; numberFormat?: string } | null {
  const paren = /^\((\d.*)\)$/.exec(text);
  if (paren) {
    const inner = parseNumber(paren[1]);
    return inner && !inner.numberFormat?.endsWith("%") ? { ...inner, value: -inner.value } : null;
  }
  const m = NUMBER.exec(text);
  if (!m) return null;
  const magnitude = Number(`${m[2].replace(/,/g, "") || "0"}${m[3] ?? ""}${m[4] !== undefined ? `e${m[4]}` : ""}`);
  const value = m[1] === "-" ? -magnitude : magnitude;
  if (m[5]) return { value: value / 100, numberFormat: (m[3] ?? "").length > 1 ? "0.00%" : "0%" };
  if (m[4] !== undefined) return { value, numberFormat: "0.00E+00" };
  if (m[2].includes(",")) return { value, numberFormat: "#,##0" };
  return { value };
}

function parseDate(text: string, today: Date): { value: number; numberFormat: string } | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (m) return serialOf(+m[1], +m[2], +m[3], "m/d/yyyy");
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (m) return serialOf(fullYear(m[3]), +m[1], +m[2], "m/d/yyyy");
  m = /^(\d{1,2})\/(\d{1,4})$/.exec(text);
  if (m) {
    const second = +m[2];
    if (m[2].length <= 2 && second >= 1 && second <= 31) return serialOf(today.getFullYear(), +m[1], second, "d-mmm");
    if (second > 31) return serialOf(fullYear(m[2]), +m[1], 1, "mmm-yy");
  }
  return null;
}

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function serialOf(
  y: number,
  m: number,
  d: number,
  numberFormat: string,
): { value: number; numberFormat: string } | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 9999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return { value: dateToSerial(date), numberFormat };
}

function parseTime(text: string): { value: number; numberFormat: string } | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m || +m[1] > 23 || +m[2] > 59 || +(m[3] ?? 0) > 59) return null;
  return { value: (+m[1] * 3600 + +m[2] * 60 + +(m[3] ?? 0)) / 86400, numberFormat: m[3] ? "h:mm:ss" : "h:mm" };
}

const MS_PER_DAY = 86400000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

/** The Excel serial (1900 system) of a date's UTC calendar day. */
export function dateToSerial(date: Date): number {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.round((day - EPOCH_1899_12_30) / MS_PER_DAY);
}

/** The UTC date of an Excel serial (valid after 1 March 1900, where Excel's leap-year bug no longer shifts days). */
export function serialToDate(serial: number): Date {
  return new Date(EPOCH_1899_12_30 + Math.floor(serial) * MS_PER_DAY);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The text Excel would display for a value under a number format (common formats only; others fall back to General). */
export function displayText(value: Scalar | undefined, numberFormat: string): string {
  if (value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const nf = numberFormat.trim();
  if (nf === "General" || nf === "@" || nf === "") return generalNumber(value);
  if (/^0(\.0+)?%$/.test(nf)) return `${(value * 100).toFixed(decimals(nf))}%`;
  if (/^#,##0(\.0+)?$/.test(nf)) return grouped(value, decimals(nf));
  if (/^0(\.0+)?$/.test(nf)) return value.toFixed(decimals(nf));
  if (/^0\.0+E\+00$/.test(nf))
    return value
      .toExponential(decimals(nf))
      .toUpperCase()
      .replace(/E([+-])(\d)$/, "E$10$2");
  if (/[dmy]/i.test(nf) && !/h/i.test(nf)) return formatDate(value, nf);
  if (/^h+:mm(:ss)?$/i.test(nf)) return formatTime(value, nf);
  return generalNumber(value);
}

function decimals(nf: string): number {
  const dot = nf.indexOf(".");
  return dot < 0 ? 0 : (nf.slice(dot + 1).match(/0/g) ?? []).length;
}

function grouped(value: number, places: number): string {
  const [int, frac] = Math.abs(value).toFixed(places).split(".");
  const body = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
  return value < 0 ? `-${body}` : body;
}

function generalNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  if (Math.abs(value) >= 1e11 || (Math.abs(value) < 1e-9 && value !== 0)) return value.toExponential(5).toUpperCase();
  return String(Number(value.toPrecision(10)));
}

function formatDate(serial: number, nf: string): string {
  const date = serialToDate(serial);
  const d = date.getUTCDate();
  const m = date.getUTCMonth() + 1;
  const y = date.getUTCFullYear();
  return nf.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d/gi, (token) => {
    switch (token.toLowerCase()) {
      case "yyyy":
        return String(y);
      case "yy":
        return String(y % 100).padStart(2, "0");
      case "mmmm":
      case "mmm":
        return MONTHS[m - 1];
      case "mm":
        return String(m).padStart(2, "0");
      case "m":
        return String(m);
      case "dd":
        return String(d).padStart(2, "0");
      default:
        return String(d);
    }
  });
}

function formatTime(value: number, nf: string): string {
  const seconds = Math.round((value - Math.floor(value)) * 86400);
  const h = Math.floor(seconds / 3600);
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, "0");
  const ss = String(seconds % 60).padStart(2, "0");
  return nf.toLowerCase().endsWith(":ss") ? `${h}:${mm}:${ss}` : `${h}:${mm}`;
}

/** Office.js's valueTypes entry for a computed value. */
export function valueType(value: Scalar | undefined): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (value === undefined || value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return isErrorText(value) ? "Error" : "String";
}

/** True for Excel's error values ("#NAME?", "#DIV/0!", ...), which Office.js returns as strings. */
export function isErrorText(value: unknown): boolean {
  return typeof value === "string" && /^#(NAME\?|DIV\/0!|VALUE!|REF!|N\/A|NUM!|NULL!|CALC!|SPILL!)$/.test(value);
}
