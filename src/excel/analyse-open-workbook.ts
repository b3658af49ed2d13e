/* global Excel */
// Reads the plan for any command: the workbook read, then (only when needed) one more small request for the time
// column's number formats and the plan sheet's own rule formulas, then the core's analysis.
import { analyseWorkbook, type Analysis } from "../core/analyse-workbook";
import type { CellValue } from "../core/model/cell-value";
import { gridOrigin, gridValue, type SheetGrid } from "../core/model/grid";
import { locatePlan } from "../core/read/read-plan";
import { rangeAddress } from "../core/model/address";
import type { Capabilities } from "./requirements";
import { readWorkbook, type WorkbookRead } from "./read-workbook";
import { formattedValue } from "../core/read/formatted-value";
import type { PlanOptions } from "../service/types";

/** A custom-formula conditional format on the plan sheet, with its formula. */
export interface PlanRule {
  format: Excel.ConditionalFormat;
  formula: string;
}

/** The workbook as read and the plan analysed from it (null when no sheet holds a plan). */
export interface OpenWorkbookAnalysis {
  read: WorkbookRead;
  analysis: Analysis | null;
  /** The plan sheet's custom-formula rules, when asked for. */
  rules: PlanRule[];
}

/** Reads the workbook and analyses its plan in at most three requests, whatever its size. */
export async function analyseOpenWorkbook(
  context: Excel.RequestContext,
  caps: Capabilities,
  options: PlanOptions,
  opts: { rules?: boolean } = {},
): Promise<OpenWorkbookAnalysis> {
  const read = await readWorkbook(context, caps, {
    conditionalFormats: opts.rules,
  });
  const where = locatePlan(read.grids);
  if (!where) return { read, analysis: null, rules: [] };

  const ws = context.workbook.worksheets.getItem(where.grid.name);
  const timeCol = where.header.columns.time;
  const timeRows = { top: where.header.dataTop, bottom: where.bottom };
  let timeFormats: Excel.Range | null = null;
  if (
    timeCol !== null &&
    timeRows.bottom >= timeRows.top &&
    columnHasNumbers(where.grid, timeCol, timeRows.top, timeRows.bottom)
  ) {
    timeFormats = ws.getRange(rangeAddress(timeRows.top, timeCol, timeRows.bottom, timeCol)).load("numberFormat");
  }
  const customRules = (read.conditionalFormats.get(where.grid.name)?.items ?? []).filter((cf) => cf.type === "Custom");
  const ruleProxies = customRules.map((format) => ({
    format,
    rule: format.custom.rule.load("formula"),
  }));
  if (timeFormats || ruleProxies.length) await context.sync();

  if (timeFormats && timeCol !== null) {
    const formats = timeFormats.numberFormat;
    replaceColumn(where.grid, timeCol, timeRows, (v, i) => formattedValue(v, String(formats[i]?.[0] ?? "General")));
  }
  const analysis = analyseWorkbook(read.grids, {
    asOf: options.asOf,
    year: options.year ?? null,
    sheet: where.grid.name,
  });
  return {
    read,
    analysis,
    rules: ruleProxies.map((r) => ({
      format: r.format,
      formula: r.rule.formula,
    })),
  };
}

function columnHasNumbers(grid: SheetGrid, col: number, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) if (typeof gridValue(grid, r, col) === "number") return true;
  return false;
}

function replaceColumn(
  grid: SheetGrid,
  col: number,
  rows: { top: number; bottom: number },
  change: (v: CellValue, i: number) => CellValue,
): void {
  const o = gridOrigin(grid);
  for (let r = rows.top; r <= rows.bottom; r++) {
    const row = grid.values[r - o.row];
    if (row && row[col - o.col] !== undefined) row[col - o.col] = change(row[col - o.col], r - rows.top);
  }
}
