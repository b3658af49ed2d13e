// The plan sheet's part edited only where the build must: the helper deadline column's cells, its width, and the
// add-in's highlight rules. Every other character of the part is copied as it was, so the user's cells, formats,
// comments, drawings and extensions stay exactly theirs.
import { columnLetters } from "../../core/model/address";
import { numberCell, setCells, textCell, type CellXml } from "./cell-edit";
import { isoToExcelSerial } from "../../core/model/dates";
import type { HighlightSpec } from "../../core/sheets/highlight";
import { conditionalFormatXml } from "./sheet-xml";
import { attributes, elements, rootPrefix, unescapeXml } from "./xml";

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
  const cells = new Map<number, Map<number, CellXml>>();
  cells.set(spec.helper.headerRow, new Map([[col, textCell(spec.helper.header, styles.header)]]));
  spec.helper.values.forEach((d, i) => {
    const row = spec.helper.top + i;
    cells.set(
      row,
      new Map([
        [
          col,
          d
            ? numberCell(isoToExcelSerial(d) - (date1904 ? DAYS_1900_TO_1904 : 0), styles.helper)
            : textCell("", styles.helper),
        ],
      ]),
    );
  });
  let out = setCells(xml, p, cells);
  out = setColumnWidth(out, p, col);
  return replaceRules(out, p, spec, styles.rules);
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
