// One timed run for bench/xlsx-bench.ts, in a process of its own:
//   build IN OUT          `kehoach build` of IN into OUT (the package writer)
//   record OUT CELLS      (untimed) a record of every cell of OUT, one file per sheet, for the raw run
//   raw IN OUT CELLS      exceljs reading IN, adding the recorded sheets and writing OUT: the floor of any exceljs tool
// Prints "ms N cpu C rss M": the wall time of the work alone (without node's start-up), the CPU time it took (user +
// system: what the work costs when other processes share the machine) and the process's peak memory in MB.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../src/core/analyse-workbook";
import { buildPackage } from "../src/xlsx/package/build-package";
import { openPackage } from "../src/xlsx/package/open-package";

async function build(input: string, output: string): Promise<void> {
  const opened = openPackage(readFileSync(input));
  const analysis = analyseWorkbook(opened.cells.grids, { asOf: "2026-07-01" })!;
  buildPackage(opened.pkg, opened.workbook, opened.cells, analysis, "2026-07-01");
  await opened.pkg.write(output);
}

async function raw(input: string, output: string, cells: string): Promise<void> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.readFile(input);
  // The input's own sheets are already there; the sheets the build added are written from the record.
  for (const file of readdirSync(cells).sort()) {
    const name = file.replace(/^\d+-/, "").replace(/\.ndjson$/, "");
    if (read.getWorksheet(name)) continue;
    const w = read.addWorksheet(name);
    for (const line of readFileSync(join(cells, file), "utf8").split("\n")) {
      if (!line) continue;
      // One style object for every cell: exceljs gives each new cell a style object of its own and serialises each
      // one apart (most of the time of a large write), which any exceljs tool can avoid, so the floor does too.
      w.addRow(JSON.parse(line, dates) as ExcelJS.CellValue[]).eachCell((cell) => void (cell.style = PLAIN));
    }
  }
  await read.xlsx.writeFile(output);
}

const PLAIN: Partial<ExcelJS.Style> = {};

// Dates went into the record as JSON text; the copy writes them as dates again.
function dates(_key: string, value: unknown): unknown {
  return typeof value === "string" && /^\d{4}-\d\d-\d\dT00:00:00\.000Z$/.test(value) ? new Date(value) : value;
}

// One file per sheet, a row per line, so the raw run never holds more than one sheet's text at a time.
async function record(built: string, dir: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(built);
  mkdirSync(dir, { recursive: true });
  wb.worksheets.forEach((ws, i) => {
    const lines: string[] = [];
    ws.eachRow(
      { includeEmpty: true },
      (row) => void lines.push(JSON.stringify((row.values as ExcelJS.CellValue[]).slice(1))),
    );
    writeFileSync(join(dir, `${String(i).padStart(3, "0")}-${ws.name}.ndjson`), lines.join("\n"));
  });
}

async function main(): Promise<void> {
  const [mode, input, output, cells] = process.argv.slice(2);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  if (mode === "record") await record(input, output);
  else if (mode === "raw") await raw(input, output, cells);
  else await build(input, output);
  const ms = Math.round(performance.now() - t0);
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  process.stdout.write(`ms ${ms} cpu ${cpuMs} rss ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
}

main().catch((e) => {
  process.stderr.write(`xlsx-run: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
