import ExcelJS from "exceljs";
import { analyseWorkbook, checkJson } from "../../src/core/analyse-workbook";
import { openPackage } from "../../src/xlsx/package/open-package";
import { workbookGrids } from "../../src/xlsx/read-workbook";
import {
  gridCells,
  loadRealPlan,
  realPlanWorkbook,
  shownCells,
  PLAN_SHEET,
  type RealPlan,
} from "../helpers/real-plans";

// The corpus workbook saved to .xlsx bytes and opened again, as `kehoach` opens a user's file.
async function reopened(plan: RealPlan): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await realPlanWorkbook(plan).xlsx.writeBuffer()) as ArrayBuffer);
  return workbook;
}

describe("merged cells in an .xlsx plan", () => {
  test.each(["bnv-1383-2025", "ttg-2530-2025"])(
    "%s: each row of a vertical merge reads the merge's value",
    async (name) => {
      const plan = loadRealPlan(name);
      const workbook = await reopened(plan);
      expect((workbook.getWorksheet(PLAN_SHEET)!.model as { merges: string[] }).merges).toHaveLength(
        plan.truth.merges!.length,
      );
      const grid = workbookGrids(workbook).sheets[0];
      const shown = shownCells(plan);
      expect(gridCells(grid, shown)).toEqual(shown);
      expect(grid.merges).toHaveLength(plan.truth.merges!.length);
    },
  );

  test("ttg-2530: tasks under a merged lead and coordinator cell take its agencies", async () => {
    const plan = loadRealPlan("ttg-2530-2025");
    const analysis = analyseWorkbook(workbookGrids(await reopened(plan)), { asOf: plan.truth.document.date })!;
    const json = checkJson(analysis);
    // Row 10 (A.1-2) sits under the lead and coordinator cells merged down from row 9 (A.1).
    const [first, second] = [9, 10].map((row) => json.tasks.find((t) => t.row === row)!);
    expect(first.lead).toBe("Bộ Nông nghiệp và Môi trường");
    expect(second.lead).toBe(first.lead);
    expect(second.coordinators).toEqual(first.coordinators);
    expect(second.coordinators.length).toBeGreaterThan(0);
  });

  test.each(["bnv-1383-2025", "ttg-2530-2025", "dongnai-179-2025"])(
    "%s: the package reader (what kehoach reads with) gives the same grids as exceljs",
    async (name) => {
      const bytes = Buffer.from(await realPlanWorkbook(loadRealPlan(name)).xlsx.writeBuffer());
      const viaExceljs = workbookGrids(await reopened(loadRealPlan(name)));
      const viaPackage = openPackage(bytes).cells.grids;
      const plain = (g: typeof viaExceljs) =>
        g.sheets.map((s) => ({
          ...s,
          values: s.values.map((r) => {
            const row = [...r];
            while (row.length > 0 && row[row.length - 1] === null) row.pop();
            return row;
          }),
        }));
      const a = plain(viaExceljs);
      const b = plain(viaPackage);
      for (const s of a) while (s.values.length > 0 && s.values[s.values.length - 1].length === 0) s.values.pop();
      expect(b).toEqual(a);
    },
  );
});
