/* global Excel */
// The workbook's as-of cells in the open workbook: every generated formula reads the names NgayDoiChieu and
// NgayCuoiQuy, so a command that writes such formulas first makes sure the names exist, creating the as-of sheet when
// the workbook has none.
import { AS_OF_INPUT, AS_OF_SHEET, asOfNames, asOfSheetSpec } from "../core/sheets/as-of";
import type { WantedSheet } from "../core/sheets/generation-plan";
import { todayIso, type IsoDate } from "../core/model/dates";
import type { SheetInfo } from "./read-workbook";

/** Whether the workbook already has every as-of name (one request). */
export async function hasAsOfName(context: Excel.RequestContext): Promise<boolean> {
  const items = asOfNames().map(({ name }) => context.workbook.names.getItemOrNullObject(name));
  for (const item of items) item.load("name");
  await context.sync();
  return items.every((item) => !item.isNullObject);
}

/** The as-of sheet to add to a generation, when the workbook has neither the name nor a generated as-of sheet. */
export function asOfWanted(sheets: SheetInfo[], named: boolean): WantedSheet[] {
  return named || sheets.some((s) => s.generated === "as-of") ? [] : [{ key: "as-of", name: AS_OF_SHEET }];
}

/** The as-of sheet's spec for the pane's date: empty input (today) when the pane is on today, else that date fixed. */
export function paneAsOfSheet(asOf: IsoDate, now: Date = new Date()) {
  const today = todayIso(now);
  return asOfSheetSpec(asOf === today ? null : asOf, today);
}

/** Points the as-of names at a newly made as-of sheet. */
export function addAsOfName(context: Excel.RequestContext, sheet: string): void {
  for (const { name, reference } of asOfNames(sheet)) context.workbook.names.add(name, `=${reference}`);
}

/** Writes a date into the as-of input cell (null: empty, so the workbook follows today). */
export function setAsOfInput(ws: Excel.Worksheet, date: IsoDate | null, serial: (d: IsoDate) => number): void {
  ws.getRange(AS_OF_INPUT.a1).values = [[date === null ? "" : serial(date)]];
}
