// `kehoach build` edits the .xlsx package: every part it does not generate comes out with the same content (compared
// uncompressed; the build also copies their compressed bytes unchanged) — PivotTables, charts, shapes, pictures,
// threaded comments, slicers and macros. The workbooks with a chart and a PivotTable are made by LibreOffice from a
// flat ODS file, as a user's real file would be; the other parts are added by hand as Excel writes them.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "../../src/core/model/cell-value";
import { MARK_SHEET } from "../../src/core/sheets/generated-marks";
import { runCli } from "../helpers/run-cli";
import { matrixPlan } from "../helpers/seed";
import { tempDir } from "../helpers/tmp";

const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
const describeWithLibreOffice = soffice ? describe : describe.skip;
if (!soffice)
  console.warn("LibreOffice (soffice) not installed: the check on workbooks with charts and PivotTables is skipped.");

const PLAN = matrixPlan([
  ["1.", "Xây dựng kế hoạch phối hợp", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I"],
  ["2.", "Tổng kết công tác phối hợp", "Phối hợp", "Chủ trì", null, "Quý IV"],
]).sheets[0].values;

/** A sheet of the flat ODS file: cells, and optionally a bar chart and a PivotTable over its first two columns, a text box. */
interface OdsSheet {
  name: string;
  rows: CellValue[][];
  chart?: boolean;
  pivot?: boolean;
  textBox?: boolean;
  hidden?: boolean;
}

const COUNTS: CellValue[][] = [
  ["Cơ quan", "Số nhiệm vụ"],
  ["Sở Tài chính", 3],
  ["Sở Nội vụ", 5],
  ["Sở Tài chính", 2],
];

// Parts the build writes or edits; every other part must come out as it went in.
const OWNED =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml)$/;

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("nodebuffer"));
  return out;
}

// The plan sheet's part is edited (helper column, rules); the sheet holding it is found by its name.
async function planSheetPart(file: string): Promise<string> {
  const z = await parts(file);
  const wb = z.get("xl/workbook.xml")!.toString();
  const rels = z.get("xl/_rels/workbook.xml.rels")!.toString();
  const id = /<sheet [^>]*name="Kế hoạch"[^>]*r:id="(\w+)"/.exec(wb)![1];
  return "xl/" + new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1].replace(/^\/?xl\//, "");
}

/** Asserts every part of the input the build does not own is in the output with identical content; returns the output's parts. */
async function expectPartsKept(
  input: string,
  output: string,
  replaced: RegExp | null = null,
): Promise<Map<string, Buffer>> {
  const before = await parts(input);
  const after = await parts(output);
  const plan = await planSheetPart(input);
  let compared = 0;
  for (const [name, bytes] of before) {
    if (OWNED.test(name) || name === plan || replaced?.test(name)) continue;
    expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
    compared++;
  }
  expect(compared).toBeGreaterThan(3);
  return after;
}

// LibreOffice saves the sheets as in.xlsx, then `kehoach build in.xlsx -o out.xlsx` runs; the input's bytes are kept.
async function built(sheets: OdsSheet[]) {
  const dir = tempDir();
  writeFileSync(join(dir, "in.fods"), fods(sheets));
  execFileSync(soffice, ["--headless", "--convert-to", "xlsx", "--outdir", dir, join(dir, "in.fods")], {
    stdio: "ignore",
    env: { ...process.env, HOME: dir },
  });
  const input = join(dir, "in.xlsx");
  const output = join(dir, "out.xlsx");
  const bytes = readFileSync(input);
  return { dir, input, output, bytes, ...(await runCli("build", input, "-o", output, "--as-of", "2024-06-30")) };
}

describeWithLibreOffice("kehoach build on a workbook with charts, a PivotTable and a text box", () => {
  it("keeps them: every part it does not generate is identical, LibreOffice opens and recalculates the result", async () => {
    const r = await built([
      { name: "Kế hoạch", rows: PLAN },
      { name: "Biểu đồ", rows: COUNTS, chart: true, pivot: true },
      { name: "Ghi chú", rows: [["Xem hộp văn bản"]], textBox: true },
      { name: "Số liệu", rows: COUNTS, chart: true },
    ]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const after = await expectPartsKept(r.input, r.output);
    for (const p of ["xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml", "xl/drawings/drawing2.xml"])
      expect(after.has(p)).toBe(true);
    expect(readFileSync(r.input).equals(r.bytes)).toBe(true);
    // exceljs reads the result; LibreOffice opens it, recalculates and gives the summary's counts.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.output);
    expect(wb.getWorksheet("Tổng hợp")).toBeDefined();
    execFileSync(soffice, ["--headless", "--convert-to", "pdf", "--outdir", r.dir, r.output], {
      stdio: "ignore",
      env: { ...process.env, HOME: r.dir },
    });
    expect(readFileSync(join(r.dir, "out.pdf")).subarray(0, 4).toString()).toBe("%PDF");
  }, 90000);

  it("replaces a generated sheet with its chart and PivotTable; the user's other parts stay", async () => {
    const r = await built([
      { name: "Kế hoạch", rows: PLAN },
      { name: "Tổng hợp", rows: COUNTS, chart: true, pivot: true },
      { name: MARK_SHEET, rows: [["Tổng hợp", "summary"]], hidden: true },
    ]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("Tổng hợp,");
    const after = await parts(r.output);
    expect(after.has("xl/pivotTables/pivotTable1.xml")).toBe(false);
    // Every relationship of the output resolves to a part, and every part has a content type.
    const types = after.get("[Content_Types].xml")!.toString();
    for (const [name, bytes] of after) {
      if (!name.endsWith(".rels")) continue;
      const base = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1").replace(/[^/]+$/, "");
      for (const m of bytes.toString().matchAll(/Target="([^"]+)"(?! TargetMode="External")/g)) {
        const target = m[1].startsWith("/") ? m[1].slice(1) : join(base, m[1]).replace(/\\/g, "/");
        expect([name, m[1], after.has(target)]).toEqual([name, m[1], true]);
      }
    }
    for (const name of after.keys()) {
      const ext = name.split(".").pop()!;
      expect([name, types.includes(`PartName="/${name}"`) || types.includes(`Extension="${ext}"`)]).toEqual([
        name,
        true,
      ]);
    }
  }, 90000);
});

describe("kehoach build on a workbook with a picture, a threaded comment, a slicer and macros", () => {
  it("keeps every part of an .xlsm as it was, writes an .xlsm, and refuses to write its macros into an .xlsx", async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    PLAN.forEach((row, i) => row.forEach((v, j) => void (ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue)));
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    );
    wb.addWorksheet("Logo").addImage(
      wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" }),
      "B2:C3",
    );
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    // Parts as Excel writes them: a threaded comment and a slicer on the plan sheet, a VBA project on the workbook.
    const sheetRels = "xl/worksheets/_rels/sheet1.xml.rels";
    const rels =
      (await zip.file(sheetRels)?.async("string")) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    zip.file(
      sheetRels,
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rIdTc1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>` +
          `<Relationship Id="rIdSl1" Type="http://schemas.microsoft.com/office/2007/relationships/slicer" Target="../slicers/slicer1.xml"/></Relationships>`,
      ),
    );
    zip.file(
      "xl/threadedComments/threadedComment1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="B2" dT="2024-05-01T08:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>Hỏi lại Ban Dân vận</text></threadedComment></ThreadedComments>`,
    );
    zip.file(
      "xl/slicers/slicer1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<slicers xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><slicer name="Cơ quan" cache="Slicer_Co_quan" caption="Cơ quan" rowHeight="241300"/></slicers>`,
    );
    zip.file("xl/vbaProject.bin", Buffer.from("VBA project bytes, kept as they are \u0000\u0001\u0002", "binary"));
    const wbRels = (await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).replace(
      "</Relationships>",
      `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`,
    );
    zip.file("xl/_rels/workbook.xml.rels", wbRels);
    const types = (await zip.file("[Content_Types].xml")!.async("string"))
      .replace("spreadsheetml.sheet.main+xml", "XXX")
      .replace(
        /application\/vnd\.openxmlformats-officedocument\.XXX/,
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      )
      .replace(
        "</Types>",
        `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>` +
          `<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>` +
          `<Override PartName="/xl/slicers/slicer1.xml" ContentType="application/vnd.ms-excel.slicer+xml"/></Types>`,
      );
    zip.file("[Content_Types].xml", types);
    const input = join(dir, "in.xlsm");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));

    const refused = await runCli("build", input, "-o", join(dir, "out.xlsx"), "--as-of", "2024-06-30");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("out.xlsm");
    const output = join(dir, "out.xlsm");
    const r = await runCli("build", input, "-o", output, "--as-of", "2024-06-30");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const after = await expectPartsKept(input, output);
    for (const p of [
      "xl/vbaProject.bin",
      "xl/media/image1.png",
      "xl/threadedComments/threadedComment1.xml",
      "xl/slicers/slicer1.xml",
    ])
      expect(after.has(p)).toBe(true);
    expect(after.get("[Content_Types].xml")!.toString()).toContain("macroEnabled.main+xml");
    // Built again from its own output: the generated sheets are replaced, the user's parts still identical.
    const again = join(dir, "again.xlsm");
    expect((await runCli("build", output, "-o", again, "--as-of", "2024-06-30")).code).toBe(0);
    await expectPartsKept(input, again);
  }, 30000);
});

// A flat ODS document: LibreOffice turns its charts into xl/charts, its DataPilots into xl/pivotTables and its
// rectangles into shapes of xl/drawings.
function fods(sheets: OdsSheet[]): string {
  const ref = (sheet: string, a1: string) => `'${sheet}'.${a1}`;
  const tables = sheets.map((s) => {
    const textBox = s.textBox
      ? `<draw:rect draw:z-index="1" svg:width="4cm" svg:height="2cm" svg:x="6cm" svg:y="1cm"><text:p>Ghi chú</text:p></draw:rect>`
      : "";
    const chart = s.chart
      ? `<draw:frame draw:z-index="0" svg:width="8cm" svg:height="6cm" svg:x="6cm" svg:y="0cm"><draw:object>` +
        `<office:document office:mimetype="application/vnd.oasis.opendocument.chart" office:version="1.2"><office:body><office:chart>` +
        `<chart:chart chart:class="chart:bar" svg:width="8cm" svg:height="6cm"><chart:plot-area table:cell-range-address="${ref(s.name, "A1")}:${ref(s.name, "B4")}" chart:data-source-has-labels="both">` +
        `<chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories table:cell-range-address="${ref(s.name, "A2")}:${ref(s.name, "A4")}"/></chart:axis>` +
        `<chart:axis chart:dimension="y" chart:name="primary-y"/>` +
        `<chart:series chart:values-cell-range-address="${ref(s.name, "B2")}:${ref(s.name, "B4")}" chart:label-cell-address="${ref(s.name, "B1")}" chart:class="chart:bar"/>` +
        `</chart:plot-area></chart:chart></office:chart></office:body></office:document></draw:object></draw:frame>`
      : "";
    const shapes = chart || textBox ? `<table:shapes>${chart}${textBox}</table:shapes>` : "";
    const rows = s.rows.map((row) => `<table:table-row>${row.map(odsCell).join("")}</table:table-row>`).join("");
    return `<table:table table:name="${xml(s.name)}"${s.hidden ? ' table:style-name="hidden"' : ""}>${shapes}${rows}</table:table>`;
  });
  const pivots = sheets
    .filter((s) => s.pivot)
    .map(
      (s, i) =>
        `<table:data-pilot-table table:name="DataPilot${i + 1}" table:target-range-address="${ref(s.name, "D10")}:${ref(s.name, "E14")}">` +
        `<table:source-cell-range table:cell-range-address="${ref(s.name, "A1")}:${ref(s.name, "B4")}"/>` +
        `<table:data-pilot-field table:source-field-name="${xml(String(s.rows[0][0]))}" table:orientation="row"/>` +
        `<table:data-pilot-field table:source-field-name="${xml(String(s.rows[0][1]))}" table:orientation="data" table:function="sum"/>` +
        `</table:data-pilot-table>`,
    );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ` +
    `xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ` +
    `xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" ` +
    `xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">` +
    `<office:automatic-styles><style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>` +
    `<office:body><office:spreadsheet>${tables.join("")}${pivots.length ? `<table:data-pilot-tables>${pivots.join("")}</table:data-pilot-tables>` : ""}</office:spreadsheet></office:body></office:document>`
  );
}

function odsCell(v: CellValue): string {
  if (v === null) return "<table:table-cell/>";
  if (typeof v === "number")
    return `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  return `<table:table-cell office:value-type="string"><text:p>${xml(String(v))}</text:p></table:table-cell>`;
}

function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}
