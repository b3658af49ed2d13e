// Runs the tool on every corpus plan as a user would have it: the plan pasted into Excel and saved as .xlsx, opened
// as `kehoach check --json` opens a file, analysed as of the document's date.
import ExcelJS from "exceljs";
import { analyseWorkbook, checkJson } from "../../src/core/analyse-workbook";
import { workbookGrids } from "../../src/xlsx/read-workbook";
import { loadRealPlan, realPlanNames, realPlanWorkbook, type RealPlan } from "../helpers/real-plans";
import { scorePlan, type PlanScore, type ToolReading } from "./score";

/** The tool's reading of one corpus plan, through an .xlsx file's bytes and the CLI's own JSON. */
export async function readCorpusPlan(plan: RealPlan): Promise<ToolReading> {
  const saved = await realPlanWorkbook(plan).xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(saved as ArrayBuffer);
  const analysis = analyseWorkbook(workbookGrids(workbook), { asOf: plan.truth.document.date });
  return analysis ? checkJson(analysis) : null;
}

/** Scores every corpus plan, in name order. */
export async function scoreCorpus(): Promise<PlanScore[]> {
  const scores: PlanScore[] = [];
  for (const name of realPlanNames()) {
    const plan = loadRealPlan(name);
    scores.push(scorePlan(name, plan.truth, await readCorpusPlan(plan)));
  }
  return scores;
}
