/* global Excel */
// The batched read every command starts with: the sheet list (with the add-in's marks) in one request, then the
// values (and merged areas) of every sheet that could hold the plan in a second one.
import { parseRangeAddress } from "../core/model/address";
import type { CellValue } from "../core/model/cell-value";
import type { MergedArea, SheetGrid, WorkbookGrids } from "../core/model/grid";
import { withMergedValues } from "../core/model/merged-cells";
import { generatedKeys, loadMarks, marksRead, sheetLoadPaths, type MarksRead } from "./generated-marks";
import { jsonBytes } from "./bulk-writer";
import { loadMapping, mappingRead } from "./column-mapping";
import { errorCode } from "./office-errors";
import type { Capabilities } from "./requirements";

/** One worksheet as the commands need to know it. */
export interface SheetInfo {
  id: string;
  name: string;
  visibility: string;
  /** The spec key of a sheet the add-in or `kehoach build` generated; null for the user's sheets. */
  generated: string | null;
}

/** What the first two requests of a command learn about the workbook. */
export interface WorkbookRead {
  sheets: SheetInfo[];
  /** Every table in the workbook, with its sheet, so new table names do not clash. */
  tables: { name: string; sheet: string }[];
  /** The plan candidates (and the agency registry) as grids for the core. */
  grids: WorkbookGrids;
  /** The marks as read (settings list, marks sheet), to rewrite after a generation. */
  marks: MarksRead;
  /** Whether events were on before the command, to put them back as they were. */
  eventsWereOn: boolean | null;
  /** The conditional formats of each read sheet, when the command asked for them. */
  conditionalFormats: Map<string, Excel.ConditionalFormatCollection>;
  /** Whether merged cells were read into the grids, or why not (an Excel before ExcelApi 1.13, too many merges). */
  merges: MergesRead;
}

/** Whether the read knows the merged cells: values merged down over several rows then stand in each of them. */
export type MergesRead = "read" | "unsupported" | "tooMany";

/** Reads the sheet list, tables, marks and every user sheet's values and merges in two requests, whatever the size of the plan. */
export async function readWorkbook(
  context: Excel.RequestContext,
  caps: Capabilities,
  opts: { conditionalFormats?: boolean } = {},
): Promise<WorkbookRead> {
  if (!caps.mergedAreas) return readOnce(context, caps, opts, "unsupported");
  try {
    return await readOnce(context, caps, opts, "read");
  } catch {
    // Excel refuses the merged areas of a range holding more than 512 of them, with an undocumented error that fails
    // the whole request: read once more without merges (if that fails too, its error is the real one).
    return readOnce(context, caps, opts, "tooMany");
  }
}

async function readOnce(
  context: Excel.RequestContext,
  caps: Capabilities,
  opts: { conditionalFormats?: boolean },
  merges: MergesRead,
): Promise<WorkbookRead> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load(sheetLoadPaths(caps));
  const tables = wb.tables;
  tables.load("items/name,items/worksheet/name,items/showTotals");
  const marksLoad = loadMarks(wb);
  const mappingLoad = loadMapping(wb);
  if (caps.events) context.runtime.load("enableEvents");
  await context.sync();

  const marks = marksRead(marksLoad);
  const generated = generatedKeys(sheets.items, caps, marks);
  const infos: SheetInfo[] = sheets.items.map((ws, i) => ({
    id: ws.id,
    name: ws.name,
    visibility: ws.visibility,
    generated: generated[i],
  }));
  // Generated sheets are never the plan, and very hidden ones are machinery (the .xlsx marks sheet), not the user's.
  const readable = sheets.items.filter((ws, i) => infos[i].generated === null && ws.visibility !== "VeryHidden");
  const used = readable.map((ws) => ws.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex"));
  const merged = merges === "read" ? readable.map(mergedAreas) : null;
  const readableNames = new Set(readable.map((ws) => ws.name));
  const tableRanges = tables.items
    .filter((t) => readableNames.has(t.worksheet.name))
    .map((t) => ({
      name: t.name,
      sheet: t.worksheet.name,
      totalsRow: t.showTotals,
      range: t.getRange().load("address"),
    }));
  const conditionalFormats = new Map<string, Excel.ConditionalFormatCollection>();
  if (opts.conditionalFormats && caps.conditionalFormats) {
    for (const ws of readable) conditionalFormats.set(ws.name, ws.getRange().conditionalFormats.load("items/type"));
  }
  let blocks: Block[][] | null = null;
  try {
    await context.sync();
  } catch (e) {
    // Excel on the web answers at most 5 MB per request: a very large plan is read again in blocks of rows.
    if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
    blocks = await readInBlocks(
      context,
      readable,
      tableRanges,
      conditionalFormats,
      opts.conditionalFormats === true && caps.conditionalFormats,
      merged,
    );
  }

  const grids: SheetGrid[] = readable.map((ws, i) => {
    const areas = tableRanges
      .filter((t) => t.sheet === ws.name)
      .flatMap((t) => {
        const area = parseRangeAddress(t.range.address);
        return area ? [{ name: t.name, ...area, totalsRow: t.totalsRow }] : [];
      });
    const read = blocks
      ? blocks[i]
      : used[i].isNullObject
        ? []
        : [
            {
              rowIndex: used[i].rowIndex,
              columnIndex: used[i].columnIndex,
              values: used[i].values,
            },
          ];
    const hidden = ws.visibility !== "Visible";
    if (read.length === 0) return { name: ws.name, values: [], tables: areas, hidden };
    const grid: SheetGrid = {
      name: ws.name,
      hidden,
      values: read.flatMap((b) => b.values.map((row) => row.map(cellValue))),
      origin: { row: read[0].rowIndex + 1, col: read[0].columnIndex + 1 },
      tables: areas,
    };
    return merged ? withMergedValues(grid, mergedAreasOf(merged[i])) : grid;
  });
  return {
    sheets: infos,
    tables: tables.items.map((t) => ({
      name: t.name,
      sheet: t.worksheet.name,
    })),
    grids: { sheets: grids, mapping: mappingRead(mappingLoad) },
    marks,
    eventsWereOn: caps.events ? context.runtime.enableEvents : null,
    conditionalFormats,
    merges,
  };
}

// The merged areas of a whole sheet, queued with its values: a null object when the sheet has none.
function mergedAreas(ws: Excel.Worksheet): Excel.RangeAreas {
  return ws
    .getRange()
    .getMergedAreasOrNullObject()
    .load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
}

function mergedAreasOf(areas: Excel.RangeAreas): MergedArea[] {
  if (areas.isNullObject) return [];
  return areas.areas.items.map((a) => ({
    top: a.rowIndex + 1,
    left: a.columnIndex + 1,
    bottom: a.rowIndex + a.rowCount,
    right: a.columnIndex + a.columnCount,
  }));
}

/** Rows of a sheet's used range read in one response. */
interface Block {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
}

const FIRST_BLOCK_ROWS = 4000;
// Bytes a block's response is sized for: under the 5 MB limit with room for Office.js's own wrapping.
const BLOCK_RESPONSE_BYTES = 4_000_000;

// The fallback for plans whose values pass 5 MB: the used ranges' sizes (and what the failed request also asked
// for) first, then blocks of rows, one response each. The first block's bytes per row size the next ones to fill a
// response; a block that is still too large is halved. Syncs then grow with the bytes of the plan (about one per
// 4 MB) — the price of Excel on the web's limit.
async function readInBlocks(
  context: Excel.RequestContext,
  readable: Excel.Worksheet[],
  tableRanges: { range: Excel.Range }[],
  conditionalFormats: Map<string, Excel.ConditionalFormatCollection>,
  withFormats: boolean,
  merged: Excel.RangeAreas[] | null,
): Promise<Block[][]> {
  const sizes = readable.map((ws) =>
    ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  if (merged) readable.forEach((ws, i) => (merged[i] = mergedAreas(ws)));
  for (const t of tableRanges) t.range.load("address");
  if (withFormats)
    for (const ws of readable) conditionalFormats.set(ws.name, ws.getRange().conditionalFormats.load("items/type"));
  await context.sync();
  const out: Block[][] = [];
  let rows = FIRST_BLOCK_ROWS;
  for (let i = 0; i < readable.length; i++) {
    const size = sizes[i];
    const blocks: Block[] = [];
    out.push(blocks);
    if (size.isNullObject) continue;
    for (let done = 0; done < size.rowCount;) {
      const n = Math.min(rows, size.rowCount - done);
      const range = readable[i]
        .getRangeByIndexes(size.rowIndex + done, size.columnIndex, n, size.columnCount)
        .load("values");
      try {
        // Deliberate: each block has to be a response of its own to stay under the 5 MB limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (e) {
        if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded" || n === 1) throw e;
        rows = Math.max(1, Math.floor(n / 2));
        continue;
      }
      blocks.push({
        rowIndex: size.rowIndex + done,
        columnIndex: size.columnIndex,
        values: range.values,
      });
      done += n;
      rows = Math.max(1, Math.floor((BLOCK_RESPONSE_BYTES * n) / Math.max(1, jsonBytes(range.values))));
    }
  }
  return out;
}

// Office.js reports an empty cell as ""; the core, like the .xlsx reader, expects null there.
function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}
