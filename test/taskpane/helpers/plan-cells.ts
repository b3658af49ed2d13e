// Where a plan's cells are, and typing into them as a user of the workbook would (no exceljs: also bundled for the browser).
import { cellAddress } from "../../../src/core/model/address";
import { cellText } from "../../../src/core/text/normalize";
import type { SimWorkbook } from "../../excel-sim";

export const PLAN_SHEET = "Kế hoạch";

/** The address of task `number`'s cell under the header `column` ("Thời gian", an agency name…) on the plan sheet. */
export function taskCell(sim: SimWorkbook, number: string, column: string): string {
  const values = sim.values(PLAN_SHEET, "A1:Z80");
  const row = values.findIndex((r) => cellText(r[0] as string).replace(/\.$/, "") === number);
  const col = values.map((r) => r.findIndex((v) => v === column)).find((c) => c >= 0) ?? -1;
  if (row < 0 || col < 0) throw new Error(`no cell for task ${number}, column ${column}`);
  return cellAddress(row + 1, col + 1);
}

/** Types into one cell of the plan sheet: the local user by default, or a co-author ("remote"). */
export function typeCell(
  sim: SimWorkbook,
  address: string,
  value: string,
  author: "localUser" | "remote" = "localUser",
): void {
  sim.edit(PLAN_SHEET, address, [[value]], author);
}

/** Four problems coordinators meet in real drafts: two roles written loosely (fixable), an unknown role, an unreadable time. */
export function addProblems(sim: SimWorkbook): void {
  const agency = "Ban Quản lý Khu kinh tế Hải Phòng";
  typeCell(sim, taskCell(sim, "1", agency), "phối hợp");
  typeCell(sim, taskCell(sim, "2", agency), "phoi hop");
  typeCell(sim, taskCell(sim, "3", agency), "x");
  typeCell(sim, taskCell(sim, "4", "Thời gian"), "Quý V");
}
