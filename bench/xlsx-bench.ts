// Times `kehoach build` on a large plan against the floor of any exceljs-based tool: exceljs reading the same input
// and writing a workbook holding the same cells. Each timed run is a process of its own (bench/xlsx-run.ts), so
// neither side pays for the other's heap: at 50,000 tasks each holds several million exceljs cells.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { generatePlanGrid } from "./generate-plan";
import { median } from "./measure";

export interface XlsxFigure {
  tasks: number;
  agencies: number;
  buildMs: number;
  rawMs: number;
  ratio: number;
}

/** Measures build and raw exceljs time on the same generated workbook (median of `runs` runs each). */
export async function benchXlsx(tasks: number, agencies: number, runs = 3): Promise<XlsxFigure> {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-bench-"));
  try {
    const input = join(dir, "plan.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    for (const row of generatePlanGrid(tasks, agencies)) ws.addRow(row);
    await wb.xlsx.writeFile(input);
    const cells = join(dir, "cells");
    // The raw floor writes exactly the cells a build wrote: one build records them first.
    run("build", input, join(dir, "warm.xlsx"), cells);
    const buildTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      rawTimes.push(run("raw", input, join(dir, `raw${i}.xlsx`), cells));
      buildTimes.push(run("build", input, join(dir, `build${i}.xlsx`)));
    }
    const buildMs = median(buildTimes);
    const rawMs = median(rawTimes);
    return { tasks, agencies, buildMs, rawMs, ratio: Math.round((buildMs / rawMs) * 100) / 100 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Runs one timed build or raw copy in a fresh node process and returns the milliseconds it reports.
function run(mode: "build" | "raw", input: string, output: string, cells?: string): number {
  const out = execFileSync(
    process.execPath,
    [
      "--max-old-space-size=6000",
      "-r",
      "tsx/cjs",
      join(__dirname, "xlsx-run.ts"),
      mode,
      input,
      output,
      ...(cells ? [cells] : []),
    ],
    { cwd: join(__dirname, ".."), encoding: "utf8", maxBuffer: 1 << 20 },
  );
  return Number(/ms (\d+)/.exec(out)![1]);
}
