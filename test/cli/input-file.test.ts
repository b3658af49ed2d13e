// Files that are not what their name says, or that would expand past memory, are refused before any workbook library
// opens them, each with one sentence saying what to do.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CliError } from "../../src/cli/cli-error";
import { readWorkbookFile, unreadableWorkbook } from "../../src/cli/input-file";
import { inspectFile, oversizedPart, xmlIsBalanced } from "../../src/xlsx/package-guard";
import { tempDir } from "../helpers/tmp";

async function realWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Kế hoạch").addRow(["Stt", "Nội dung", "Cơ quan chủ trì", "Thời gian"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// The uncompressed size a zip's central directory gives a part, rewritten: what a zip bomb looks like to a reader.
function claimSize(zip: Buffer, part: string, uncompressed: number): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(part);
  for (let at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0;) {
    const nameLength = out.readUInt16LE(at + 28);
    if (out.subarray(at + 46, at + 46 + nameLength).equals(name)) out.writeUInt32LE(uncompressed, at + 24);
    at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 46);
  }
  return out;
}

async function refusal(bytes: Buffer, fileName = "plan.xlsx"): Promise<string> {
  const path = join(tempDir(), fileName);
  writeFileSync(path, bytes);
  try {
    await readWorkbookFile(path);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    const message = (e as CliError).message;
    expect(message).not.toMatch(/undefined|Error:|at \w+ \(/);
    return message;
  }
  throw new Error("not refused");
}

describe("what a file really is", () => {
  test("a real workbook is read, with its parts listed", async () => {
    const bytes = await realWorkbook();
    const found = inspectFile(bytes);
    expect(found.kind).toBe("xlsx");
    if (found.kind === "xlsx") expect(found.parts.map((p) => p.name)).toContain("xl/worksheets/sheet1.xml");
    const path = join(tempDir(), "plan.xlsx");
    writeFileSync(path, bytes);
    expect((await readWorkbookFile(path)).equals(bytes)).toBe(true);
  });

  test("an encrypted workbook: remove the password", async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from("EncryptedPackage", "utf16le").copy(ole, 1024);
    expect(await refusal(ole)).toMatch(/mật khẩu.*password/);
  });

  test("an .xls renamed .xlsx: save as .xlsx", async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from("Workbook", "utf16le").copy(ole, 1024);
    expect(await refusal(ole)).toMatch(/\.xls\).*Excel Workbook \(\.xlsx\)/);
  });

  test("an .ods, a Word document, a PDF, a CSV and a UTF-16 text export each say what to do", async () => {
    const ods = new JSZip();
    ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    ods.file("content.xml", "<office:document-content/>");
    expect(await refusal(await ods.generateAsync({ type: "nodebuffer" }))).toMatch(/OpenDocument.*Save As/);
    const docx = new JSZip();
    docx.file("[Content_Types].xml", "<Types/>");
    docx.file("word/document.xml", "<w:document/>");
    expect(await refusal(await docx.generateAsync({ type: "nodebuffer" }))).toMatch(/Word.*kehoach import/);
    expect(await refusal(Buffer.from("%PDF-1.7\n"))).toMatch(/PDF/);
    expect(await refusal(Buffer.from("Stt,Nội dung\n1,Việc\n"), "plan.csv")).toMatch(/CSV.*save it as \.xlsx/);
    expect(await refusal(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Stt\tNội dung", "utf16le")]))).toMatch(
      /text file/,
    );
  });

  test("a truncated workbook is damaged: open and re-save it in Excel", async () => {
    const bytes = await realWorkbook();
    expect(await refusal(bytes.subarray(0, Math.floor(bytes.length * 0.6)))).toMatch(/hỏng.*damaged.*repair/);
  });

  test("a missing file names the path", async () => {
    await expect(readWorkbookFile(join(tempDir(), "nowhere.xlsx"))).rejects.toThrow(
      /Không tìm thấy tệp .*nowhere\.xlsx.*File not found/,
    );
  });
});

describe("parts that would expand past memory", () => {
  test("a sheet claiming 300 MB is refused by name and limit, before anything is decompressed", async () => {
    const bomb = claimSize(await realWorkbook(), "xl/worksheets/sheet1.xml", 300 * 1024 * 1024);
    const message = await refusal(bomb);
    expect(message).toContain('"xl/worksheets/sheet1.xml"');
    expect(message).toMatch(/300 MB.*90 MB/);
  });

  test("a small part compressed far beyond any XML's ratio is refused by ratio", () => {
    const parts = [{ name: "xl/worksheets/sheet1.xml", compressed: 100_000, uncompressed: 80 * 1024 * 1024 }];
    expect(oversizedPart(parts)).toEqual({ part: parts[0], limit: "ratio" });
    expect(oversizedPart([{ ...parts[0], compressed: 10 * 1024 * 1024 }])).toBeNull();
  });
});

describe("a damaged part is named", () => {
  test("XML cut off or garbled is told from XML that is whole", () => {
    expect(xmlIsBalanced('<?xml version="1.0"?><a x="1>2"><b/><c>t</c><!-- <x> --><![CDATA[<y>]]></a>')).toBe(true);
    expect(xmlIsBalanced("<a><b></a>")).toBe(false);
    expect(xmlIsBalanced("<a><b>x</b")).toBe(false);
    expect(xmlIsBalanced("<a>")).toBe(false);
  });

  test("a sheet whose XML was cut in half: exceljs cannot read it, and the sentence names the part", async () => {
    const zip = await JSZip.loadAsync(await realWorkbook());
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", sheet.slice(0, Math.floor(sheet.length / 2)));
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer)).rejects.toThrow();
    const error = await unreadableWorkbook("/x/plan.xlsx", bytes);
    expect(error.message).toMatch(
      /plan\.xlsx bị hỏng ở phần "xl\/worksheets\/sheet1\.xml".*damaged in part "xl\/worksheets\/sheet1\.xml"/,
    );
  });
});
