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
  role: (v: CellValue) => ReturnType<typeof readRole>;
  status: (v: CellValue) => ReturnType<typeof readStatus>;
  time: (v: CellValue) => TimeReading;
  date: (v: CellValue) => ReturnType<typeof readDateCell>;
}

/** Makes the cell readers of one plan read, times read against the plan year. */
export function makeReaders(year: number | null): Readers {
  return {
    text: memoByText(cellText),
    role: memoByText(readRole),
    status: memoByText(readStatus),
    time: memoByText((v) => readTime(v, year)),
    date: memoByText(readDateCell),
  };
}
