/* global Excel */
// Which sheets the add-in generated: a worksheet custom property where ExcelApi 1.12 has them, else a list in the
// workbook settings. Both follow the sheet by id, so a renamed generated sheet is still the add-in's to replace.
// The hidden marks sheet (src/core/sheets/generated-marks.ts) is the list both tools share: the add-in reads it with
// its own marks and rewrites it after every generation, so `kehoach build`, which sees only that sheet, knows them.
import { z } from "zod";
import type { CellValue } from "../core/model/cell-value";
import {
  isMarkSheet,
  markSheetCells,
  MARK_SHEET,
  parseMarkRows,
  sheetMarks,
  type MarkRow,
} from "../core/sheets/generated-marks";
import type { Capabilities } from "./requirements";

/** The custom property (and settings entry) naming a generated sheet's spec key ("agency:…", "assignments", "summary"). */
export const MARK_PROPERTY = "kehoach.generated";
export const MARKS_SETTING = "kehoach.generatedSheets";

const markEntries = z.array(z.object({ id: z.string(), name: z.string(), key: z.string() }));

/** One generated sheet as the settings list records it. */
export type MarkEntry = z.infer<typeof markEntries>[number];

/** The worksheet properties to load so the marks come with the first read. */
export function sheetLoadPaths(caps: Capabilities): string {
  const base = "items/name,items/id,items/visibility";
  return caps.customProperties ? `${base},items/customProperties/items/key,items/customProperties/items/value` : base;
}

// Reads the settings list, ignoring anything that is not the shape the add-in writes (a user may have edited it).
function parseMarkSetting(value: unknown): MarkEntry[] {
  const raw = typeof value === "string" ? safeJson(value) : value;
  const parsed = markEntries.safeParse(raw);
  return parsed.success ? parsed.data : [];
}

/** The spec key of each worksheet (null for the user's): its own mark, else the marks sheet's row for it (see sheetMarks). */
export function generatedKeys(items: Excel.Worksheet[], caps: Capabilities, marks: MarksRead): (string | null)[] {
  return sheetMarks(
    items.map((ws) => ({
      name: ws.name,
      id: ws.id,
      ownMark: markOf(ws, caps, marks.settings),
    })),
    marks.rows,
  );
}

// The spec key a worksheet is marked with, from its custom properties or the settings list.
function markOf(ws: Excel.Worksheet, caps: Capabilities, settingsList: MarkEntry[]): string | null {
  if (caps.customProperties) {
    const prop = ws.customProperties.items.find((p) => p.key === MARK_PROPERTY);
    if (prop) return String(prop.value);
  }
  return settingsList.find((e) => e.id === ws.id)?.key ?? null;
}

/** Marks a sheet being generated, in the same request that creates it (custom properties only; see settingsAfter). */
export function markNewSheet(ws: Excel.Worksheet, key: string, caps: Capabilities): void {
  if (caps.customProperties) ws.customProperties.add(MARK_PROPERTY, key);
}

/** The settings list after a build: entries of deleted sheets dropped, new sheets added when there are no custom properties. */
export function settingsAfter(
  previous: MarkEntry[],
  deletedIds: Set<string>,
  made: MarkEntry[],
  caps: Capabilities,
): MarkEntry[] {
  const kept = previous.filter((e) => !deletedIds.has(e.id));
  return caps.customProperties ? kept : [...kept, ...made];
}

/** The marks as they stand before a command: the settings list, the marks sheet's rows, and whether that sheet is ours. */
export interface MarksRead {
  settings: MarkEntry[];
  rows: MarkRow[];
  /** "ours": the (hidden) marks sheet; "none": there is none; "user": a visible sheet of that name, the user's. */
  sheet: "ours" | "none" | "user";
}

/** The requests for the marks, queued into the command's first read. */
export interface MarksLoad {
  setting: Excel.Setting;
  sheet: Excel.Worksheet;
  cells: Excel.Range;
}

/** Queues the reads of the settings list and the marks sheet, so they come with the sheet list in one request. */
export function loadMarks(wb: Excel.Workbook): MarksLoad {
  const setting = wb.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load("value");
  // Everything asked of a null object is null too, so a workbook without the sheet costs nothing more.
  const sheet = wb.worksheets.getItemOrNullObject(MARK_SHEET);
  sheet.load("name,visibility");
  const cells = sheet.getUsedRangeOrNullObject(true);
  cells.load("values");
  return { setting, sheet, cells };
}

/** The marks once the first read has come back. */
export function marksRead(load: MarksLoad): MarksRead {
  const settings = load.setting.isNullObject ? [] : parseMarkSetting(load.setting.value);
  if (load.sheet.isNullObject) return { settings, rows: [], sheet: "none" };
  if (!isMarkSheet(load.sheet.name, load.sheet.visibility !== "Visible")) return { settings, rows: [], sheet: "user" };
  const values = load.cells.isNullObject ? [] : (load.cells.values as CellValue[][]);
  return { settings, rows: parseMarkRows(values), sheet: "ours" };
}

/** Rewrites the marks sheet with these rows (creating it very hidden when missing); a user's sheet of that name is left alone. */
export function writeMarkSheet(wb: Excel.Workbook, sheet: MarksRead["sheet"], rows: MarkRow[]): void {
  if (sheet === "user" || (sheet === "none" && rows.length === 0)) return;
  // Cleared rather than deleted: Excel refuses to delete a very hidden sheet.
  const ws = sheet === "none" ? wb.worksheets.add(MARK_SHEET) : wb.worksheets.getItem(MARK_SHEET);
  if (sheet === "ours") ws.getRange().clear("Contents");
  // Very hidden again if another program saved it merely hidden (LibreOffice has no "very hidden").
  ws.visibility = "VeryHidden";
  if (rows.length === 0) return;
  const cells = markSheetCells(rows);
  const range = ws.getRangeByIndexes(0, 0, cells.length, cells[0].length);
  // Text format first, so a sheet name such as "2024" or "=…" stays text.
  range.numberFormat = cells.map((r) => r.map(() => "@"));
  range.values = cells;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
