// Times `kehoach build` on a large plan against the floor of any exceljs-based tool: exceljs reading the same input
// and writing a workbook holding the same cells. Each timed run is a process of its own (bench/xlsx-run.ts), so
// neither side pays for the other's heap, and each reports its own peak memory (maxRSS).
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
  buildCpuMs: number;
  buildMB: number;
  rawMs: number;
  rawCpuMs: number;
  rawMB: number;
  ratio: number;
}

/** Measures build and raw exceljs time and peak memory on the same generated workbook (median of `runs` runs each). */
export async function benchXlsx(tasks: number, agencies: number, runs = 3, withRaw = true): Promise<XlsxFigure> {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-bench-"));
  try {
    const input = join(dir, "plan.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    for (const row of generatePlanGrid(tasks, agencies)) ws.addRow(row);
    await wb.xlsx.writeFile(input);
    const cells = join(dir, "cells");
    const build: Run[] = [];
    const raw: Run[] = [];
    for (let i = 0; i < runs; i++) build.push(run(["build", input, join(dir, `build${i}.xlsx`)]));
    if (withRaw) {
      // The raw floor writes exactly the cells the build wrote.
      run(["record", join(dir, "build0.xlsx"), cells]);
      for (let i = 0; i < runs; i++) raw.push(run(["raw", input, join(dir, `raw${i}.xlsx`), cells]));
    }
    const buildMs = median(build.map((b) => b.ms));
    const rawMs = withRaw ? median(raw.map((b) => b.ms)) : 0;
    return {
      tasks,
      agencies,
      buildMs,
      buildCpuMs: median(build.map((b) => b.cpuMs)),
      buildMB: Math.max(...build.map((b) => b.mb)),
      rawMs,
      rawCpuMs: withRaw ? median(raw.map((b) => b.cpuMs)) : 0,
      rawMB: withRaw ? Math.max(...raw.map((b) => b.mb)) : 0,
      ratio: withRaw ? Math.round((buildMs / rawMs) * 100) / 100 : 0,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Run {
  ms: number;
  cpuMs: number;
  mb: number;
}

// Runs one step in a fresh node process and returns the milliseconds (wall and CPU) and peak megabytes it reports.
function run(args: string[]): Run {
  const out = execFileSync(
    process.execPath,
    ["--max-old-space-size=6000", "-r", "tsx/cjs", join(__dirname, "xlsx-run.ts"), ...args],
    { cwd: join(__dirname, ".."), encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const m = /ms (\d+) cpu (\d+) rss (\d+)/.exec(out)!;
  return { ms: Number(m[1]), cpuMs: Number(m[2]), mb: Number(m[3]) };
}
