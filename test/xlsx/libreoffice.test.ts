import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import { importPlanText } from "../../src/cli/commands";
import { summaryTables } from "../../src/core/track/summary-counts";
import { buildPackage } from "../../src/xlsx/package/build-package";
import { openPackage } from "../../src/xlsx/package/open-package";
import { workbookGrids } from "../../src/xlsx/read-workbook";
import { SEED_TEXT } from "../helpers/seed";
import { tempDir } from "../helpers/tmp";

// .ci/run installs LibreOffice; on a machine without it this check cannot run and says so.
const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
const describeWithLibreOffice = soffice ? describe : describe.skip;
if (!soffice) console.warn("LibreOffice (soffice) not installed: the recalculation check is skipped.");

describeWithLibreOffice("the summary recalculated by LibreOffice", () => {
  it("gives the core's counts from the COUNTIFS formulas alone (cached results removed)", async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await importPlanText(SEED_TEXT, null).xlsx.writeBuffer());
    // Give some tasks a status so the state table has more than one column to count.
    const plan0 = analyseWorkbook(workbookGrids(wb), { asOf: "2024-06-30" })!.plan;
    const ws = wb.getWorksheet(plan0.sheet)!;
    for (const t of plan0.tasks.slice(0, 4)) {
      ws.getCell(t.cells.status!).value = "Hoàn thành";
      ws.getCell(t.cells.completedOn!).value = new Date(
        t.number === "1" ? "2024-03-15T00:00:00Z" : "2024-07-20T00:00:00Z",
      );
    }
    const opened = openPackage(Buffer.from(await wb.xlsx.writeBuffer()));
    const analysis = analyseWorkbook(opened.cells.grids, { asOf: "2024-06-30" })!;
    buildPackage(opened.pkg, opened.workbook, opened.cells, analysis, "2024-06-30");
    const built = join(dir, "package.xlsx");
    await opened.pkg.write(built);
    await wb.xlsx.readFile(built);
    wb.getWorksheet("Tổng hợp")!.eachRow((r) =>
      r.eachCell((c) => {
        const v = c.value as ExcelJS.CellFormulaValue;
        if (v && typeof v === "object" && "formula" in v) c.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
      }),
    );
    const file = join(dir, "built.xlsx");
    await wb.xlsx.writeFile(file);
    execFileSync(
      soffice,
      [
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        dir,
        file,
      ],
      {
        stdio: "ignore",
        env: { ...process.env, HOME: dir },
      },
    );
    const csv = readFileSync(join(dir, "built-Tổng hợp.csv"), "utf8")
      .split("\n")
      .map((l) => parseCsvLine(l));
    let checked = 0;
    for (const table of summaryTables(analysis.plan)) {
      const headerAt = csv.findIndex((row, i) => csv[i - 1]?.[0] === table.title && row[0] === "Cơ quan");
      expect(csv[headerAt].slice(1, 1 + table.columns.length)).toEqual(table.columns);
      table.rows.forEach((agency, i) => {
        const row = csv[headerAt + 1 + i];
        expect(row[0]).toBe(agency);
        expect(row.slice(1, 1 + table.columns.length).map(Number)).toEqual(table.counts[i]);
        checked += table.columns.length;
      });
    }
    expect(checked).toBeGreaterThan(20);
  }, 120000);
});

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (q) {
      if (ch === '"' && line[i + 1] === '"') ((cur += '"'), i++);
      else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ",") (out.push(cur), (cur = ""));
    else cur += ch;
  }
  out.push(cur);
  return out;
}
