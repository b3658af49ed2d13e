// The workbook's shared-string table with the generated sheets' text added. A cell refers to its text by position, so
// the user's strings keep theirs: new text is appended, and text already there as a plain string (an earlier build's,
// or the user's) is referred to again rather than added twice, so rebuilding does not grow the table.
import { elements, escapeXml, rootPrefix, unescapeXml } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PLAIN = /^<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>$/;

/** The shared strings: positions handed out for the build's text, and the merged part. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly existing: number;
  private references = 0;
  private readonly p: string;

  constructor(private readonly xml: string) {
    this.p = rootPrefix(xml);
    const items = xml ? elements(xml, "si") : [];
    this.existing = items.length;
    items.forEach((e, i) => {
      const plain = PLAIN.exec(e.inner ?? "");
      if (!plain) return;
      const text = unescapeXml(plain[1]);
      if (!this.index.has(text)) this.index.set(text, i);
    });
  }

  /** The position of a text in the table (added when new). */
  of(text: string): number {
    this.references++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.existing + this.added.length;
      this.index.set(text, i);
      this.added.push(text);
    }
    return i;
  }

  /** Whether the build added any text. */
  changed(): boolean {
    return this.added.length > 0;
  }

  /** The part with the added strings, as UTF-8 bytes. */
  toBuffer(): Buffer {
    const p = this.p;
    const items = this.added.map(
      (t) => `<${p}si><${p}t${/^\s|\s$/.test(t) ? ' xml:space="preserve"' : ""}>${escapeXml(t)}</${p}t></${p}si>`,
    );
    const unique = this.existing + this.added.length;
    if (!this.xml)
      return Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${this.references}" uniqueCount="${unique}">${items.join("")}</sst>`,
      );
    const root = elements(this.xml, "sst")[0];
    const count = Number(/\bcount="(\d+)"/.exec(root.attrs)?.[1] ?? this.existing) + this.references;
    const attrs = root.attrs
      .replace(/\/$/, "")
      .replace(/\s(count|uniqueCount)="\d*"/g, "")
      .concat(` count="${count}" uniqueCount="${unique}"`);
    const head = `${this.xml.slice(0, root.start)}<${p}sst${attrs}>${root.inner ?? ""}`;
    return Buffer.concat([
      Buffer.from(head),
      ...chunked(items).map((s) => Buffer.from(s)),
      Buffer.from(`</${p}sst>${this.xml.slice(root.end)}`),
    ]);
  }
}

// Joined a block at a time, so no very long string is built.
function chunked(items: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += 4096) out.push(items.slice(i, i + 4096).join(""));
  return out;
}
