// Progress typed into the seed plan as staff report it mid-2024: some tasks done on time, some late, some open.
import type { SimWorkbook } from "../../excel-sim";
import { taskCell, typeCell } from "./plan-cells";

/** Task number, status and completion date (typed as yyyy-mm-dd, which Excel reads as a date in every locale) of the seed plan's tasks with progress. */
export const SEED_PROGRESS: [string, string, string | null][] = [
  ["1", "Hoàn thành", "2024-03-15"],
  ["2", "Hoàn thành", "2024-04-10"],
  ["3", "Đang thực hiện", null],
  ["4", "Hoàn thành", "2024-06-20"],
  ["5", "Đang thực hiện", null],
  ["8", "Hoàn thành", "2024-06-01"],
  ["10", "Đang thực hiện", null],
];

/** Types the progress into the plan's status and completion-date cells (the local user by default). */
export function fillSeedProgress(sim: SimWorkbook, author: "localUser" | "remote" = "localUser"): void {
  for (const [number, status, date] of SEED_PROGRESS) {
    typeCell(sim, taskCell(sim, number, "Trạng thái"), status, author);
    if (date) typeCell(sim, taskCell(sim, number, "Ngày hoàn thành"), date, author);
  }
}
