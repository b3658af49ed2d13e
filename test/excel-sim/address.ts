// A1 addresses and rectangles. Rectangles are 0-based and inclusive; everything shown to callers is A1 text as Excel writes it.
import { fail } from "./errors";

/** The size of a worksheet grid. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A block of cells, 0-based and inclusive on both ends. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** Turns a 0-based column index into its letters (0 → "A", 27 → "AB"). */
export function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Turns column letters into a 0-based index ("AB" → 27). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The A1 text of one cell, 0-based in ("C7" for 6, 2). */
export function cellName(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** The A1 text of a rectangle as Excel prints it: "A1", "A1:C3", "A:C" for whole columns, "2:4" for whole rows. */
export function rectToA1(rect: Rect): string {
  const wholeColumns = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  if (wholeRows) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  if (wholeColumns) return `${columnName(rect.c0)}:${columnName(rect.c1)}`;
  const a = cellName(rect.r0, rect.c0);
  const b = cellName(rect.r1, rect.c1);
  return a === b ? a : `${a}:${b}`;
}

/** Quotes a sheet name the way Excel does in addresses: letters of any script, digits, "_" and "." need no quotes. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
  const looksLikeReference =
    /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
  return plain && !looksLikeReference ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The full address Excel reports for a range, e.g. "'Kế hoạch'!A1:C3". */
export function fullAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectToA1(rect)}`;
}

/** Splits "'Kế hoạch'!A1:B2" into the (unquoted) sheet name and the bare address; sheet is null without a prefix. */
export function splitSheet(address: string): { sheet: string | null; ref: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, ref: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1).trim() };
}

type Part = { kind: "cell"; row: number; col: number } | { kind: "col"; col: number } | { kind: "row"; row: number };

function parsePart(text: string): Part | null {
  let m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text);
  if (m) return { kind: "cell", row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  m = /^\$?([A-Za-z]{1,3})$/.exec(text);
  if (m) return { kind: "col", col: columnIndex(m[1]) };
  m = /^\$?(\d+)$/.exec(text);
  if (m) return { kind: "row", row: Number(m[1]) - 1 };
  return null;
}

/** Reads a bare A1 reference ("B2", "A1:C3", "A:A", "3:5") into a rectangle; null when it is not one. */
export function parseRef(ref: string): Rect | null {
  const pieces = ref.split(":");
  if (pieces.length > 2) return null;
  const a = parsePart(pieces[0].trim());
  const b = pieces.length === 2 ? parsePart(pieces[1].trim()) : a;
  if (!a || !b || a.kind !== b.kind || (pieces.length === 1 && a.kind !== "cell")) return null;
  let rect: Rect;
  if (a.kind === "cell" && b.kind === "cell") rect = { r0: a.row, c0: a.col, r1: b.row, c1: b.col };
  else if (a.kind === "col" && b.kind === "col") rect = { r0: 0, c0: a.col, r1: MAX_ROWS - 1, c1: b.col };
  else if (a.kind === "row" && b.kind === "row") rect = { r0: a.row, c0: 0, r1: b.row, c1: MAX_COLUMNS - 1 };
  else return null;
  const norm = normalize(rect);
  return inSheet(norm) ? norm : null;
}

/** Like parseRef, but raises InvalidArgument as Excel does for a malformed address. */
export function parseRefOrFail(ref: string, location: string): Rect {
  return parseRef(ref) ?? fail("InvalidArgument", `"${ref}" is not an A1 address`, location);
}

/** Puts the corners of a rectangle in order. */
export function normalize(rect: Rect): Rect {
  return {
    r0: Math.min(rect.r0, rect.r1),
    c0: Math.min(rect.c0, rect.c1),
    r1: Math.max(rect.r0, rect.r1),
    c1: Math.max(rect.c0, rect.c1),
  };
}

/** True when the rectangle lies inside the grid of a worksheet. */
export function inSheet(rect: Rect): boolean {
  return (
    rect.r0 >= 0 &&
    rect.c0 >= 0 &&
    rect.r1 < MAX_ROWS &&
    rect.c1 < MAX_COLUMNS &&
    rect.r0 <= rect.r1 &&
    rect.c0 <= rect.c1
  );
}

/** The whole worksheet as a rectangle. */
export const WHOLE_SHEET: Rect = { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 };

/** Number of rows of a rectangle. */
export function rows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

/** Number of columns of a rectangle. */
export function cols(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

/** Number of cells of a rectangle. */
export function area(rect: Rect): number {
  return rows(rect) * cols(rect);
}

/** The overlap of two rectangles, or null. */
export function intersect(a: Rect, b: Rect): Rect | null {
  const r: Rect = {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

/** The smallest rectangle covering both. */
export function bounding(a: Rect, b: Rect): Rect {
  return { r0: Math.min(a.r0, b.r0), c0: Math.min(a.c0, b.c0), r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) };
}

/** `a` minus `b` as at most four rectangles, so rules and validations can be cleared from part of their range. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const hit = intersect(a, b);
  if (!hit) return [a];
  const out: Rect[] = [];
  if (a.r0 < hit.r0) out.push({ r0: a.r0, c0: a.c0, r1: hit.r0 - 1, c1: a.c1 });
  if (hit.r1 < a.r1) out.push({ r0: hit.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < hit.c0) out.push({ r0: hit.r0, c0: a.c0, r1: hit.r1, c1: hit.c0 - 1 });
  if (hit.c1 < a.c1) out.push({ r0: hit.r0, c0: hit.c1 + 1, r1: hit.r1, c1: a.c1 });
  return out;
}
