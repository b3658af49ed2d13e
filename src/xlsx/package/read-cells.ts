// The cells of a package's sheets read straight from their XML for the core: values as the user sees them, merges and
// tables. Only cells that hold something are kept (a row with nothing is one shared empty row), so a stray cell far
// from the plan costs one row, not the rows and columns between.
import { MAPPING_SHEET } from "../../core/read/saved-mapping";
import type { CellValue } from "../../core/model/cell-value";
import { parseCellAddress, parseRangeAddress } from "../../core/model/address";
import type { SheetGrid, TableArea, WorkbookGrids } from "../../core/model/grid";
import { withMergedValues } from "../../core/model/merged-cells";
import { formattedValue } from "../../core/read/formatted-value";
import { isMarkSheet, parseMarkRows, sheetMarks } from "../../core/sheets/generated-marks";
import type { OpcPackage } from "./package";
import type { SheetEntry, WorkbookPart } from "./workbook-part";
import { attributes, elements, unescapeXml } from "./xml";

/** What the core needs of a package: its sheets as grids, which of them a tool generated, and the marks sheet. */
export interface PackageCells {
  grids: WorkbookGrids;
  /** Generated sheet name → spec key, from the marks sheet. */
  generated: Map<string, string>;
  /** The marks sheet, when the workbook has one (hidden, named as the tools name it). */
  marks: SheetEntry | null;
}

// Formats Excel knows by id, as far as they tell a date from a number.
const BUILT_IN: Record<number, string> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

const EMPTY_ROW: CellValue[] = [];
const CELL_OR_ROW =
  /<(?:[\w.-]+:)?row(?=[\s/>])([^>]*)>|<(?:[\w.-]+:)?c(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const ATTR = /\b(r|s|t)="([^"]*)"/g;

/** Reads every worksheet of the package (not the marks sheet) into grids, with the generated-sheet marks. */
export function readPackageCells(pkg: OpcPackage, workbook: WorkbookPart): PackageCells {
  const sheets = workbook.sheets();
  const strings = sharedStrings(pkg, workbook.path);
  const formats = cellFormats(pkg, workbook.path);
  const marks = sheets.find((s) => s.kind === "worksheet" && isMarkSheet(s.name, s.state !== "visible")) ?? null;
  const markValues = marks ? sheetValues(pkg.text(marks.part), strings, formats, workbook.date1904) : [];
  const keys = sheetMarks(
    sheets.map((s) => ({ name: s.name })),
    parseMarkRows(markValues.map((r) => r.slice(0, 3))),
  );
  const generated = new Map(
    sheets.flatMap((s, i) => (keys[i] === null ? [] : [[s.name, keys[i]] as [string, string]])),
  );
  // The column-mapping sheet (hidden, named as the tools name it) is settings, not a sheet of the plan.
  const mappingSheet = sheets.find((s) => s.kind === "worksheet" && s.name === MAPPING_SHEET && s.state !== "visible");
  const mapping = mappingSheet
    ? sheetValues(pkg.text(mappingSheet.part), strings, formats, workbook.date1904).map((r) =>
        [0, 1, 2, 3].map((c) => r[c] ?? null),
      )
    : null;
  const grids: SheetGrid[] = [];
  for (const s of sheets) {
    if (s.kind !== "worksheet" || s === marks || s === mappingSheet) continue;
    const xml = pkg.text(s.part);
    const merges = elements(xml, "mergeCell")
      .map((e) => parseRangeAddress(attributes(e.attrs).ref ?? ""))
      .filter((m) => m !== null);
    const values = sheetValues(xml, strings, formats, workbook.date1904);
    // Excel holds a merged area's value in its top-left cell only.
    for (const m of merges)
      for (let r = m.top; r <= m.bottom; r++) {
        const row = values[r - 1];
        if (!row || row === EMPTY_ROW) continue;
        for (let c = m.left; c <= m.right; c++)
          if ((r !== m.top || c !== m.left) && c - 1 < row.length) row[c - 1] = null;
      }
    // A value merged down over several rows stands in each of them, as Excel shows it.
    grids.push(
      withMergedValues(
        {
          name: s.name,
          values,
          tables: tables(pkg, s.part),
          generated: generated.has(s.name),
          hidden: s.state !== "visible",
        },
        merges,
      ),
    );
  }
  return { grids: { sheets: grids, mapping }, generated, marks };
}

// Rows of values (1-based row r at index r-1); cells as the user sees them.
function sheetValues(xml: string, strings: string[], formats: (string | null)[], date1904: boolean): CellValue[][] {
  const start = xml.search(/<(?:[\w.-]+:)?sheetData[\s>]/);
  const values: CellValue[][] = [];
  if (start < 0) return values;
  const end = xml.indexOf("sheetData>", start + 10);
  // A part cut short (a damaged file) would otherwise give the rows before the cut as if they were the whole sheet.
  const selfClosed = /<(?:[\w.-]+:)?sheetData[^>]*\/>/y;
  selfClosed.lastIndex = start;
  if ((end < 0 && !selfClosed.test(xml)) || !/<\/(?:[\w.-]+:)?worksheet>\s*$/.test(xml))
    throw new Error("worksheet part cut short");
  let row = 0;
  let col = 0;
  let cells: CellValue[] = EMPTY_ROW;
  CELL_OR_ROW.lastIndex = start;
  for (let m = CELL_OR_ROW.exec(xml); m && (end < 0 || m.index < end); m = CELL_OR_ROW.exec(xml)) {
    if (m[1] !== undefined) {
      const r = /\br="(\d+)"/.exec(m[1]);
      row = r ? Number(r[1]) : row + 1;
      col = 0;
      cells = EMPTY_ROW;
      continue;
    }
    let ref: string | undefined;
    let s = 0;
    let t = "n";
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(m[2]); a; a = ATTR.exec(m[2])) {
      if (a[1] === "r") ref = a[2];
      else if (a[1] === "s") s = Number(a[2]);
      else t = a[2];
    }
    const at = ref ? parseCellAddress(ref) : null;
    col = at ? at.col : col + 1;
    if (at && at.row !== row) row = at.row;
    const v = cellValue(m[3] ?? "", t, formats[s] ?? null, strings, date1904);
    if (v === null) continue;
    if (cells === EMPTY_ROW) {
      cells = [];
      while (values.length < row - 1) values.push(EMPTY_ROW);
      values[row - 1] = cells;
    }
    while (cells.length < col - 1) cells.push(null);
    cells[col - 1] = v;
  }
  return values;
}

function cellValue(inner: string, t: string, format: string | null, strings: string[], date1904: boolean): CellValue {
  if (t === "inlineStr") return richText(inner);
  const v = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(inner)?.[1];
  if (v === undefined) return null;
  switch (t) {
    case "s":
      return strings[Number(v)] ?? null;
    case "str":
    case "e":
      return unescapeXml(v);
    case "b":
      return v === "1" || v === "true";
    case "d": {
      const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
      return Number.isNaN(d.getTime()) ? unescapeXml(v) : formattedValue(d, format);
    }
    default: {
      const n = Number(v);
      if (Number.isNaN(n)) return unescapeXml(v);
      if (!isDateFormat(format)) return n;
      const date = new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 86400000));
      return formattedValue(date, format);
    }
  }
}

// A format shows a date or time when, outside quotes and brackets, it has a date or time letter.
function isDateFormat(format: string | null): boolean {
  return format !== null && /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

// The text of a string item: its runs' text, without phonetic guides.
function richText(inner: string): string {
  let text = "";
  const body = inner.includes("rPh") ? inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "") : inner;
  for (const m of body.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g)) text += m[1];
  return unescapeXml(text);
}

function sharedStrings(pkg: OpcPackage, workbookPath: string): string[] {
  const rel = pkg.relationships(workbookPath).find((r) => r.type.endsWith("/sharedStrings"));
  if (!rel) return [];
  return elements(pkg.text(rel.target), "si").map((e) => (e.inner === null ? "" : richText(e.inner)));
}

// Each cell format's number format code, by its position in cellXfs.
function cellFormats(pkg: OpcPackage, workbookPath: string): (string | null)[] {
  const rel = pkg.relationships(workbookPath).find((r) => r.type.endsWith("/styles"));
  if (!rel) return [];
  const xml = pkg.text(rel.target);
  const codes = new Map<number, string>(Object.entries(BUILT_IN).map(([k, v]) => [Number(k), v]));
  for (const e of elements(xml, "numFmt")) {
    const a = attributes(e.attrs);
    codes.set(Number(a.numFmtId), a.formatCode ?? "");
  }
  const xfs = elements(xml, "cellXfs")[0];
  if (!xfs?.inner) return [];
  return elements(xfs.inner, "xf").map((e) => codes.get(Number(attributes(e.attrs).numFmtId ?? 0)) ?? null);
}

function tables(pkg: OpcPackage, sheetPart: string): TableArea[] {
  return pkg
    .relationships(sheetPart)
    .filter((r) => r.type.endsWith("/table") && !r.external)
    .flatMap((r) => {
      const e = elements(pkg.text(r.target), "table")[0];
      if (!e) return [];
      const a = attributes(e.attrs);
      const area = parseRangeAddress(a.ref ?? "");
      const name = a.displayName ?? a.name;
      return area && name ? [{ name, ...area, totalsRow: Number(a.totalsRowCount ?? 0) > 0 }] : [];
    });
}
