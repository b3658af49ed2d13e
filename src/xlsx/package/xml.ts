// Small XML helpers for the parts the build reads and edits. The build never loads a part into a DOM: it finds the
// elements it owns by their tags and copies every other character as it was.

// Characters XML 1.0 cannot hold at all; Open XML spells them _xHHHH_ so a cell keeps them.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Text escaped for element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  let out = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  if (NOT_XML.test(out))
    out = out.replace(new RegExp(NOT_XML, "g"), (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`);
  return out;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text with its character and entity references resolved. */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? whole;
    return String.fromCodePoint(ref[1].toLowerCase() === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}

/** The attributes of a start tag's text (after its name), unescaped; prefixed names keep their prefix. */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeXml(m[2] ?? m[3]);
  return out;
}

/** An attribute value by its local name, whatever prefix it is written with. */
export function localAttribute(attrs: Record<string, string>, local: string): string | undefined {
  for (const [k, v] of Object.entries(attrs)) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}

/** The prefix ("x:" or "") the root element of a part is written with. */
export function rootPrefix(xml: string): string {
  const m = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ""));
  return m?.[1] ?? "";
}

/** Every element `tag` (with any prefix): its whole text, its attributes text, its content, and where it sits. */
export function elements(
  xml: string,
  tag: string,
  from = 0,
  to = xml.length,
): { start: number; end: number; attrs: string; inner: string | null }[] {
  const re = new RegExp(`<((?:[\\w.-]+:)?${tag})(?=[\\s/>])([^>]*?)(/?)>`, "g");
  re.lastIndex = from;
  const out: { start: number; end: number; attrs: string; inner: string | null }[] = [];
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    if (m[3] === "/") {
      out.push({ start: m.index, end: re.lastIndex, attrs: m[2], inner: null });
      continue;
    }
    const close = `</${m[1]}>`;
    const closeAt = xml.indexOf(close, re.lastIndex);
    if (closeAt < 0) break;
    out.push({ start: m.index, end: closeAt + close.length, attrs: m[2], inner: xml.slice(re.lastIndex, closeAt) });
    re.lastIndex = closeAt + close.length;
  }
  return out;
}

/** A part's text made of many pieces, turned into UTF-8 a block at a time so no very long string is ever built. */
export class Chunks {
  private readonly blocks: Buffer[] = [];
  private pending: string[] = [];
  private length = 0;

  /** Appends text. */
  add(text: string): void {
    this.pending.push(text);
    this.length += text.length;
    if (this.length > 1 << 16) this.flush();
  }

  /** The text as UTF-8 bytes. */
  toBuffer(): Buffer {
    this.flush();
    return Buffer.concat(this.blocks);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.blocks.push(Buffer.from(this.pending.join(""), "utf8"));
    this.pending = [];
    this.length = 0;
  }
}
