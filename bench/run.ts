// `npm run bench`: figures for how the add-in scales. Prints a table; `npm run bench -- --json` prints one JSON object
// on stdout (and the table on stderr).
// Not part of `npm test`: timings belong in figures, never in pass/fail tests.
import { join } from "node:path";
import { benchCore } from "./core-bench";
import { benchExcel } from "./excel-bench";
import { benchTaskpane } from "./taskpane-size";
import { benchXlsx } from "./xlsx-bench";

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  // With --json the figures still show as they come, on stderr, so a long run is never silent.
  const log = (s: string) => void (json ? process.stderr : process.stdout).write(s + "\n");

  log("core — read + check + deadline states + agency views + summary (median after a warm-up)");
  const core = benchCore([1000, 10000, 100000], 12);
  for (const c of core)
    log(`  ${pad(c.tasks, 7)} tasks × ${c.agencies} agencies ${pad(c.ms, 7)} ms   heap ${c.heapMB} MB`);

  log("excel — every command through the in-memory Excel simulator");
  const excel = await benchExcel([20, 5000, 50000], 12);
  for (const e of excel) {
    log(
      `  ${e.command.padEnd(18)} ${pad(e.tasks, 6)} tasks  syncs ${pad(e.syncs, 3)} (floor ${pad(e.floorSyncs, 2)}, refused ${e.refusedSyncs})  largest request ${pad(e.maxRequestBytes, 9)} B  ` +
        `largest response ${pad(e.maxResponseBytes, 9)} B  moved ${(e.bytesMoved / 1e6).toFixed(1).padStart(6)} MB  cells written ${pad(e.cellsWritten, 8)}${e.error ? `  FAILED ${e.error}` : ""}`,
    );
  }

  log("xlsx — kehoach build (package writer) vs exceljs reading the same input and writing the same cells");
  const xlsx = [];
  for (const tasks of [5000, 50000]) {
    const x = await benchXlsx(tasks, 12, 1);
    xlsx.push(x);
    log(
      `  ${pad(x.tasks, 6)} tasks × ${x.agencies} agencies  build ${x.buildMs} ms (CPU ${x.buildCpuMs} ms), peak ${x.buildMB} MB  ` +
        `exceljs floor ${x.rawMs} ms (CPU ${x.rawCpuMs} ms), peak ${x.rawMB} MB  ratio ${x.ratio}`,
    );
  }

  log("taskpane — production taskpane.js");
  const taskpane = benchTaskpane(join(__dirname, ".."));
  log(`  ${(taskpane.jsBytes / 1024).toFixed(0)} KiB raw, ${(taskpane.jsGzipBytes / 1024).toFixed(0)} KiB gzip`);

  if (json) process.stdout.write(JSON.stringify({ core, excel, xlsx, taskpane }) + "\n");
}

function pad(n: number, width: number): string {
  return String(n).padStart(width);
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
