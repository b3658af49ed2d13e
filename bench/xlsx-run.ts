// One timed run for bench/xlsx-bench.ts, in a process of its own:
//   build IN OUT [CELLS]  `kehoach build` of IN into OUT (and, with CELLS, a record of every cell it wrote there)
//   raw IN OUT CELLS      exceljs reading IN, adding the recorded sheets and writing OUT: the floor of any exceljs tool
// Prints "ms N": the time of the work alone, without node's start-up.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../src/core/analyse-workbook";
import { addReports } from "../src/xlsx/build-reports";
import { openWorkbook } from "../src/xlsx/read-workbook";

async function build(input: string, output: string): Promise<ExcelJS.Workbook> {
  const opened = await openWorkbook(input);
  const analysis = analyseWorkbook(opened.grids, { asOf: "2026-07-01" })!;
  addReports(opened.workbook, analysis, "2026-07-01");
  await opened.workbook.xlsx.writeFile(output);
  return opened.workbook;
}

async function raw(input: string, output: string, cells: string): Promise<null> {
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
  return null;
}

const PLAIN: Partial<ExcelJS.Style> = {};

// Dates went into the record as JSON text; the copy writes them as dates again.
function dates(_key: string, value: unknown): unknown {
  return typeof value === "string" && /^\d{4}-\d\d-\d\dT00:00:00\.000Z$/.test(value) ? new Date(value) : value;
}

// One file per sheet, a row per line, so the raw run never holds more than one sheet's text at a time.
function record(wb: ExcelJS.Workbook, dir: string): void {
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
  const built = mode === "raw" ? await raw(input, output, cells) : await build(input, output);
  process.stdout.write(`ms ${Math.round(performance.now() - t0)}\n`);
  if (built && cells) record(built, cells);
}

main().catch((e) => {
  process.stderr.write(`xlsx-run: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
