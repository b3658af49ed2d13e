import ExcelJS from "exceljs";
import type { CellValue } from "../core/model/cell-value";
import { formattedValue } from "../core/read/formatted-value";
import type { SheetGrid, WorkbookGrids } from "../core/model/grid";
import { parseRangeAddress } from "../core/model/address";
import { withMergedValues } from "../core/model/merged-cells";
import { parseMarkRows, sheetMarks, type MarkRow } from "../core/sheets/generated-marks";
import { markSheetOf } from "./generated-marks";
import { mappingCells, mappingSheetOf } from "./column-mapping";

/** A workbook opened from disk: the exceljs object (to write back) and its sheets as grids (for the core). */
export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  grids: WorkbookGrids;
}

/**
 * Opens an .xlsx file and reads every visible sheet into grids, with tables, the add-in's generated-sheet marks and
 * merges (a value merged down over several rows stands in each of them, as Excel shows it).
 */
export async function openWorkbook(path: string): Promise<OpenedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { workbook, grids: workbookGrids(workbook) };
}

/** Reads an exceljs workbook already in memory into grids. */
export function workbookGrids(workbook: ExcelJS.Workbook): WorkbookGrids {
  const generated = generatedSheetNames(workbook);
  const marks = markSheetOf(workbook);
  const mapping = mappingSheetOf(workbook);
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((ws) => {
    if (ws === marks || ws === mapping) return;
    sheets.push(sheetGrid(ws, generated.has(ws.name)));
  });
  return { sheets, mapping: mappingCells(workbook) };
}

function sheetGrid(ws: ExcelJS.Worksheet, generated: boolean): SheetGrid {
  const values: CellValue[][] = [];
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    const out: CellValue[] = [];
    if (row.hasValues) for (let c = 1; c <= cols; c++) out.push(shownValue(row.getCell(c)));
    values.push(out);
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map((m) => parseRangeAddress(m))
    .filter((m) => m !== null);
  const tables = ws
    .getTables()
    .map((t) => {
      const table = (t as unknown as { table: { name: string; tableRef?: string; ref: string; totalsRow?: boolean } })
        .table;
      const area = parseRangeAddress(table.tableRef ?? table.ref);
      return area ? { name: table.name, ...area, totalsRow: Boolean(table.totalsRow) } : null;
    })
    .filter((t) => t !== null);
  return withMergedValues({ name: ws.name, values, tables, generated, hidden: ws.state !== "visible" }, merges);
}

// The value as the user sees it ("6/2025" typed into Excel becomes a date shown as a month).
function shownValue(cell: ExcelJS.Cell): CellValue {
  // exceljs repeats a merged area's value in every cell of it; Excel holds it only in the top-left one.
  if (cell.isMerged && cell.master !== cell) return null;
  const v = plainValue(cell.value);
  return v instanceof Date ? formattedValue(v, typeof cell.numFmt === "string" ? cell.numFmt : null) : v;
}

/** Turns an exceljs cell value (rich text, formula, hyperlink, error…) into the plain value the user sees. */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((p) => p.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && result !== null && "error" in result)
        return String((result as { error: string }).error);
      return result as CellValue;
    }
    if ("text" in v) return typeof v.text === "string" ? v.text : plainValue(v.text as ExcelJS.CellValue);
    if ("error" in v) return String(v.error);
  }
  return String(v);
}

/** The sheets either tool generated (name → spec key), as the marks sheet records them; only sheets that exist. */
export function generatedSheetNames(workbook: ExcelJS.Workbook): Map<string, string> {
  const names = workbook.worksheets.map((ws) => ws.name);
  const keys = sheetMarks(
    names.map((name) => ({ name })),
    markRows(workbook),
  );
  return new Map(names.flatMap((name, i) => (keys[i] === null ? [] : [[name, keys[i]]])));
}

// The rows of the marks sheet as written (none without one).
function markRows(workbook: ExcelJS.Workbook): MarkRow[] {
  const values: CellValue[][] = [];
  markSheetOf(workbook)?.eachRow((row) => void values.push([1, 2, 3].map((c) => plainValue(row.getCell(c).value))));
  return parseMarkRows(values);
}
