// `kehoach build` rewrites the workbook through exceljs, which drops PivotTables, charts and shapes: it says so, in
// Vietnamese then English, naming the sheets — except for sheets it replaces anyway. The workbooks with a chart and a
// PivotTable are made by LibreOffice from a flat ODS file, as a user's real file would be.
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
  return { input, output, bytes, ...(await runCli("build", input, "-o", output, "--as-of", "2024-06-30")) };
}

async function partsOf(file: string): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(readFileSync(file))).files);
}

describeWithLibreOffice("kehoach build on a workbook with charts, a PivotTable and a text box", () => {
  it("warns, Vietnamese first, that the output will not have them, naming their sheets; the input is untouched", async () => {
    const r = await built([
      { name: "Kế hoạch", rows: PLAN },
      { name: "Biểu đồ", rows: COUNTS, chart: true, pivot: true },
      { name: "Ghi chú", rows: [["Xem hộp văn bản"]], textBox: true },
      { name: "Số liệu", rows: COUNTS, chart: true },
    ]);
    expect(r.code).toBe(0);
    expect(await partsOf(r.input)).toEqual(
      expect.arrayContaining(["xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml", "xl/drawings/drawing2.xml"]),
    );
    expect(r.stderr).toBe(
      `Cảnh báo: ${r.output} sẽ không có PivotTable (trang "Biểu đồ"), biểu đồ (trang "Biểu đồ", "Số liệu"), hình vẽ, hộp văn bản (trang "Ghi chú") của tệp gốc — công cụ dòng lệnh không chép được chúng (tệp gốc không bị sửa); muốn giữ chúng, hãy dùng phần bổ trợ trong Excel, vốn làm việc ngay trên sổ đang mở. / ` +
        `Warning: ${r.output} will not have the PivotTables (sheet "Biểu đồ"), charts (sheets "Biểu đồ", "Số liệu"), shapes and text boxes (sheet "Ghi chú") of the input — the command-line tool cannot copy them (the input file is unchanged); to keep them, use the add-in in Excel, which works in the open workbook.\n`,
    );
    // The warning is true: the output has none of them, and the input file is as it was.
    expect((await partsOf(r.output)).filter((p) => /^xl\/(charts|pivotTables|drawings)\//.test(p))).toEqual([]);
    expect(readFileSync(r.input).equals(r.bytes)).toBe(true);
  }, 60000);

  it("says nothing when the chart and PivotTable are on a generated sheet the build replaces", async () => {
    const r = await built([
      { name: "Kế hoạch", rows: PLAN },
      { name: "Tổng hợp", rows: COUNTS, chart: true, pivot: true },
      { name: MARK_SHEET, rows: [["Tổng hợp", "summary"]], hidden: true },
    ]);
    expect(await partsOf(r.input)).toEqual(
      expect.arrayContaining(["xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml"]),
    );
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("Tổng hợp,");
  }, 60000);
});

describe("kehoach build on a workbook with a picture", () => {
  it("keeps the picture (exceljs carries pictures over) and warns of nothing", async () => {
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
    await wb.xlsx.writeFile(join(dir, "in.xlsx"));
    const r = await runCli("build", join(dir, "in.xlsx"), "-o", join(dir, "out.xlsx"), "--as-of", "2024-06-30");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(await partsOf(join(dir, "out.xlsx"))).toContain("xl/media/image1.png");
  });
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
