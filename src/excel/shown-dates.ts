// Excel turns "6/2025" typed in the plan's time column into a date shown as a month; the core must read what the user
// sees, as the .xlsx reader does: month-and-year formats become "6/2025", full date formats a calendar day.
import type { CellValue } from "../core/cell-value";
import { excelSerialToIso } from "../core/dates";

/** The value the core should see for a number shown under a number format: the month, the day, or the number itself. */
export function shownDateValue(
  value: CellValue,
  numberFormat: string,
): CellValue {
  if (typeof value !== "number") return value;
  // Quoted text and [colour]/[locale] sections are not date parts.
  const format = numberFormat.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  if (!/y/i.test(format) || !/m/i.test(format) || /[hs]/i.test(format))
    return value;
  const iso = excelSerialToIso(value);
  if (!/d/i.test(format))
    return `${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
  return new Date(`${iso}T00:00:00Z`);
}
