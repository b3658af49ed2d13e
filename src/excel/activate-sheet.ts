/* global Excel */
import { errorCode } from "./office-errors";

/** Takes the user to a sheet the add-in reported (a generated sheet, the plan); false when the sheet is gone. */
export async function activateSheet(context: Excel.RequestContext, name: string): Promise<boolean> {
  context.workbook.worksheets.getItem(name).activate();
  try {
    await context.sync();
    return true;
  } catch (e) {
    if (errorCode(e) !== "ItemNotFound") throw e;
    return false;
  }
}
