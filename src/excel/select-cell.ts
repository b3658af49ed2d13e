/* global Excel */
import type { Finding } from "../core/check/finding";
import { errorCode } from "./office-errors";
import type { ExcelEnv } from "./host";
import type { SelectResult } from "../service/types";

/** Takes the user to a finding's cell: activates its sheet and selects the cell, in one request. */
export async function selectCell(
  context: Excel.RequestContext,
  _env: ExcelEnv,
  finding: Pick<Finding, "sheet" | "cell">,
): Promise<SelectResult> {
  const { sheet, cell } = finding;
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  try {
    await context.sync();
    return { selected: true, sheet, cell, notes: [] };
  } catch (e) {
    if (errorCode(e) !== "ItemNotFound") throw e;
    return {
      selected: false,
      sheet,
      cell,
      notes: [
        {
          vi: `Không còn trang "${sheet}" (đã đổi tên hoặc xoá?): hãy kiểm tra lại.`,
          en: `Sheet "${sheet}" is gone (renamed or deleted?): run the check again.`,
        },
      ],
    };
  }
}
