// Times `kehoach build` on a large plan against the floor of any exceljs-based tool: exceljs reading the same input
// and writing a workbook holding the same cells, measured in the same run.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../src/core/analyse";
import { addReports } from "../src/xlsx/build-reports";
import { openWorkbook } from "../src/xlsx/read-workbook";
import { generatePlanGrid } from "./generate-plan";
import { heapMB, median } from "./measure";

export interface XlsxFigure {
  tasks: number;
  agencies: number;
  buildMs: number;
  rawMs: number;
  ratio: number;
}

/** Measures build and raw exceljs time on the same generated workbook (median of a few runs each). */
export async function benchXlsx(tasks: number, agencies: number, runs = 3): Promise<XlsxFigure> {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-bench-"));
  const input = join(dir, "plan.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch");
  for (const row of generatePlanGrid(tasks, agencies)) ws.addRow(row);
  await wb.xlsx.writeFile(input);

  const build = async (out: string) => {
    const opened = await openWorkbook(input);
    const analysis = analyseWorkbook(opened.grids, { asOf: "2026-07-01" })!;
    addReports(opened.workbook, analysis, "2026-07-01");
    await opened.workbook.xlsx.writeFile(out);
    return opened.workbook;
  };
  // The raw floor writes exactly the cells the build wrote, without computing them.
  const sheets = (await build(join(dir, "warm.xlsx"))).worksheets.map((w) => ({ name: w.name, rows: rowsOf(w) }));
  const raw = async (out: string) => {
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(input);
    const copy = new ExcelJS.Workbook();
    for (const s of sheets) {
      const w = copy.addWorksheet(s.name);
      for (const r of s.rows) w.addRow(r);
    }
    await copy.xlsx.writeFile(out);
  };
  const buildTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    rawTimes.push(await timed(() => raw(join(dir, `raw${i}.xlsx`))));
    buildTimes.push(await timed(() => build(join(dir, `build${i}.xlsx`))));
  }
  const buildMs = median(buildTimes);
  const rawMs = median(rawTimes);
  return { tasks, agencies, buildMs, rawMs, ratio: Math.round((buildMs / rawMs) * 100) / 100 };
}

function rowsOf(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push(values.slice(1));
  });
  return rows;
}

async function timed(f: () => Promise<unknown>): Promise<number> {
  // Each side starts from a collected heap, so neither pays for the other's garbage.
  heapMB();
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}
