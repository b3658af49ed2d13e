import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import { importPlanText } from "../../src/cli/commands";
import { quarterReport } from "../../src/core/track/quarter-report";
import { quarterReportSpec } from "../../src/core/sheets/quarter-report-sheet";
import { renderSheet } from "../../src/xlsx/render-sheet";
import { workbookGrids } from "../../src/xlsx/read-workbook";
import { SEED_TEXT } from "../helpers/seed";
import { tempDir } from "../helpers/tmp";

// The report file `kehoach report` writes for the seed plan (no progress reported yet) as of 15/07/2024, read back.
async function seedReportSheet(): Promise<ExcelJS.Worksheet> {
  const plan = analyseWorkbook(workbookGrids(importPlanText(SEED_TEXT, null)), { asOf: "2024-07-15" })!.plan;
  const wb = new ExcelJS.Workbook();
  renderSheet(wb, quarterReportSpec(quarterReport(plan, 2, 2024, "2024-07-15"), plan.title));
  const file = join(tempDir(), "report.xlsx");
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return back.worksheets[0];
}

describe("the quarter report as an .xlsx file", () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await seedReportSheet();
  });

  it("shows the total label across A:B", () => {
    expect(ws.getCell("A9").value).toBe("Tổng cộng");
    expect(ws.getCell("B9").isMerged && ws.getCell("B9").master.address).toBe("A9");
    expect(ws.getCell("C9").value).toBe(3);
  });

  it("gives backlog rows the height of their wrapped lines and repeats the backlog's header when printed", () => {
    expect(ws.getCell("A12").value).toBe("Nhiệm vụ số");
    const rows = [13, 14, 15, 16, 17, 18].map((r) => [ws.getCell(r, 1).value, ws.getRow(r).height ?? null]);
    // Tasks 2 and 3 wrap to 3 lines across B–D, task 4 to 5, task 5 to 2, task 6 to 4; task 1 fits on one line.
    expect(rows).toEqual([
      ["1", null],
      ["2", 42.75],
      ["3", 42.75],
      ["4", 71.25],
      ["5", 28.5],
      ["6", 57],
    ]);
    expect(ws.pageSetup.printTitlesRow).toBe("12:12");
  });
});
