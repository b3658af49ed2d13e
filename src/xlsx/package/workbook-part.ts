// The workbook part of a package: its sheet list, defined names and views, edited where sheets come and go. Removing
// a sheet shifts the positions sheet-scoped names and the active tab refer to, so those are renumbered; nothing else
// of the part changes.
import { posix } from "node:path";
import { quoteSheetName } from "../../core/model/address";
import { CONTENT_TYPE, REL, type OpcPackage } from "./package";
import { attributes, elements, escapeXml, localAttribute, rootPrefix } from "./xml";

/** A sheet as the workbook lists it. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The package path of its part. */
  part: string;
  /** Worksheets hold cells; chartsheets, dialog and macro sheets are kept as they are. */
  kind: "worksheet" | "chartsheet" | "other";
}

/** A package the build refuses, with what to do about it. */
export class PackageRefused extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const STRICT = "http://purl.oclc.org/ooxml/";
const MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The workbook part, open for the build's edits. */
export class WorkbookPart {
  readonly path: string;
  readonly date1904: boolean;
  private xml: string;
  private readonly p: string;
  private readonly r: string;
  private readonly removedIds = new Set<number>();

  constructor(readonly pkg: OpcPackage) {
    const office = pkg.relationships("").find((r) => r.type.endsWith("/officeDocument"));
    if (office?.type.startsWith(STRICT) || pkg.text(office?.target ?? "").includes(`${STRICT}spreadsheetml`)) {
      throw new PackageRefused(
        'Sổ được lưu theo chuẩn Strict Open XML, công cụ dòng lệnh chưa ghi được dạng này: mở trong Excel và lưu lại dạng "Excel Workbook (.xlsx)".',
        'The workbook is saved as Strict Open XML, which the command-line tool does not write: open it in Excel and save it again as "Excel Workbook (.xlsx)".',
      );
    }
    if (!office || !pkg.has(office.target))
      throw new PackageRefused(
        "Tệp không có phần sổ tính (xl/workbook.xml).",
        "The file has no workbook part (xl/workbook.xml).",
      );
    this.path = office.target;
    this.xml = pkg.text(this.path);
    this.p = rootPrefix(this.xml);
    const declared = new RegExp(`xmlns:([\\w.-]+)="${R_NS}"`).exec(this.xml);
    this.r = declared ? declared[1] : "r";
    if (!declared) this.xml = this.xml.replace(/(<[\w:.-]*workbook\b)/, `$1 xmlns:r="${R_NS}"`);
    const pr = elements(this.xml, "workbookPr")[0];
    const d = pr ? attributes(pr.attrs).date1904 : undefined;
    this.date1904 = d === "1" || d === "true";
  }

  /** Whether the workbook holds macros (an .xlsm): its output must stay an .xlsm. */
  macroEnabled(): boolean {
    return this.pkg.contentType(this.path) === MACRO_WORKBOOK;
  }

  /** The sheets, in tab order. */
  sheets(): SheetEntry[] {
    const rels = new Map(this.pkg.relationships(this.path).map((r) => [r.id, r]));
    const list = elements(this.xml, "sheets")[0];
    if (!list?.inner) return [];
    return elements(list.inner, "sheet").map((e) => {
      const a = attributes(e.attrs);
      const relId = localAttribute(a, "id") ?? "";
      const rel = rels.get(relId);
      const type = rel?.type ?? "";
      return {
        name: a.name ?? "",
        sheetId: Number(a.sheetId),
        relId,
        state: a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible",
        part: rel?.target ?? "",
        kind: type.endsWith("/worksheet") ? "worksheet" : type.endsWith("/chartsheet") ? "chartsheet" : "other",
      };
    });
  }

  /** Removes a sheet: its entry, its part with what only it refers to, its scoped names; later names renumbered. */
  removeSheet(name: string): void {
    const sheets = this.sheets();
    const index = sheets.findIndex((s) => s.name === name);
    if (index < 0) return;
    const sheet = sheets[index];
    const list = elements(this.xml, "sheets")[0];
    const inner = elements(this.xml, "sheet", list.start + 1, list.end)[index];
    this.xml = this.xml.slice(0, inner.start) + this.xml.slice(inner.end);
    this.xml = this.renumber(this.xml, index);
    this.pkg.removeRelationships(this.path, new Set([sheet.relId]));
    this.pkg.removeWithOwned(sheet.part);
    this.removedIds.add(sheet.sheetId);
  }

  /** Adds a worksheet at the end, with its table parts; returns its part path. */
  addSheet(
    name: string,
    content: Buffer,
    o: { state?: "veryHidden"; tables?: Buffer[]; printTitles?: [number, number] | null },
  ): string {
    const sheets = this.sheets();
    const sheetId = sheets.reduce((m, s) => Math.max(m, s.sheetId || 0), 0) + 1;
    const part = this.freePart("xl/worksheets/sheet", ".xml");
    this.pkg.put(part, content);
    this.pkg.addContentType(part, CONTENT_TYPE.worksheet);
    // The sheet's XML names its tables rId1, rId2…: a new part's relationships are numbered from 1.
    for (const table of o.tables ?? []) {
      const tablePart = this.freePart("xl/tables/table", ".xml");
      this.pkg.put(tablePart, table);
      this.pkg.addContentType(tablePart, CONTENT_TYPE.table);
      this.pkg.addRelationship(part, REL.table, tablePart);
    }
    const relId = this.pkg.addRelationship(this.path, REL.worksheet, part);
    const p = this.p;
    const list = elements(this.xml, "sheets")[0];
    const entry = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${o.state ? ` state="${o.state}"` : ""} ${this.r}:id="${relId}"/>`;
    if (list.inner === null)
      this.xml = `${this.xml.slice(0, list.start)}<${p}sheets>${entry}</${p}sheets>${this.xml.slice(list.end)}`;
    else {
      const close = list.end - `</${p}sheets>`.length;
      this.xml = this.xml.slice(0, close) + entry + this.xml.slice(close);
    }
    if (o.printTitles) {
      const [top, bottom] = o.printTitles;
      this.addDefinedName("_xlnm.Print_Titles", sheets.length, `${quoteSheetName(name)}!$${top}:$${bottom}`);
    }
    return part;
  }

  /** The next free table id (ids are unique across the workbook) and the table names taken, lower-cased. */
  tables(): { nextId: number; names: Set<string> } {
    let nextId = 1;
    const names = new Set<string>();
    for (const part of this.pkg.names()) {
      if (!/^xl\/tables\/[^/]+\.xml$/.test(part)) continue;
      const e = elements(this.pkg.text(part), "table")[0];
      if (!e) continue;
      const a = attributes(e.attrs);
      nextId = Math.max(nextId, Number(a.id) + 1 || 1);
      for (const n of [a.name, a.displayName]) if (n) names.add(n.toLowerCase());
    }
    return { nextId, names };
  }

  /** The style part's path, created (with the entries every reader expects) when the workbook has none. */
  stylesPath(empty: string): string {
    const rel = this.pkg.relationships(this.path).find((r) => r.type.endsWith("/styles"));
    if (rel && this.pkg.has(rel.target)) return rel.target;
    const part = posix.join(posix.dirname(this.path), "styles.xml");
    this.pkg.put(part, empty);
    this.pkg.addContentType(part, CONTENT_TYPE.styles);
    this.pkg.addRelationship(this.path, REL.styles, part);
    return part;
  }

  /** The shared-string part's path and text ("" when the workbook has none yet). */
  sharedStrings(): { path: string; xml: string } {
    const rel = this.pkg.relationships(this.path).find((r) => r.type.endsWith("/sharedStrings"));
    if (rel && this.pkg.has(rel.target)) return { path: rel.target, xml: this.pkg.text(rel.target) };
    return { path: posix.join(posix.dirname(this.path), "sharedStrings.xml"), xml: "" };
  }

  /** Writes the shared-string part, registering it when the workbook had none. */
  putSharedStrings(path: string, content: Buffer): void {
    const had = this.pkg.has(path);
    this.pkg.put(path, content);
    if (had) return;
    this.pkg.addContentType(path, CONTENT_TYPE.sharedStrings);
    this.pkg.addRelationship(this.path, REL.sharedStrings, path);
  }

  /** Writes the edited workbook part, and drops removed sheets' cells from the calculation chain. */
  save(): void {
    this.pkg.put(this.path, this.xml);
    if (this.removedIds.size > 0) this.pruneCalcChain();
  }

  /** Sets a workbook-wide defined name (replacing one of that name) to a reference or formula. */
  setDefinedName(name: string, value: string): void {
    for (const e of elements(this.xml, "definedName").reverse()) {
      const a = attributes(e.attrs);
      if (a.localSheetId === undefined && a.name?.toLowerCase() === name.toLowerCase())
        this.xml = this.xml.slice(0, e.start) + this.xml.slice(e.end);
    }
    this.addDefinedName(name, null, value);
  }

  private addDefinedName(name: string, localSheetId: number | null, value: string): void {
    const p = this.p;
    const scope = localSheetId === null ? "" : ` localSheetId="${localSheetId}"`;
    const entry = `<${p}definedName name="${name}"${scope}>${escapeXml(value)}</${p}definedName>`;
    const names = elements(this.xml, "definedNames")[0];
    if (names && names.inner !== null) {
      const close = names.end - `</${p}definedNames>`.length;
      this.xml = this.xml.slice(0, close) + entry + this.xml.slice(close);
      return;
    }
    // definedNames follows sheets, functionGroups and externalReferences.
    const before = ["externalReferences", "functionGroups", "sheets"]
      .map((t) => elements(this.xml, t)[0])
      .find((e) => e);
    const at = names ? names.start : before!.end;
    const end = names ? names.end : before!.end;
    this.xml = `${this.xml.slice(0, at)}<${p}definedNames>${entry}</${p}definedNames>${this.xml.slice(end)}`;
  }

  // Sheet-scoped names and views after removing the sheet at `index`: its names go, later positions move up one.
  private renumber(xml: string, index: number): string {
    let out = xml;
    for (const e of elements(out, "definedName").reverse()) {
      const a = attributes(e.attrs);
      if (a.localSheetId === undefined) continue;
      const k = Number(a.localSheetId);
      if (k === index) out = out.slice(0, e.start) + out.slice(e.end);
      else if (k > index)
        out =
          out.slice(0, e.start) +
          out.slice(e.start, e.end).replace(/localSheetId="\d+"/, `localSheetId="${k - 1}"`) +
          out.slice(e.end);
    }
    const names = elements(out, "definedNames")[0];
    if (names && (names.inner === null || names.inner.trim() === ""))
      out = out.slice(0, names.start) + out.slice(names.end);
    for (const e of elements(out, "workbookView").reverse()) {
      const tag = out.slice(e.start, e.end);
      const fixed = tag.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (_, k: string, v: string) => {
        const n = Number(v);
        return `${k}="${n > index ? n - 1 : n === index ? 0 : n}"`;
      });
      out = out.slice(0, e.start) + fixed + out.slice(e.end);
    }
    return out;
  }

  // A calculation chain entry's sheet id, when left out, is the previous entry's.
  private pruneCalcChain(): void {
    const rel = this.pkg.relationships(this.path).find((r) => r.type.endsWith("/calcChain"));
    if (!rel || !this.pkg.has(rel.target)) return;
    const xml = this.pkg.text(rel.target);
    const p = rootPrefix(xml);
    let sheet = 0;
    const kept: string[] = [];
    for (const e of elements(xml, "c")) {
      const a = attributes(e.attrs);
      if (a.i !== undefined) sheet = Number(a.i);
      if (this.removedIds.has(sheet)) continue;
      kept.push(
        a.i !== undefined
          ? xml.slice(e.start, e.end)
          : xml.slice(e.start, e.end).replace(/^<([\w:]+)/, `<$1 i="${sheet}"`),
      );
    }
    if (kept.length === elements(xml, "c").length) return;
    if (kept.length === 0) {
      this.pkg.removeRelationships(this.path, new Set([rel.id]));
      this.pkg.removeWithOwned(rel.target);
      return;
    }
    const list = elements(xml, "calcChain")[0];
    this.pkg.put(
      rel.target,
      `${xml.slice(0, list.start)}<${p}calcChain${list.attrs}>${kept.join("")}</${p}calcChain>${xml.slice(list.end)}`,
    );
  }

  // A part name not in the package: prefix + the first free number + suffix.
  private freePart(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) if (!this.pkg.has(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
  }
}
