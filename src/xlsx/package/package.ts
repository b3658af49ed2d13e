// An Open Packaging Conventions package (the zip behind .xlsx and .xlsm) opened for editing: parts by name,
// relationships, content types. A part nobody replaces is written back as the very bytes it was read as.
import { posix } from "node:path";
import { entryBytes, newEntry, readZip, writeZip, type ZipEntry } from "./zip";
import { attributes, elements, escapeXml } from "./xml";

/** One relationship of a part. */
export interface Relationship {
  id: string;
  /** The full relationship type URI. */
  type: string;
  /** The package path of the target part (for an internal target), or the target as written (external). */
  target: string;
  external: boolean;
}

/** The relationship type URIs of transitional Open XML, the flavour the build writes. */
export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
} as const;

/** Content types of the parts the build writes. */
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
} as const;

const CONTENT_TYPES = "[Content_Types].xml";

/** The relationships part of a part ("" for the package's own). */
export function relsPath(part: string): string {
  return part === "" ? "_rels/.rels" : posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** A package in memory: its parts, in the order they were stored, changed ones replaced. */
export class OpcPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly replaced = new Set<string>();

  constructor(bytes: Buffer) {
    for (const e of readZip(bytes)) if (!e.name.endsWith("/")) this.entries.set(e.name, e);
  }

  /** Whether the package holds a part. */
  has(part: string): boolean {
    return this.entries.has(part);
  }

  /** Every part name, in order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** A part's bytes, uncompressed; null when there is none. */
  bytes(part: string): Buffer | null {
    const e = this.entries.get(part);
    return e ? entryBytes(e) : null;
  }

  /** A part's text (UTF-8, without a byte-order mark); "" when there is none. */
  text(part: string): string {
    const b = this.bytes(part);
    if (!b) return "";
    return b.toString("utf8", b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0);
  }

  /** Sets a part's content (added at the end when new, replaced in place otherwise). */
  put(part: string, content: Buffer | string): void {
    this.entries.set(part, newEntry(part, typeof content === "string" ? Buffer.from(content, "utf8") : content));
    this.replaced.add(part);
  }

  /** Removes a part. */
  remove(part: string): void {
    this.entries.delete(part);
  }

  /** The parts the build wrote or changed. */
  written(): Set<string> {
    return new Set([...this.replaced].filter((p) => this.entries.has(p)));
  }

  /** Writes the package as a zip file. */
  async write(path: string): Promise<void> {
    await writeZip(path, [...this.entries.values()]);
  }

  /** The relationships of a part ("" for the package), targets resolved to package paths. */
  relationships(part: string): Relationship[] {
    const dir = part === "" ? "" : posix.dirname(part);
    return elements(this.text(relsPath(part)), "Relationship").map((e) => {
      const a = attributes(e.attrs);
      const external = a.TargetMode === "External";
      const raw = a.Target ?? "";
      const target = external ? raw : raw.startsWith("/") ? raw.slice(1) : posix.normalize(posix.join(dir, raw));
      return { id: a.Id ?? "", type: a.Type ?? "", target, external };
    });
  }

  /** Removes relationships of a part by id (and the relationships part when none is left). */
  removeRelationships(part: string, ids: Set<string>): void {
    const path = relsPath(part);
    let xml = this.text(path);
    for (const e of elements(xml, "Relationship").reverse())
      if (ids.has(attributes(e.attrs).Id ?? "")) xml = xml.slice(0, e.start) + xml.slice(e.end);
    if (elements(xml, "Relationship").length === 0 && part !== "") {
      this.remove(path);
      this.removeContentType(path);
    } else this.put(path, xml);
  }

  /** Adds a relationship from a part to another part and returns its id. */
  addRelationship(part: string, type: string, target: string): string {
    const path = relsPath(part);
    const xml =
      this.text(path) ||
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const taken = new Set(this.relationships(part).map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const relative = posix.relative(part === "" ? "" : posix.dirname(part), target);
    const at = xml.lastIndexOf("</");
    this.put(
      path,
      `${xml.slice(0, at)}<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relative)}"/>${xml.slice(at)}`,
    );
    return id;
  }

  /** Declares a part's content type. */
  addContentType(part: string, type: string): void {
    const xml = this.text(CONTENT_TYPES);
    const at = xml.lastIndexOf("</");
    this.put(
      CONTENT_TYPES,
      `${xml.slice(0, at)}<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>${xml.slice(at)}`,
    );
  }

  /** Removes a part's content-type override. */
  removeContentType(part: string): void {
    let xml = this.text(CONTENT_TYPES);
    const before = xml;
    for (const e of elements(xml, "Override").reverse())
      if ((attributes(e.attrs).PartName ?? "").toLowerCase() === `/${part}`.toLowerCase())
        xml = xml.slice(0, e.start) + xml.slice(e.end);
    if (xml !== before) this.put(CONTENT_TYPES, xml);
  }

  /** The content type a part is declared with (its override, else the default for its extension). */
  contentType(part: string): string | null {
    const xml = this.text(CONTENT_TYPES);
    for (const e of elements(xml, "Override")) {
      const a = attributes(e.attrs);
      if ((a.PartName ?? "").toLowerCase() === `/${part}`.toLowerCase()) return a.ContentType ?? null;
    }
    const ext = posix.extname(part).slice(1).toLowerCase();
    for (const e of elements(xml, "Default")) {
      const a = attributes(e.attrs);
      if ((a.Extension ?? "").toLowerCase() === ext) return a.ContentType ?? null;
    }
    return null;
  }

  /** Removes a part with what only it refers to: its relationships part and the parts no other part points at. */
  removeWithOwned(part: string): void {
    const owned = this.relationships(part).filter((r) => !r.external);
    this.remove(part);
    this.removeContentType(part);
    this.remove(relsPath(part));
    for (const r of owned) if (this.has(r.target) && !this.referenced(r.target)) this.removeWithOwned(r.target);
  }

  // Whether any relationships part still points at a part.
  private referenced(part: string): boolean {
    for (const name of this.names()) {
      if (!name.endsWith(".rels")) continue;
      const source =
        name === "_rels/.rels" ? "" : posix.join(posix.dirname(posix.dirname(name)), posix.basename(name, ".rels"));
      if (this.relationships(source).some((r) => !r.external && r.target === part)) return true;
    }
    return false;
  }
}
