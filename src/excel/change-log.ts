/* global Excel */
// The change log in an open workbook. Co-authors may save at the same moment, so a row is never added with
// TableRowCollection.add (co-authoring guidance: table row adds from several people conflict); instead each write goes
// to the first empty row below the log's used range, a range Excel resolves when it runs the request.
import { LOG_HEADER, LOG_SHEET, logRow, type LogEntry } from "../core/exchange/change-log";
import { columnLetters } from "../core/model/address";

const LAST_COLUMN = columnLetters(LOG_HEADER.length);

/** Creates the log sheet with its header when the workbook has none (one request; a co-author's creating it first is fine). */
export async function ensureLogSheet(context: Excel.RequestContext, exists: boolean): Promise<void> {
  if (exists) return;
  const ws = context.workbook.worksheets.add(LOG_SHEET);
  const header = ws.getRange(`A1:${LAST_COLUMN}1`);
  header.values = [[...LOG_HEADER]];
  header.format.font.bold = true;
  try {
    await context.sync();
  } catch (e) {
    // Someone else added it between the read and now: theirs is used.
    if ((e as { code?: string }).code !== "ItemAlreadyExists") throw e;
  }
}

/** Queues the log rows into the current request, below the log's last used row as Excel finds it; returns their range. */
export function queueLogRows(context: Excel.RequestContext, entries: LogEntry[]): Excel.Range {
  const ws = context.workbook.worksheets.getItem(LOG_SHEET);
  const rows = entries.map(logRow);
  const target = ws
    .getRange(`A:${LAST_COLUMN}`)
    .getUsedRange(true)
    .getLastRow()
    .getOffsetRange(1, 0)
    .getResizedRange(rows.length - 1, 0);
  // Text, so a value such as "01/02" stays as written.
  target.numberFormat = rows.map((r) => r.map(() => "@"));
  target.values = rows;
  return target.load("address");
}
