// Before a workbook library is let loose on a file, its bytes are looked at: what kind of file it really is (an .xls,
// an encrypted workbook, an .ods or a Word document renamed .xlsx each get a sentence saying what to do), and whether
// any part of the package would expand past what a plan can need (a zip bomb, or one stray cell that makes a sheet's
// XML hundreds of megabytes). Only the zip's central directory is read: nothing is decompressed here.

/** What a file's first bytes and package directory say it is. */
export type FileKind =
  | { kind: "xlsx"; parts: PackagePart[] }
  | { kind: "encrypted" }
  | { kind: "xls" }
  | { kind: "ods" }
  | { kind: "docx" }
  | { kind: "zip-other" }
  | { kind: "pdf" }
  | { kind: "text"; encoding: "utf8" | "utf16le" | "utf16be" }
  | { kind: "damaged"; reason: string };

/** One part of a zip package as its central directory lists it. */
export interface PackagePart {
  name: string;
  compressed: number;
  uncompressed: number;
}

/** The limits a part must stay within for the file to be opened. */
export interface PartLimits {
  /** Bytes one part may expand to. */
  maxUncompressed: number;
  /** Expansion ratio allowed for parts larger than `ratioFloor` bytes. */
  maxRatio: number;
  ratioFloor: number;
}

/**
 * Measured: a sheet of 300,000 tasks is about 88 MB of XML and `kehoach check` peaks at 0.9 GB over it; 500,000 tasks
 * (141 MB) peak at 1.4 GB. 90 MB keeps reading a workbook under 1 GB, with room far beyond a real plan (a province's
 * tracker holds about 5,000 tasks).
 */
export const DEFAULT_LIMITS: PartLimits = {
  maxUncompressed: 90 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 16 * 1024 * 1024,
};

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = 0x04034b50;
const ZIP_END = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

// An encrypted Office file is an OLE compound file holding a stream named "EncryptedPackage" (names are UTF-16LE).
function holdsUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** Tells what kind of file these bytes are, and for a workbook package, lists its parts. */
export function inspectFile(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, OLE_SIGNATURE))
    return holdsUtf16Name(bytes, "EncryptedPackage") ? { kind: "encrypted" } : { kind: "xls" };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: "pdf" };
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: "text", encoding: "utf16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: "text", encoding: "utf16be" };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 4 && view.getUint32(0, true) === ZIP_LOCAL) {
    const parts = centralDirectory(bytes, view);
    if (typeof parts === "string") return { kind: "damaged", reason: parts };
    const names = new Set(parts.map((p) => p.name));
    if (names.has("xl/workbook.xml") || [...names].some((n) => /^xl\/workbook\d*\.xml$/.test(n)))
      return { kind: "xlsx", parts };
    if (names.has("mimetype") && names.has("content.xml")) return { kind: "ods" };
    if (names.has("word/document.xml")) return { kind: "docx" };
    return { kind: "zip-other" };
  }
  return { kind: "text", encoding: "utf8" };
}

// The end-of-directory record sits in the last 64 KiB (its comment is at most 65,535 bytes); from it, each entry.
function centralDirectory(bytes: Uint8Array, view: DataView): PackagePart[] | string {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) return "zip directory missing (the file is cut short)";
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const parts: PackagePart[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== ZIP_CENTRAL) return "zip directory damaged";
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // 0xFFFFFFFF marks a ZIP64 size: more than 4 GB, past any limit.
    parts.push({
      name,
      compressed,
      uncompressed: uncompressed === 0xffffffff ? Number.MAX_SAFE_INTEGER : uncompressed,
    });
    at += 46 + nameLength + extra + comment;
  }
  return parts;
}

/** The first part that would expand past the limits, with the limit it passes; null when all stay within them. */
export function oversizedPart(
  parts: PackagePart[],
  limits: PartLimits = DEFAULT_LIMITS,
): { part: PackagePart; limit: "size" | "ratio" } | null {
  for (const part of parts) {
    if (part.uncompressed > limits.maxUncompressed) return { part, limit: "size" };
    const ratio = part.uncompressed / Math.max(1, part.compressed);
    if (part.uncompressed > limits.ratioFloor && ratio > limits.maxRatio) return { part, limit: "ratio" };
  }
  return null;
}

// Tags of an XML text, in order: "<name", "</name" or "<name/>"; comments, CDATA, declarations and processing
// instructions are skipped. Enough to find a part whose XML was cut off or garbled, not to validate it.
const TAG =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)([A-Za-z_][\w.:-]*)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;

/** Whether an XML part's elements open and close in order: the check that names a damaged part to the user. */
export function xmlIsBalanced(xml: string): boolean {
  const open: string[] = [];
  let end = 0;
  for (const m of xml.matchAll(TAG)) {
    if (xml.slice(end, m.index).includes("<")) return false;
    end = m.index + m[0].length;
    const [, closing, name, selfClosing] = m;
    if (name === undefined || selfClosing) continue;
    if (!closing) open.push(name);
    else if (open.pop() !== name) return false;
  }
  return open.length === 0 && !xml.slice(end).includes("<");
}
