/* global Excel */
// The quarter report for leaders, made in the open workbook: the core's report and sheet spec, rendered by the same
// spec renderer and generation helpers as the agency sheets (marked as the add-in's, replaced on the next run of the
// same quarter, never over a user's sheet).
import type { Bilingual } from "../core/check/finding";
import { quarterReport } from "../core/track/quarter-report";
import { quarterReportSpec } from "../core/sheets/quarter-report-sheet";
import { placedSheet, wantedSheet } from "../core/sheets/generation-plan";
import { planFor, writeGeneratedSheets } from "./generated-sheets";
import { analyseOpenWorkbook } from "./analyse-open-workbook";
import { NO_PLAN_IN_WORKBOOK } from "../core/read/no-plan";
import { TOO_OLD } from "./messages";
import { writeSheetContents, writeSheetLayout } from "./render-sheet";
import { capabilities } from "./requirements";
import type { ExcelEnv } from "./host";
import type { QuarterReportRequest, QuarterReportResult } from "../service/types";

const NO_YEAR: Bilingual = {
  vi: "Chưa rõ năm của kế hoạch: nhập năm ở thẻ Kế hoạch rồi tạo báo cáo.",
  en: "The plan year is unknown: type it in the Plan card, then make the report.",
};
const BAD_QUARTER: Bilingual = {
  vi: "Quý phải là I, II, III hoặc IV.",
  en: "The quarter must be 1, 2, 3 or 4.",
};

/** The mark of a quarter's report sheet: one per quarter and year, so other quarters' reports stay. */
export function quarterReportKey(year: number, quarter: number): string {
  return `quarter-report:${year}-Q${quarter}`;
}

/**
 * Makes the print-ready quarter report sheet (per lead agency: due in the quarter, done on time, done late, open,
 * overdue; then the overdue backlog) and takes the user to it; an earlier report of the same quarter is replaced.
 */
export async function buildQuarterReport(
  context: Excel.RequestContext,
  env: ExcelEnv,
  request: QuarterReportRequest,
): Promise<QuarterReportResult> {
  const caps = capabilities(env);
  const none = (notes: Bilingual[]): QuarterReportResult => ({
    done: false,
    sheets: [],
    notes,
    report: null,
  });
  if (!caps.generate) return none([TOO_OLD]);
  const { quarter } = request;
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) return none([BAD_QUARTER]);
  const { read, analysis } = await analyseOpenWorkbook(context, caps, request);
  if (!analysis) return none([NO_PLAN_IN_WORKBOOK]);
  const plan = analysis.plan;
  if (plan.year === null) return none([NO_YEAR]);
  const report = quarterReport(plan, quarter, plan.year, request.asOf);
  const key = quarterReportKey(plan.year, quarter);
  const made = quarterReportSpec(report, plan.title);
  const generation = planFor(read, { replaces: (k) => k === key, make: [wantedSheet({ ...made, key })] });
  const spec = placedSheet(made, generation.create[0]);
  await writeGeneratedSheets(context, caps, read, generation, async (w, added) => {
    const ws = added.sheets[0];
    await writeSheetContents(w, ws, spec);
    await w.send();
    await writeSheetLayout(w, ws, spec, caps);
    ws.activate();
  });
  return {
    done: true,
    sheets: generation.create.map((s) => s.name),
    notes: generation.notes,
    report,
  };
}
