// Builds simulated Excel workbooks for the adapter's tests: from an exceljs workbook (as Excel opens an .xlsx file), or
// from rows typed into Excel (Excel's reading of typed input applies: "6/2025" becomes a date, "1." a number).
import ExcelJS from "exceljs";
import {
  createWorkbook,
  type RequestRecord,
  type SimOptions,
  type SimWorkbook,
  type WorkbookInit,
} from "../../excel-sim";
import { parseRangeAddress, rangeAddress } from "../../../src/core/model/address";
import { isoToExcelSerial } from "../../../src/core/model/dates";
import { plainValue } from "../../../src/xlsx/read-workbook";
import type { ExcelEnv } from "../../../src/excel/host";

type InitCell = NonNullable<WorkbookInit["sheets"][number]["cells"]>[number][number];

/** The use-cases' host environment backed by a simulated workbook. */
export function envOf(sim: SimWorkbook): ExcelEnv {
  return { isSetSupported: (name, version) => sim.isSetSupported(name, version) };
}

/** Opens an exceljs workbook in the simulator as Excel opens the .xlsx: text stays text (even "=…"), dates are serials in their format. */
export function simFromExcelJs(workbook: ExcelJS.Workbook, options?: SimOptions): SimWorkbook {
  const init: WorkbookInit = { sheets: [] };
  workbook.eachSheet((ws) => {
    const cells: InitCell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: InitCell[] = [];
      for (let c = 1; c <= ws.columnCount; c++) row.push(initCell(ws.getCell(r, c)));
      cells.push(row);
    }
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).slice();
    const tables = ws.getTables().map((t) => {
      const table = (t as unknown as { table: { name: string; tableRef?: string; ref: string } }).table;
      const area = parseRangeAddress(table.tableRef ?? table.ref)!;
      return { name: table.name, address: rangeAddress(area.top, area.left, area.bottom, area.right) };
    });
    init.sheets.push({
      name: ws.name,
      cells,
      merges,
      tables,
      visibility: ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible",
    });
  });
  return createWorkbook(init, options);
}

/**
 * Saves a simulated workbook as Excel saves it to .xlsx, as far as exceljs reads it back: sheets with their
 * visibility, cells (values, formulas with their results, number formats), merges and tables. Worksheet custom
 * properties and the add-in's settings are in Excel's file too, but exceljs cannot read them, so they are left out;
 * so are fills, fonts, pivots and charts, which `kehoach build` never reads.
 */
export function xlsxFromSim(sim: SimWorkbook): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sim.snapshot().sheets) {
    const state =
      sheet.visibility === "VeryHidden" ? "veryHidden" : sheet.visibility === "Hidden" ? "hidden" : "visible";
    const ws = workbook.addWorksheet(sheet.name, { state });
    for (const [address, cell] of Object.entries(sheet.cells)) {
      const target = ws.getCell(address);
      const value = cell.value === "" ? null : cell.value;
      target.value =
        cell.formula !== undefined
          ? ({ formula: cell.formula.slice(1), result: value } as ExcelJS.CellFormulaValue)
          : value;
      if (cell.numberFormat !== undefined) target.numFmt = cell.numberFormat;
    }
    for (const merge of sheet.merges) ws.mergeCells(merge);
    for (const t of sheet.tables) {
      const area = parseRangeAddress(t.address)!;
      const rows: ExcelJS.CellValue[][] = [];
      for (let r = area.top + 1; r <= area.bottom; r++)
        rows.push(t.columns.map((_, i) => ws.getCell(r, area.left + i).value));
      ws.addTable({
        name: t.name,
        ref: t.address.split(":")[0],
        headerRow: true,
        columns: t.columns.map((name) => ({ name, filterButton: t.showFilterButton })),
        rows,
      });
    }
  }
  return workbook;
}

// A cell of the file as Excel holds it: a text cell stays text even when it starts with "=", a date is a serial in its format.
function initCell(cell: ExcelJS.Cell): InitCell {
  if (cell.isMerged && cell.master !== cell) return null;
  const v = plainValue(cell.value);
  const numberFormat = typeof cell.numFmt === "string" && cell.numFmt !== "General" ? cell.numFmt : undefined;
  const value = v instanceof Date ? isoToExcelSerial(v.toISOString().slice(0, 10)) : v;
  if (value === null) return numberFormat ? { numberFormat } : null;
  return { value, ...(numberFormat ? { numberFormat } : {}) };
}

/** One sheet typed into Excel: rows of what the user typed, plus merges and tables. */
export interface TypedSheet {
  name: string;
  rows: (string | number | null)[][];
  merges?: string[];
  tables?: { name: string; address: string }[];
}

/** A workbook whose cells were typed into Excel, so Excel's reading of input applies to every cell. */
export async function simFromTyping(sheets: TypedSheet[], options?: SimOptions): Promise<SimWorkbook> {
  const sim = createWorkbook({ sheets: sheets.map((s) => ({ name: s.name })) }, options);
  const ctx = sim.context();
  for (const s of sheets) {
    const width = s.rows.reduce((w, r) => Math.max(w, r.length), 0);
    if (!width) continue;
    const values = s.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
    ctx.workbook.worksheets.getItem(s.name).getRange(rangeAddress(1, 1, values.length, width)).values =
      values as string[][];
    for (const m of s.merges ?? []) ctx.workbook.worksheets.getItem(s.name).getRange(m).merge(false);
    for (const t of s.tables ?? []) ctx.workbook.worksheets.getItem(s.name).tables.add(t.address, true).name = t.name;
  }
  await ctx.sync();
  sim.resetStats();
  return sim;
}

/** Runs a use-case on a fresh context and reports how many syncs it made and its largest request in bytes. */
/** What one use-case cost: round trips, the largest request, and each request's record. */
export interface StepCost {
  syncs: number;
  maxRequestBytes: number;
  requests: RequestRecord[];
}

/** Runs named use-cases one after another on one workbook, as a user would, and records what each cost. */
export async function stepCosts(
  sim: SimWorkbook,
  steps: [string, (ctx: Excel.RequestContext) => Promise<unknown>][],
): Promise<Record<string, StepCost>> {
  const out: Record<string, StepCost> = {};
  for (const [name, run] of steps) {
    const m = await measured(sim, run);
    out[name] = { syncs: m.syncs, maxRequestBytes: m.maxRequestBytes, requests: [...sim.stats.requests] };
  }
  return out;
}

/** The round trips of each step, for comparing a small and a large plan. */
export function syncCounts(costs: Record<string, StepCost>): Record<string, number> {
  return Object.fromEntries(Object.entries(costs).map(([k, v]) => [k, v.syncs]));
}

export async function measured<T>(
  sim: SimWorkbook,
  run: (context: Excel.RequestContext) => Promise<T>,
): Promise<{ result: T; syncs: number; maxRequestBytes: number }> {
  sim.resetStats();
  const result = await run(sim.requestContext());
  return { result, syncs: sim.stats.syncs, maxRequestBytes: sim.stats.maxRequestBytes };
}
