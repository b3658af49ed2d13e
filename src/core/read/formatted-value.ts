// Excel turns "6/2025" typed in a plan's time column into a date shown as a month. The core must read what the user
// sees: under a month-and-year format that is "6/2025", under a full date format a calendar day. Both adapters ask
// here — Office.js hands over the serial number, exceljs a Date.
import type { CellValue } from "../model/cell-value";
import { excelSerialToIso, isoOfDate } from "../model/dates";

/** The value a cell shows under its number format: the month as "6/2025", the day as a Date, or the value as it is. */
export function formattedValue(value: CellValue, numberFormat: string | null | undefined): CellValue {
  if (!numberFormat || (typeof value !== "number" && !(value instanceof Date))) return value;
  // Quoted text and [colour]/[locale] sections are not date parts.
  const format = numberFormat.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  if (!/y/i.test(format) || !/m/i.test(format) || /[hs]/i.test(format)) return value;
  const iso = value instanceof Date ? isoOfDate(value) : excelSerialToIso(value);
  if (iso === null) return value;
  if (!/d/i.test(format)) return `${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
  return value instanceof Date ? value : new Date(`${iso}T00:00:00Z`);
}
