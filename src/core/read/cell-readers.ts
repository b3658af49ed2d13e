import type { CellValue } from "../model/cell-value";
import { readDateCell } from "../model/dates";
import { cellText } from "../text/normalize";
import { memoByText } from "./repeated-text-cache";
import { readTime, type TimeReading } from "./time";
import { readRole, readStatus } from "./vocabulary";

/**
 * The cell readers of one plan read, each remembering the short texts it has seen. Only for columns that repeat a few
 * texts (roles, times, statuses, agency cells): a table holding every task number would cost more than it saves.
 */
export interface Readers {
  text: (v: CellValue) => string;
  /** The cell's text with its line breaks kept (each line cleaned): a line break separates agencies like ";". */
  lines: (v: CellValue) => string;
  role: (v: CellValue) => ReturnType<typeof readRole>;
  status: (v: CellValue) => ReturnType<typeof readStatus>;
  time: (v: CellValue) => TimeReading;
  date: (v: CellValue) => ReturnType<typeof readDateCell>;
}

/** A cell's text line by line, each line cleaned as cellText cleans a whole cell, empty lines dropped. */
export function cellLines(v: CellValue): string {
  if (typeof v !== "string" || !/[\n\r\u2028]/.test(v)) return cellText(v);
  return v
    .split(/\r\n|[\n\r\u2028]/)
    .map((line) => cellText(line))
    .filter((line) => line !== "")
    .join("\n");
}

/** Makes the cell readers of one plan read, times read against the plan year. */
export function makeReaders(year: number | null): Readers {
  return {
    text: memoByText(cellText),
    lines: memoByText(cellLines),
    role: memoByText(readRole),
    status: memoByText(readStatus),
    time: memoByText((v) => readTime(v, year)),
    date: memoByText(readDateCell),
  };
}
