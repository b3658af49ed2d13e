// The workbook's style part with the generated sheets' styles added. Cells refer to styles by their position in
// cellXfs (and rules by their position in dxfs), so the user's entries keep their positions: ours are appended, and
// an entry already there with exactly the same XML (an earlier build's) is used again instead of added twice.
import type { CellStyle } from "../../core/sheets/spec";
import { elements, escapeXml, rootPrefix } from "./xml";

// The sections of a style sheet in the order the schema requires, so a missing one is inserted in its place.
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const CHILD: Record<string, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};
type Section = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";

// Number formats every spreadsheet knows by id.
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4 };

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A style part with no user styles: what a package without one is given, with the entries every reader expects. */
export const EMPTY_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/></styleSheet>`;

/** The style table: hands out cellXfs and dxfs positions for the build's styles and writes the merged part. */
export class StyleTable {
  private readonly p: string;
  private readonly existing = new Map<Section, string[]>();
  private readonly added = new Map<Section, string[]>();
  private readonly xfOf = new Map<CellStyle, number>();
  private nextFormatId = 164;

  constructor(private readonly xml: string) {
    this.p = rootPrefix(xml);
    for (const section of Object.keys(CHILD) as Section[]) {
      const found = elements(xml, section)[0];
      const children = found?.inner
        ? elements(found.inner, CHILD[section]).map((e) => found.inner!.slice(e.start, e.end))
        : [];
      this.existing.set(section, children);
      this.added.set(section, []);
    }
    for (const f of this.existing.get("numFmts")!) {
      const id = Number(/numFmtId="(\d+)"/.exec(f)?.[1]);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
  }

  /** The cellXfs position of a style (cells of one style share one entry). */
  xf(s: CellStyle): number {
    let id = this.xfOf.get(s);
    if (id !== undefined) return id;
    const p = this.p;
    const thin = (side: string) => `<${p}${side} style="thin"><${p}color rgb="FFBFBFBF"/></${p}${side}>`;
    const font = this.entry(
      "fonts",
      `<${p}font>${s.bold ? `<${p}b/>` : ""}${s.italic ? `<${p}i/>` : ""}<${p}sz val="${s.size ?? 11}"/>` +
        `${s.color ? `<${p}color rgb="${argb(s.color)}"/>` : ""}<${p}name val="Times New Roman"/><${p}family val="1"/></${p}font>`,
    );
    const fill = s.fill
      ? this.entry(
          "fills",
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(s.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
        )
      : 0;
    const border = s.border
      ? this.entry(
          "borders",
          `<${p}border>${["left", "right", "top", "bottom"].map(thin).join("")}<${p}diagonal/></${p}border>`,
        )
      : 0;
    const format = s.numberFormat ? this.numberFormat(s.numberFormat) : 0;
    const align = `<${p}alignment${s.align ? ` horizontal="${s.align}"` : ""} vertical="top"${s.wrap ? ` wrapText="1"` : ""}/>`;
    id = this.entry(
      "cellXfs",
      `<${p}xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
        `${format ? ` applyNumberFormat="1"` : ""} applyFont="1"${fill ? ` applyFill="1"` : ""}${border ? ` applyBorder="1"` : ""}` +
        ` applyAlignment="1">${align}</${p}xf>`,
    );
    this.xfOf.set(s, id);
    return id;
  }

  /** The dxfs position of a conditional format's look (font colour over a solid fill). */
  dxf(fill: string, font: string): number {
    const p = this.p;
    return this.entry(
      "dxfs",
      `<${p}dxf><${p}font><${p}color rgb="${argb(font)}"/></${p}font><${p}fill><${p}patternFill patternType="solid">` +
        `<${p}bgColor rgb="${argb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`,
    );
  }

  /** Whether the build added anything, so an untouched style part is copied as it was. */
  changed(): boolean {
    return [...this.added.values()].some((a) => a.length > 0);
  }

  /** The style part with the added entries. */
  toXml(): string {
    let xml = this.xml;
    for (const section of Object.keys(CHILD) as Section[]) {
      const added = this.added.get(section)!;
      if (added.length === 0) continue;
      const count = this.existing.get(section)!.length + added.length;
      const found = elements(xml, section)[0];
      const tag = `${this.p}${section}`;
      if (found) {
        const attrs = /\bcount="\d*"/.test(found.attrs)
          ? found.attrs.replace(/\bcount="\d*"/, `count="${count}"`)
          : `${found.attrs} count="${count}"`;
        xml = `${xml.slice(0, found.start)}<${tag}${attrs}>${found.inner ?? ""}${added.join("")}</${tag}>${xml.slice(found.end)}`;
      } else {
        const after = ORDER.slice(ORDER.indexOf(section) + 1)
          .map((s) => elements(xml, s)[0]?.start)
          .filter((at) => at !== undefined);
        const at = after.length ? Math.min(...after) : xml.lastIndexOf(`</${this.p}styleSheet>`);
        xml = `${xml.slice(0, at)}<${tag} count="${count}">${added.join("")}</${tag}>${xml.slice(at)}`;
      }
    }
    return xml;
  }

  private numberFormat(code: string): number {
    if (code in BUILT_IN_FORMATS) return BUILT_IN_FORMATS[code];
    const all = [...this.existing.get("numFmts")!, ...this.added.get("numFmts")!];
    const same = all.find((f) => f.includes(`formatCode="${escapeXml(code)}"`));
    if (same) return Number(/numFmtId="(\d+)"/.exec(same)![1]);
    const id = this.nextFormatId++;
    this.added.get("numFmts")!.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  // The position of an entry: the first with the same XML, else a new one at the end.
  private entry(section: Section, xml: string): number {
    const existing = this.existing.get(section)!;
    const at = existing.indexOf(xml);
    if (at >= 0) return at;
    const added = this.added.get(section)!;
    const i = added.indexOf(xml);
    if (i >= 0) return existing.length + i;
    added.push(xml);
    return existing.length + added.length - 1;
  }
}

/** An Open XML colour ("FF" alpha, then RGB) from a CSS hex colour. */
export function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}
