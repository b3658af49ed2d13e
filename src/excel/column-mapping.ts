/* global Excel */
// The column mapping in the workbook, on the Office.js side: read with the first request of every command (so all
// of them place the plan's columns alike) and written by the pane's mapping question. Both tools share the very
// hidden sheet the core describes (src/core/read/saved-mapping.ts); exceljs could not read workbook settings.
import type { Bilingual } from "../core/check/finding";
import type { CellValue } from "../core/model/cell-value";
import { rangeAddress } from "../core/model/address";
import { mappingColumns, mappingFromEntries } from "../core/read/column-mapping";
import { MAPPING_SHEET, mappingToSave, savedMappingCells } from "../core/read/saved-mapping";
import type { SaveMappingRequest, SaveMappingResult } from "../service/types";

/** The requests for the mapping sheet, queued into a command's first read. */
export interface MappingLoad {
  sheet: Excel.Worksheet;
  cells: Excel.Range;
}

/** Queues the read of the mapping sheet; a workbook without one costs nothing more (null objects). */
export function loadMapping(wb: Excel.Workbook): MappingLoad {
  const sheet = wb.worksheets.getItemOrNullObject(MAPPING_SHEET);
  sheet.load("visibility");
  const cells = sheet.getUsedRangeOrNullObject(true);
  cells.load("values");
  return { sheet, cells };
}

/** The mapping sheet's cells once the first read is back; null without one, or when a visible sheet has the name (the user's). */
export function mappingRead(load: MappingLoad): CellValue[][] | null {
  if (load.sheet.isNullObject || load.sheet.visibility === "Visible" || load.cells.isNullObject) return null;
  return (load.cells.values as unknown[][]).map((row) =>
    row.map((v) => (v === "" || v === null || v === undefined ? null : (v as CellValue))),
  );
}

/** Saves the user's answer to the mapping question in the very hidden sheet, in two requests whatever the plan's size. */
export async function saveColumnMapping(
  context: Excel.RequestContext,
  request: SaveMappingRequest,
): Promise<SaveMappingResult> {
  const parsed = mappingFromEntries(request.columns);
  if (!parsed.ok) return { done: false, notes: [parsed.error] };
  const wb = context.workbook;
  const cols = mappingColumns(parsed.mapping).map(([, c]) => c);
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const plan = wb.worksheets.getItemOrNullObject(request.sheet);
  // The header row and the row below (agency names under a span), to remember what each mapped header said.
  const header = plan.getRange(rangeAddress(request.headerRow, left, request.headerRow + 1, right));
  header.load("values");
  const existing = wb.worksheets.getItemOrNullObject(MAPPING_SHEET);
  existing.load("visibility");
  await context.sync();
  if (plan.isNullObject) return { done: false, notes: [sheetGone(request.sheet)] };
  if (!existing.isNullObject && existing.visibility === "Visible") return { done: false, notes: [USER_SHEET] };
  const grid = {
    name: request.sheet,
    values: (header.values as unknown[][]).map((r) => r.map((v) => (v === "" ? null : (v as CellValue)))),
    origin: { row: request.headerRow, col: left },
  };
  const cells = savedMappingCells(mappingToSave(grid, request.headerRow, parsed.mapping));
  const ws = existing.isNullObject ? wb.worksheets.add(MAPPING_SHEET) : wb.worksheets.getItem(MAPPING_SHEET);
  if (!existing.isNullObject) ws.getRange().clear("Contents");
  ws.visibility = "VeryHidden";
  const width = Math.max(...cells.map((r) => r.length));
  const values = cells.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
  const range = ws.getRangeByIndexes(0, 0, values.length, width);
  // Text first, so a header such as "2025" or "=…" stays as written.
  range.numberFormat = values.map((r) => r.map(() => "@"));
  range.values = values;
  await context.sync();
  return { done: true, notes: [] };
}

const USER_SHEET: Bilingual = {
  vi: `Không lưu được cách gán cột: sổ đã có trang "${MAPPING_SHEET}" của người dùng.`,
  en: `The column mapping was not saved: the workbook has a user sheet named "${MAPPING_SHEET}".`,
};

function sheetGone(sheet: string): Bilingual {
  return {
    vi: `Không còn trang "${sheet}": hãy kiểm tra lại kế hoạch.`,
    en: `Sheet "${sheet}" is gone: check the plan again.`,
  };
}
