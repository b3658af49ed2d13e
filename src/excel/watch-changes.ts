/* global Excel, OfficeExtension */
// Change events for the live re-check: every edit of the workbook's cells, the user's own and co-authors', reported
// as plain data. The handler only hands the change on; it never calls Excel or opens a dialog.
import { API } from "./requirements";
import type { ExcelEnv } from "./host";
import type { ChangeListener } from "../service/types";

/** The registrations made, to remove them later with the context they were made in. */
export type ChangeHandlers = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[];

/** The worksheet collection reports changes on every sheet, including sheets added later (ExcelApi 1.9). */
const ALL_SHEETS_EVENTS = "1.9";

/**
 * Starts reporting the workbook's cell changes to `listener`: one registration on the worksheet collection, or, on
 * Excel without it, one per existing sheet; null where Excel has no change events at all.
 */
export async function watchChanges(
  context: Excel.RequestContext,
  env: ExcelEnv,
  listener: ChangeListener,
): Promise<ChangeHandlers | null> {
  const has = (v: string) => env.isSetSupported("ExcelApi", v);
  const handler = async (args: Excel.WorksheetChangedEventArgs) => {
    listener({
      source: args.source === "Remote" ? "Remote" : "Local",
      triggerSource: args.triggerSource ?? null,
      worksheetId: args.worksheetId,
      address: args.address,
      changeType: String(args.changeType),
    });
  };
  const sheets = context.workbook.worksheets;
  if (has(ALL_SHEETS_EVENTS)) {
    const handlers = [sheets.onChanged.add(handler)];
    await context.sync();
    return handlers;
  }
  if (!has(API.generate)) return null;
  sheets.load("items/name");
  await context.sync();
  const handlers = sheets.items.map((ws) => ws.onChanged.add(handler));
  await context.sync();
  return handlers;
}

/** Stops the reports: removes the registrations in the context they were made in (Office requires that one). */
export async function unwatchChanges(context: Excel.RequestContext, handlers: ChangeHandlers): Promise<void> {
  for (const h of handlers) h.remove();
  await context.sync();
}
