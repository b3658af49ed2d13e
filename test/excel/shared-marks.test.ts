// The marks of generated sheets are one format for both tools: a workbook built by `kehoach build` and opened in
// Excel, or built by the add-in and given to `kehoach build`, has its generated sheets replaced in place, never
// copied beside as "… (2)", and the user's sheets are left exactly as they were.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { importPlanText } from "../../src/cli/commands";
import { MARK_SHEET } from "../../src/core/sheets/generated-marks";
import { buildAgencySheets, buildQuarterReport, buildSummary } from "../../src/excel";
import { quarterReportKey } from "../../src/excel/build-quarter-report";
import type { SimWorkbook } from "../excel-sim";
import { runCli } from "../helpers/run-cli";
import { SEED_TEXT } from "../helpers/seed";
import { tempDir } from "../helpers/tmp";
import { AS_OF } from "./helpers/fixtures";
import { sheetSnapshot } from "./helpers/parity";
import { envOf, simFromExcelJs, xlsxFromSim } from "./helpers/workbooks";

const AGENCY_SHEETS = ["Ban Dân vận Thành ủy", "Ban Quản lý Khu kinh tế Hải…", "Liên đoàn Lao động thành phố"];

// The seed plan as imported, with two sheets of the user's: notes, and their own "Tổng hợp" (a generated name).
function seedWithUserSheets(): ExcelJS.Workbook {
  const wb = importPlanText(SEED_TEXT, null);
  wb.addWorksheet("Ghi chép").getCell("A1").value = "Ghi chép riêng của tôi";
  wb.addWorksheet("Tổng hợp").getCell("A1").value = "Tổng hợp của tôi";
  return wb;
}

// Saves the workbook, runs `kehoach build` on the file and opens both files again.
async function kehoachBuild(
  workbook: ExcelJS.Workbook,
): Promise<{ input: ExcelJS.Workbook; output: ExcelJS.Workbook; stdout: string }> {
  const dir = tempDir();
  await workbook.xlsx.writeFile(join(dir, "in.xlsx"));
  const r = await runCli("build", join(dir, "in.xlsx"), "-o", join(dir, "out.xlsx"), "--as-of", AS_OF);
  expect(r).toMatchObject({ code: 0, stderr: "" });
  const [input, output] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
  await input.xlsx.readFile(join(dir, "in.xlsx"));
  await output.xlsx.readFile(join(dir, "out.xlsx"));
  return { input, output, stdout: r.stdout };
}

const simSheets = (sim: SimWorkbook) =>
  sim
    .snapshot()
    .sheets.map((s) => s.name)
    .sort();
const xlsxSheets = (wb: ExcelJS.Workbook) => wb.worksheets.map((s) => s.name).sort();
const markRows = (wb: ExcelJS.Workbook) =>
  wb
    .getWorksheet(MARK_SHEET)!
    .getSheetValues()
    .slice(1)
    .map((r) => (r as unknown[]).slice(1, 3));

describe("kehoach build, then the add-in in Excel", () => {
  test("the add-in replaces the CLI's agency sheets, assignments and summary under the same names; the user's sheets stay", async () => {
    const { output } = await kehoachBuild(seedWithUserSheets());
    expect(output.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([...AGENCY_SHEETS, "Phân công", "Tổng hợp (2)"]),
    );
    const sim = simFromExcelJs(output);
    const before = sim.snapshot();
    const env = envOf(sim);

    const agencies = await buildAgencySheets(sim.requestContext(), env, { asOf: AS_OF });
    const summary = await buildSummary(sim.requestContext(), env, { asOf: AS_OF });

    expect(agencies).toMatchObject({ done: true, sheets: AGENCY_SHEETS, notes: [] });
    expect(summary.sheets).toEqual(["Tổng hợp (2)", "Phân công"]);
    // The user's "Tổng hợp" still takes the name, so the add-in says so, as the CLI did.
    expect(summary.notes.map((n) => n.en)).toContain(
      'Sheet "Tổng hợp" exists (a user sheet, left untouched): wrote "Tổng hợp (2)" instead.',
    );
    expect(simSheets(sim)).toEqual(before.sheets.map((s) => s.name).sort());
    for (const name of AGENCY_SHEETS)
      expect(sheetSnapshot(sim, name).customProperties["kehoach.generated"]).toMatch(/^agency:/);
    for (const name of ["Ghi chép", "Tổng hợp", "Kế hoạch"]) {
      expect(sheetSnapshot(sim, name).cells).toEqual(before.sheets.find((s) => s.name === name)!.cells);
    }
    // The add-in took the marks over: each row now carries the sheet's id, so it follows that sheet only.
    const after = sim.snapshot();
    expect(sheetSnapshot(sim, MARK_SHEET).visibility).toBe("VeryHidden");
    const rows = sim.values(MARK_SHEET);
    // The build's as-of sheet stays, still marked: the add-in's sheets read its name.
    expect(rows.map((r) => r[0]).sort()).toEqual(
      [...AGENCY_SHEETS, "Phân công", "Tổng hợp (2)", "Ngày đối chiếu"].sort(),
    );
    for (const [name, , id] of rows) expect(after.sheets.find((s) => s.name === name)!.id).toBe(id);
  });

  test("a sheet the user makes under the name of a generated sheet they deleted stays theirs", async () => {
    const { output } = await kehoachBuild(seedWithUserSheets());
    const sim = simFromExcelJs(output);
    const env = envOf(sim);
    await buildAgencySheets(sim.requestContext(), env, { asOf: AS_OF });
    const ctx = sim.context();
    ctx.workbook.worksheets.getItem("Ban Dân vận Thành ủy").delete();
    ctx.workbook.worksheets.add("Ban Dân vận Thành ủy").getRange("A1").values = [["Việc riêng của Ban"]];
    await ctx.sync();

    const again = await buildAgencySheets(sim.requestContext(), env, { asOf: AS_OF });

    expect(again.sheets).toEqual(["Ban Dân vận Thành ủy (2)", ...AGENCY_SHEETS.slice(1)]);
    expect(sheetSnapshot(sim, "Ban Dân vận Thành ủy").cells).toEqual({ A1: { value: "Việc riêng của Ban" } });
  });
});

describe('a marks sheet saved merely hidden (LibreOffice has no "very hidden")', () => {
  test("still counts, and the add-in makes it very hidden again", async () => {
    const { output } = await kehoachBuild(seedWithUserSheets());
    output.getWorksheet(MARK_SHEET)!.state = "hidden";
    const sim = simFromExcelJs(output);
    const agencies = await buildAgencySheets(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    expect(agencies.sheets).toEqual(AGENCY_SHEETS);
    expect(sheetSnapshot(sim, MARK_SHEET).visibility).toBe("VeryHidden");
  });
});

describe("a visible sheet the user named like the marks sheet", () => {
  test("is the user's: neither tool reads it as marks or writes over it", async () => {
    const wb = seedWithUserSheets();
    wb.addWorksheet(MARK_SHEET).addRow(["Ghi chép", "agency:Ban Dân vận Thành ủy"]);
    const { output } = await kehoachBuild(wb);
    const sim = simFromExcelJs(output);
    await buildAgencySheets(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    for (const name of ["Ghi chép", MARK_SHEET])
      expect(sheetSnapshot(sim, name).cells).toEqual(
        simFromExcelJs(wb)
          .snapshot()
          .sheets.find((s) => s.name === name)!.cells,
      );
    expect(sheetSnapshot(sim, MARK_SHEET).visibility).toBe("Visible");
  });
});

describe("the add-in in Excel, then kehoach build", () => {
  test.each(["1.17", "1.11"])(
    "kehoach build replaces the add-in's sheets (ExcelApi %s) and keeps its quarter report, still marked",
    async (apiVersion) => {
      const sim = simFromExcelJs(seedWithUserSheets(), { apiVersion });
      const env = envOf(sim);
      const agencies = await buildAgencySheets(sim.requestContext(), env, { asOf: AS_OF });
      const summary = await buildSummary(sim.requestContext(), env, { asOf: AS_OF });
      const report = await buildQuarterReport(sim.requestContext(), env, { asOf: AS_OF, quarter: 2 });
      expect(agencies.sheets).toEqual([...AGENCY_SHEETS, "Ngày đối chiếu"]);

      const { input, output, stdout } = await kehoachBuild(xlsxFromSim(sim));

      expect(stdout).toContain(`(Phân công, Tổng hợp (2), Ngày đối chiếu, ${AGENCY_SHEETS.join(", ")})`);
      expect(xlsxSheets(output)).toEqual(xlsxSheets(input));
      // The summary is the CLI's now (COUNTIFS formulas where the add-in had PivotTables or its own formulas).
      const counts = output.getWorksheet(summary.sheets[0])!;
      expect(JSON.stringify(counts.getSheetValues())).toContain("COUNTIFS('Phân công'");
      for (const name of ["Ghi chép", "Tổng hợp", ...report.sheets]) {
        expect(output.getWorksheet(name)!.getSheetValues()).toEqual(input.getWorksheet(name)!.getSheetValues());
      }
      expect(markRows(output)).toEqual(
        expect.arrayContaining([
          [report.sheets[0], quarterReportKey(2024, 2)],
          ["Phân công", "assignments"],
          ["Tổng hợp (2)", "summary"],
          ...AGENCY_SHEETS.map((n) => [n, expect.stringMatching(/^agency:/)]),
        ]),
      );

      // Back in Excel, the add-in still knows the report it made: a new run replaces it in place.
      const reopened = simFromExcelJs(output, { apiVersion });
      const again = await buildQuarterReport(reopened.requestContext(), envOf(reopened), { asOf: AS_OF, quarter: 2 });
      expect(again).toMatchObject({ done: true, sheets: report.sheets, notes: [] });
      expect(simSheets(reopened)).toEqual(xlsxSheets(output));
    },
  );
});
