// Quick check of header roles, header rows and task keys against the real-plan corpus's truth files.
// Usage: npx tsx scripts/header-corpus.ts [folder]   (default ../shared/real-plans)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseWorkbook } from "../src/core/analyse-workbook";
import { columnLetters } from "../src/core/model/address";
import type { SheetGrid } from "../src/core/model/grid";
import { parseTsv } from "../test/helpers/tsv";

interface Truth {
  columns: Record<"number" | "content" | "lead" | "coordinators" | "time", string | null>;
  headerRows: number[];
  tasks: { key: string; row: number }[];
}

const folder = process.argv[2] ?? join(__dirname, "..", "..", "shared", "real-plans");
let roleOk = 0;
let roleAll = 0;
let headOk = 0;
let keyOk = 0;
let keyAll = 0;
for (const file of readdirSync(folder).filter((f) => f.endsWith(".truth.json"))) {
  const name = file.replace(/\.truth\.json$/, "");
  const truth = JSON.parse(readFileSync(join(folder, file), "utf8")) as Truth;
  const grid: SheetGrid = { name, values: parseTsv(readFileSync(join(folder, `${name}.tsv`), "utf8")) };
  const a = analyseWorkbook({ sheets: [grid] }, { asOf: "2026-06-30" });
  const header = (col: number | null) =>
    col === null ? null : String(grid.values[a!.plan.headerTop - 1]?.[col - 1] ?? "");
  const misses: string[] = [];
  for (const role of ["number", "content", "lead", "coordinators", "time"] as const) {
    roleAll++;
    const got = a ? header(a.plan.columns[role]) : "(no plan)";
    if (got === truth.columns[role]) roleOk++;
    else misses.push(`${role}: ${got} ≠ ${truth.columns[role]}`);
  }
  const rows = a ? range(a.plan.headerTop, a.plan.firstRow - 1) : [];
  if (rows.join() === truth.headerRows.join()) headOk++;
  else misses.push(`headerRows ${rows.join()} ≠ ${truth.headerRows.join()}`);
  const byRow = new Map((a?.plan.tasks ?? []).map((t) => [t.row, (t as { key?: string }).key ?? t.number]));
  let ok = 0;
  for (const t of truth.tasks)
    if (byRow.get(t.row) === t.key) ok++;
    else if (misses.length < 12) misses.push(`row ${t.row}: key ${byRow.get(t.row)} ≠ ${t.key}`);
  keyOk += ok;
  keyAll += truth.tasks.length;
  const cols = a ? `${columnLetters(a.plan.left)}:${columnLetters(a.plan.right)}` : "-";
  console.log(
    `${name.padEnd(20)} ${cols.padEnd(6)} keys ${ok}/${truth.tasks.length}${misses.length ? "\n   " + misses.join("\n   ") : ""}`,
  );
}
console.log(`roles ${roleOk}/${roleAll} · header rows ${headOk}/8 · keys ${keyOk}/${keyAll}`);

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
