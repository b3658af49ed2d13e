// The workbooks the adapter is tested on: the seed plan as imported, the real resolution appendix typed into Excel,
// and generated plans of any size.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SimOptions, SimWorkbook } from "../../excel-sim";
import { importPlanText } from "../../../src/cli/commands";
import { SEED_TEXT } from "../../helpers/seed";
import { generatedPlan } from "./generated-plan";
import { simFromExcelJs, simFromTyping, type TypedSheet } from "./workbooks";

/** The seed plan is a 2024 plan: judged mid-year, as the demo does. */
export const AS_OF = "2024-06-30";
export const RESOLUTION_AS_OF = "2025-06-30";

/** The seed plan as `kehoach import` writes it (table KeHoach on "Kế hoạch"), opened in Excel. */
export async function seedSim(options?: SimOptions): Promise<SimWorkbook> {
  return simFromExcelJs(importPlanText(SEED_TEXT, null), options);
}

/** The rows of Phụ lục II of Nghị quyết 03/NQ-CP (2025) under its title line, as text. */
export function resolutionRows(): string[][] {
  const text = readFileSync(join(__dirname, "..", "..", "fixtures", "nq03-2025-phu-luc-ii.tsv"), "utf8");
  const lines = text.split("\n").filter((l) => !l.startsWith("#") && l.trim() !== "");
  return [
    ["(Kèm theo Nghị quyết số /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)"],
    ...lines.map((l) => l.split("\t")),
  ];
}

/** The resolution appendix typed into Excel: "6/2025" becomes a date shown "Jun-25", "2025" a number. */
export function resolutionSim(options?: SimOptions): Promise<SimWorkbook> {
  return simFromTyping([{ name: "Phụ lục II", rows: resolutionRows() }], options);
}

/** A generated plan of `tasks` tasks and 12 agencies typed into Excel, with any other sheets. */
export function generatedSim(tasks: number, options?: SimOptions, others: TypedSheet[] = []): Promise<SimWorkbook> {
  return simFromTyping([generatedPlan(tasks), ...others], options);
}
