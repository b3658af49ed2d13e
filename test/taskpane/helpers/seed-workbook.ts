// The seed plan opened in the simulated Excel, for the pane's tests.
import type { SimOptions, SimWorkbook } from "../../excel-sim";
import { seedSim } from "../../excel/helpers/fixtures";

export { PLAN_SHEET, addProblems, taskCell, typeCell } from "./plan-cells";

/** The seed is a 2024 plan: the pane is opened as of mid-2024, as the demo does. */
export const AS_OF = "2024-06-30";

/** The seed plan as `kehoach import` writes it, opened in the simulator (of any ExcelApi version). */
export function seedWorkbook(options?: SimOptions): Promise<SimWorkbook> {
  return seedSim(options);
}
