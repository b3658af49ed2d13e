// What `kehoach build` cannot carry from its input to its output: exceljs rewrites the workbook from what it
// understands, and PivotTables, charts (on a sheet or as a chart sheet) and drawn shapes are not among it (pictures
// are). They are found in the .xlsx package itself, without opening it in Excel: a sheet's relationships name its
// PivotTables and its drawing, the drawing's relationships name its charts, and the drawing's XML holds the shapes.
import { readFile } from "node:fs/promises";
import { posix } from "node:path";
import JSZip from "jszip";

/** The sheets holding each kind of content a rewrite by exceljs loses. */
export interface LostParts {
  pivotTables: string[];
  charts: string[];
  shapes: string[];
}

/** Finds the PivotTables, charts and shapes of an .xlsx file that exceljs would drop, except on the sheets named (the build replaces those anyway). */
export async function partsExceljsDrops(file: string, replaced: ReadonlySet<string>): Promise<LostParts> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const lost: LostParts = { pivotTables: [], charts: [], shapes: [] };
  const book = (await relationships(zip, "")).find((r) => r.type === "officeDocument");
  if (!book) return lost;
  const parts = await relationships(zip, book.target);
  for (const tag of (await partText(zip, book.target)).matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const attrs = attributes(tag[1]);
    const rid = Object.entries(attrs).find(([k]) => /^\w+:id$/.test(k))?.[1];
    const part = parts.find((r) => r.id === rid);
    const name = attrs.name;
    if (!part || name === undefined || replaced.has(name)) continue;
    if (part.type === "chartsheet") {
      lost.charts.push(name);
      continue;
    }
    const rels = await relationships(zip, part.target);
    if (rels.some((r) => r.type === "pivotTable")) lost.pivotTables.push(name);
    let charts = false;
    let shapes = false;
    for (const drawing of rels.filter((r) => r.type === "drawing")) {
      charts ||= (await relationships(zip, drawing.target)).some((r) => r.type === "chart");
      shapes ||= SHAPE.test(await partText(zip, drawing.target));
    }
    if (charts) lost.charts.push(name);
    if (shapes) lost.shapes.push(name);
  }
  return lost;
}

/** The bilingual warning naming what the output lacks, or null when nothing is lost. */
export function lostPartsWarning(lost: LostParts, output: string): string | null {
  const kinds = [
    { sheets: lost.pivotTables, vi: "PivotTable", en: "PivotTables" },
    { sheets: lost.charts, vi: "biểu đồ", en: "charts" },
    { sheets: lost.shapes, vi: "hình vẽ, hộp văn bản", en: "shapes and text boxes" },
  ].filter((k) => k.sheets.length > 0);
  if (kinds.length === 0) return null;
  const where = (sheets: string[]) => sheets.map((s) => `"${s}"`).join(", ");
  const vi = kinds.map((k) => `${k.vi} (trang ${where(k.sheets)})`).join(", ");
  const en = kinds.map((k) => `${k.en} (${k.sheets.length > 1 ? "sheets" : "sheet"} ${where(k.sheets)})`).join(", ");
  return (
    `Cảnh báo: ${output} sẽ không có ${vi} của tệp gốc — công cụ dòng lệnh không chép được chúng (tệp gốc không bị sửa); muốn giữ chúng, hãy dùng phần bổ trợ trong Excel, vốn làm việc ngay trên sổ đang mở. / ` +
    `Warning: ${output} will not have the ${en} of the input — the command-line tool cannot copy them (the input file is unchanged); to keep them, use the add-in in Excel, which works in the open workbook.`
  );
}

// Drawn shapes, connectors and groups in a drawing part; pictures (kept by exceljs) and chart frames are other elements.
const SHAPE = /<(?:\w+:)?(?:sp|grpSp|cxnSp)[\s/>]/;

interface Relationship {
  id: string;
  /** The last segment of the relationship type ("worksheet", "drawing", "chart"…), the same in every OOXML flavour. */
  type: string;
  /** The package path of the target part. */
  target: string;
}

// The relationships of a part ("" for the package itself), internal targets only.
async function relationships(zip: JSZip, part: string): Promise<Relationship[]> {
  const dir = posix.dirname(part);
  const xml = await partText(
    zip,
    part === "" ? "_rels/.rels" : posix.join(dir, "_rels", `${posix.basename(part)}.rels`),
  );
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)].flatMap((m) => {
    const a = attributes(m[1]);
    if (a.TargetMode === "External" || !a.Id || !a.Type || !a.Target) return [];
    const target = a.Target.startsWith("/") ? a.Target.slice(1) : posix.normalize(posix.join(dir, a.Target));
    return [{ id: a.Id, type: a.Type.slice(a.Type.lastIndexOf("/") + 1), target }];
  });
}

async function partText(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeXml(m[2] ?? m[3]);
  return out;
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return named[ref] ?? whole;
    return String.fromCodePoint(ref[1].toLowerCase() === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}
