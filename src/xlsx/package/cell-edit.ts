// Writing chosen cells of a worksheet part in place: the rows the edit touches are rewritten with their other cells
// as they were, every other row is copied character for character.
import { columnLetters, parseCellAddress, parseRangeAddress, rangeAddress } from "../../core/model/address";
import { attributes, elements, escapeXml } from "./xml";

/** A cell to write: its XML given the attributes of the cell it replaces (null when the cell did not exist). */
export type CellXml = (ref: string, existing: Record<string, string> | null, prefix: string) => string;

/** Writes cells (row → column → XML maker) into a worksheet part's XML, keeping rows and cells in order. */
export function setCells(xml: string, p: string, cells: Map<number, Map<number, CellXml>>): string {
  const data = elements(xml, "sheetData")[0];
  if (!data) return xml;
  const targets = [...cells.keys()].sort((a, b) => a - b);
  const newRow = (r: number) => `<${p}row r="${r}">${rowCells(r, "", cells.get(r)!, p)}</${p}row>`;
  if (data.inner === null) {
    return `${xml.slice(0, data.start)}<${p}sheetData>${targets.map(newRow).join("")}</${p}sheetData>${xml.slice(data.end)}`;
  }
  const innerStart = xml.indexOf(">", data.start) + 1;
  const innerEnd = data.end - `</${p}sheetData>`.length;
  const pieces: string[] = [xml.slice(0, innerStart)];
  let copied = innerStart;
  let t = 0;
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
      const inner = m[3] === "/" ? "" : xml.slice(innerAt, end - close.length);
      const wanted = cells.get(rowNumber)!;
      pieces.push(
        `<${m[1]}${widenSpans(m[2].replace(/\/$/, ""), wanted)}>${rowCells(rowNumber, inner, wanted, p)}</${m[1]}>`,
      );
      t++;
    } else pieces.push(xml.slice(m.index, end));
    copied = end;
    rowTag.lastIndex = end;
  }
  pieces.push(xml.slice(copied, innerEnd));
  while (t < targets.length) pieces.push(newRow(targets[t++]));
  pieces.push(xml.slice(innerEnd));
  return widenDimension(pieces.join(""), targets, cells);
}

// The row's cells with the wanted ones put in (replacing a cell at the same column), all in column order.
function rowCells(row: number, inner: string, wanted: Map<number, CellXml>, p: string): string {
  const kept: { col: number; xml: string }[] = [];
  const replaced = new Map<number, Record<string, string>>();
  let c = 0;
  let last = 0;
  for (const e of elements(inner, "c")) {
    const attrs = attributes(e.attrs);
    c = attrs.r ? (parseCellAddress(attrs.r)?.col ?? c + 1) : c + 1;
    if (wanted.has(c)) replaced.set(c, attrs);
    else kept.push({ col: c, xml: inner.slice(e.start, e.end) });
    last = e.end;
  }
  const added = [...wanted].map(([col, make]) => {
    const ref = `${columnLetters(col)}${row}`;
    return { col, xml: make(ref, replaced.get(col) ?? null, p) };
  });
  // Whatever follows the cells in the row (an extension list) stays after them.
  return (
    [...kept, ...added]
      .sort((a, b) => a.col - b.col)
      .map((x) => x.xml)
      .join("") + inner.slice(last)
  );
}

function widenSpans(attrs: string, wanted: Map<number, CellXml>): string {
  const spans = /\bspans="(\d+):(\d+)"/.exec(attrs);
  if (!spans) return attrs;
  const cols = [...wanted.keys()];
  return attrs.replace(
    spans[0],
    `spans="${Math.min(Number(spans[1]), ...cols)}:${Math.max(Number(spans[2]), ...cols)}"`,
  );
}

// The used-range hint covers the written cells.
function widenDimension(xml: string, rows: number[], cells: Map<number, Map<number, CellXml>>): string {
  const d = elements(xml, "dimension")[0];
  if (!d || rows.length === 0) return xml;
  const ref = attributes(d.attrs).ref ?? "";
  const area = parseRangeAddress(ref.includes(":") ? ref : `${ref}:${ref}`);
  if (!area) return xml;
  const right = Math.max(...[...cells.values()].flatMap((m) => [...m.keys()]));
  const bottom = rows[rows.length - 1];
  if (area.right >= right && area.bottom >= bottom) return xml;
  const wider = rangeAddress(area.top, area.left, Math.max(area.bottom, bottom), Math.max(area.right, right));
  return xml.slice(0, d.start) + xml.slice(d.start, d.end).replace(/ref="[^"]*"/, `ref="${wider}"`) + xml.slice(d.end);
}

/** A text cell (inline string), keeping the replaced cell's style unless another is given. */
export function textCell(text: string, style?: number): CellXml {
  return (ref, existing, p) => {
    const s = style ?? existing?.s;
    const attr = s !== undefined ? ` s="${s}"` : "";
    if (text === "") return `<${p}c r="${ref}"${attr}/>`;
    return `<${p}c r="${ref}"${attr} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(text)}</${p}t></${p}is></${p}c>`;
  };
}

/** A number cell (a date's serial) with the given style. */
export function numberCell(value: number, style: number): CellXml {
  return (ref, _existing, p) => `<${p}c r="${ref}" s="${style}"><${p}v>${value}</${p}v></${p}c>`;
}
