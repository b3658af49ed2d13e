// The plan sheet's part edited only where the build must: the helper deadline column's cells, its width, and the
// add-in's highlight rules. Every other character of the part is copied as it was, so the user's cells, formats,
// comments, drawings and extensions stay exactly theirs.
import { columnLetters, parseCellAddress, parseRangeAddress, rangeAddress } from "../../core/model/address";
import { isoToExcelSerial } from "../../core/model/dates";
import type { HighlightSpec } from "../../core/sheets/highlight";
import { conditionalFormatXml } from "./sheet-xml";
import { attributes, elements, escapeXml, rootPrefix, unescapeXml } from "./xml";

/** The style and rule positions the edit refers to (from the style table). */
export interface PlanSheetStyles {
  header: number;
  helper: number;
  /** One dxf position per highlight rule, in order. */
  rules: number[];
}

const HELPER_WIDTH = 12;
const DAYS_1900_TO_1904 = 1462;
// Elements that come after conditional formats in a worksheet, in the schema's order.
const AFTER_RULES = [
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The plan sheet's XML with the helper column written and the highlight rules replaced (the user's rules kept). */
export function editPlanSheet(xml: string, spec: HighlightSpec, styles: PlanSheetStyles, date1904: boolean): string {
  const p = rootPrefix(xml);
  const col = spec.helper.col;
  const letter = columnLetters(col);
  const cells = new Map<number, string>();
  cells.set(
    spec.helper.headerRow,
    `<${p}c r="${letter}${spec.helper.headerRow}" s="${styles.header}" t="inlineStr"><${p}is><${p}t>${escapeXml(spec.helper.header)}</${p}t></${p}is></${p}c>`,
  );
  spec.helper.values.forEach((d, i) => {
    const row = spec.helper.top + i;
    const ref = `${letter}${row}`;
    cells.set(
      row,
      d
        ? `<${p}c r="${ref}" s="${styles.helper}"><${p}v>${isoToExcelSerial(d) - (date1904 ? DAYS_1900_TO_1904 : 0)}</${p}v></${p}c>`
        : `<${p}c r="${ref}" s="${styles.helper}"/>`,
    );
  });
  let out = setCells(xml, p, cells);
  out = setColumnWidth(out, p, col);
  out = replaceRules(out, p, spec, styles.rules);
  return widenDimension(
    out,
    col,
    [...cells.keys()].reduce((m, r) => Math.max(m, r), 0),
  );
}

// Writes one cell per row in column `col`, replacing a cell there and keeping the row's cells in column order.
function setCells(xml: string, p: string, cells: Map<number, string>): string {
  const data = elements(xml, "sheetData")[0];
  if (!data) return xml;
  const targets = [...cells.keys()].sort((a, b) => a - b);
  const pieces: string[] = [];
  let t = 0;
  const newRow = (r: number) => `<${p}row r="${r}">${cells.get(r)}</${p}row>`;
  if (data.inner === null) {
    return `${xml.slice(0, data.start)}<${p}sheetData>${targets.map(newRow).join("")}</${p}sheetData>${xml.slice(data.end)}`;
  }
  const innerStart = xml.indexOf(">", data.start) + 1;
  const innerEnd = data.end - `</${p}sheetData>`.length;
  let copied = innerStart;
  pieces.push(xml.slice(0, innerStart));
  let rowNumber = 0;
  // Only the rows the edit touches are looked into; the others are skipped over by their start tags.
  const rowTag = /<((?:[\w.-]+:)?row)(?=[\s/>])([^>]*?)(\/?)>/g;
  rowTag.lastIndex = innerStart;
  for (let m = rowTag.exec(xml); m && m.index < innerEnd && t < targets.length; m = rowTag.exec(xml)) {
    const r = /\br="(\d+)"/.exec(m[2]);
    rowNumber = r ? Number(r[1]) : rowNumber + 1;
    if (targets[t] > rowNumber) continue;
    const close = `</${m[1]}>`;
    const innerAt = rowTag.lastIndex;
    const end = m[3] === "/" ? innerAt : xml.indexOf(close, innerAt) + close.length;
    pieces.push(xml.slice(copied, m.index));
    while (t < targets.length && targets[t] < rowNumber) pieces.push(newRow(targets[t++]));
    if (targets[t] === rowNumber) {
      const inner = m[3] === "/" ? null : xml.slice(innerAt, end - close.length);
      pieces.push(editRow(m[1], m[2].replace(/\/$/, ""), inner, cells.get(rowNumber)!));
      t++;
    } else pieces.push(xml.slice(m.index, end));
    copied = end;
    rowTag.lastIndex = end;
  }
  pieces.push(xml.slice(copied, innerEnd));
  while (t < targets.length) pieces.push(newRow(targets[t++]));
  pieces.push(xml.slice(innerEnd));
  return pieces.join("");
}

function editRow(tagName: string, attrs: string, inner: string | null, cell: string): string {
  const col = columnOf(/\br="([A-Z]+)/.exec(cell)![1]);
  const spans = /\bspans="(\d+):(\d+)"/.exec(attrs);
  const open = spans
    ? attrs.replace(spans[0], `spans="${Math.min(Number(spans[1]), col)}:${Math.max(Number(spans[2]), col)}"`)
    : attrs;
  const body = inner ?? "";
  let at = body.length;
  let end = body.length;
  let c = 0;
  for (const e of elements(body, "c")) {
    const ref = attributes(e.attrs).r;
    c = ref ? (parseCellAddress(ref)?.col ?? c + 1) : c + 1;
    if (c >= col) {
      at = e.start;
      end = c === col ? e.end : e.start;
      break;
    }
  }
  return `<${tagName}${open}>${body.slice(0, at)}${cell}${body.slice(end)}</${tagName}>`;
}

// The helper column gets its width; a column range of the user's that covers it is split around it.
function setColumnWidth(xml: string, p: string, col: number): string {
  const mine = (extra: string) =>
    `<${p}col min="${col}" max="${col}" width="${HELPER_WIDTH}" customWidth="1"${extra}/>`;
  const cols = elements(xml, "cols")[0];
  if (!cols || cols.inner === null) {
    const data = elements(xml, "sheetData")[0];
    if (!data) return xml;
    return `${xml.slice(0, data.start)}<${p}cols>${mine("")}</${p}cols>${xml.slice(data.start)}`;
  }
  const innerStart = xml.indexOf(">", cols.start) + 1;
  for (const e of elements(xml, "col", innerStart, cols.end)) {
    const a = attributes(e.attrs);
    const min = Number(a.min);
    const max = Number(a.max);
    if (min > col) return xml.slice(0, e.start) + mine("") + xml.slice(e.start);
    if (max < col) continue;
    // The user's other settings of the column (its style, hidden…) stay; only the width is the build's.
    const rest = e.attrs.replace(/\s(min|max|width|customWidth)="[^"]*"/g, "").replace(/\/$/, "");
    const part = (lo: number, hi: number) =>
      `<${p}col min="${lo}" max="${hi}"${e.attrs.replace(/\s(min|max)="[^"]*"/g, "").replace(/\/$/, "")}/>`;
    const split = (min < col ? part(min, col - 1) : "") + mine(rest) + (max > col ? part(col + 1, max) : "");
    return xml.slice(0, e.start) + split + xml.slice(e.end);
  }
  const close = cols.end - `</${p}cols>`.length;
  return xml.slice(0, close) + mine("") + xml.slice(close);
}

// Re-running replaces the add-in's own rules (they all test the helper column) and keeps the user's.
function replaceRules(xml: string, p: string, spec: HighlightSpec, dxfIds: number[]): string {
  const helper = `$${columnLetters(spec.helper.col)}${spec.helper.top}`;
  const own = (f: string) => f.includes(helper) || spec.rules.some((r) => r.formula === f);
  let out = xml;
  let last = -1;
  const dataEnd = afterSheetData(out);
  for (const e of elements(out, "conditionalFormatting", dataEnd).reverse()) {
    const formulas = elements(e.inner ?? "", "formula").map((f) => unescapeXml(f.inner ?? ""));
    if (formulas.some(own)) out = out.slice(0, e.start) + out.slice(e.end);
    else if (last < 0) last = e.end;
  }
  const tail = out.slice(dataEnd);
  const priorities = [...tail.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*\bpriority="(\d+)"/g)].map((m) => Number(m[1]));
  const base = priorities.reduce((m, n) => Math.max(m, n), 0);
  const rules = spec.rules.map((r, i) => conditionalFormatXml(r.area, r.formula, dxfIds[i], base + i + 1, p)).join("");
  let at = last;
  if (at < 0) {
    const after = AFTER_RULES.map((t) => elements(out, t, dataEnd)[0]?.start).filter((s) => s !== undefined);
    at = after.length ? Math.min(...after) : out.lastIndexOf(`</${p}worksheet>`);
  }
  return out.slice(0, at) + rules + out.slice(at);
}

// Where the cell data ends: the elements after it are searched from there, not through every row.
function afterSheetData(xml: string): number {
  const at = xml.lastIndexOf("sheetData");
  return at < 0 ? 0 : xml.indexOf(">", at) + 1;
}

function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

// The used-range hint covers the helper column.
function widenDimension(xml: string, col: number, row: number): string {
  const d = elements(xml, "dimension")[0];
  if (!d) return xml;
  const ref = attributes(d.attrs).ref ?? "";
  const area = parseRangeAddress(ref.includes(":") ? ref : `${ref}:${ref}`);
  if (!area || (area.right >= col && area.bottom >= row)) return xml;
  const wider = rangeAddress(area.top, area.left, Math.max(area.bottom, row), Math.max(area.right, col));
  return xml.slice(0, d.start) + xml.slice(d.start, d.end).replace(/ref="[^"]*"/, `ref="${wider}"`) + xml.slice(d.end);
}
