// Excel reads a string written through `range.values` as if it were typed: "=…", "+…", "-…", "@…" become formulas,
// "1", "01", "6/2025", "30/6", "TRUE", "10%" become numbers, dates or booleans. Text that must stay text is written
// behind an apostrophe, which Excel keeps out of the value (as when a user types it).
import { isoToExcelSerial } from "../core/model/dates";
import type { SpecCell } from "../core/sheets/spec";

// English month names are read as dates by en-US Excel ("Jun 2025", "March-25").
const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/,]*\d/i;

/** The string to write so Excel keeps `text` as exactly this text. */
export function typedText(text: string): string {
  const plainWord = /^\p{L}/u.test(text) && !/^(true|false)$/i.test(text.trim()) && !MONTH_DATE.test(text);
  return plainWord ? text : `'${text}`;
}

/** What to write into a cell for a spec cell: text kept as text, dates as serial numbers, formulas with "=". */
export function specInput(cell: SpecCell, textFormatted: boolean): string | number | null {
  if (cell === null) return null;
  if (typeof cell === "number") return cell;
  if (typeof cell === "string") return cell === "" ? null : textFormatted ? cell : typedText(cell);
  if ("text" in cell) return cell.text === "" ? null : textFormatted ? cell.text : typedText(cell.text);
  if ("number" in cell) return cell.number;
  if ("date" in cell) return isoToExcelSerial(cell.date);
  return `=${cell.formula}`;
}
