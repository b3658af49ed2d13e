/* global Excel */
import { ASSIGNMENTS_SHEET, ASSIGNMENTS_TABLE, SUMMARY_SHEET, summarySpecs } from "../core/sheets/summary-sheets";
import { registrySheetSpec } from "../core/sheets/registry-sheet";
import type { SheetSpec } from "../core/sheets/spec";
import { summaryTables } from "../core/track/summary-counts";
import { planFor, writeGeneratedSheets } from "./generated-sheets";
import { analyseOpenWorkbook } from "./analyse-open-workbook";
import { NO_PLAN_IN_WORKBOOK } from "../core/read/no-plan";
import { TOO_OLD } from "./messages";
import { pivotSheet } from "./pivot-sheet";
import { writeSheetContents, writeSheetLayout } from "./render-sheet";
import { capabilities } from "./requirements";
import { addAsOfName, asOfWanted, hasAsOfName, paneAsOfSheet } from "./as-of";
import { placedSheet } from "../core/sheets/generation-plan";
import { writePivots } from "./write-pivots";
import type { ExcelEnv } from "./host";
import type { PlanOptions, SummaryResult } from "../service/types";

const NO_PIVOTS = {
  vi: "Excel này chưa hỗ trợ PivotTable qua phần bổ trợ (cần ExcelApi 1.8): trang tổng hợp dùng công thức COUNTIFS trên bảng phân công.",
  en: "This Excel cannot make PivotTables from add-ins (ExcelApi 1.8 is needed): the summary sheet uses COUNTIFS formulas over the assignments table.",
};

/**
 * Makes the assignments table (task × agency × role × quarter × state) and the summary over it: PivotTables sourced
 * from the table (so a refresh sees new rows) with a chart, or COUNTIFS tables where Excel has no PivotTable API.
 */
export async function buildSummary(
  context: Excel.RequestContext,
  env: ExcelEnv,
  options: PlanOptions,
): Promise<SummaryResult> {
  const caps = capabilities(env);
  const none = (notes: SummaryResult["notes"]): SummaryResult => ({
    done: false,
    sheets: [],
    notes,
    mode: null,
    pivots: [],
    chart: null,
    table: null,
  });
  if (!caps.generate) return none([TOO_OLD]);
  const { read, analysis } = await analyseOpenWorkbook(context, caps, options);
  if (!analysis) return none([NO_PLAN_IN_WORKBOOK]);
  const asOf = asOfWanted(read.sheets, await hasAsOfName(context));
  const plan = planFor(read, {
    replaces: (key) => key === "assignments" || key === "summary",
    make: [
      { key: "summary", name: SUMMARY_SHEET },
      { key: "assignments", name: ASSIGNMENTS_SHEET, tables: [ASSIGNMENTS_TABLE] },
      ...asOf,
    ],
    registry: !analysis.registryFromWorkbook,
  });
  const [summarySheet, assignmentsSheet] = plan.create;
  const summary = summarySpecs(analysis.plan, options.asOf, {
    summary: summarySheet.name,
    assignments: assignmentsSheet.name,
    table: assignmentsSheet.tables[0],
  });
  const layout = caps.pivots ? pivotSheet(summary, summaryTables(analysis.plan)) : null;
  await writeGeneratedSheets(
    context,
    caps,
    read,
    plan,
    async (w, added) => {
      const sheets: { spec: SheetSpec; ws: Excel.Worksheet }[] = [
        { spec: layout ? layout.spec : summary.counts, ws: added.sheets[0] },
        { spec: summary.assignments, ws: added.sheets[1] },
      ];
      if (added.registry) sheets.push({ spec: registrySheetSpec(analysis.plan.agencies), ws: added.registry });
      if (asOf.length) {
        sheets.push({ spec: placedSheet(paneAsOfSheet(options.asOf), plan.create[2]), ws: added.sheets[2] });
        addAsOfName(context, plan.create[2].name);
      }
      for (const s of sheets) await writeSheetContents(w, s.ws, s.spec);
      await w.send();
      const tables = new Map<string, Excel.Table>();
      for (const s of sheets)
        for (const [name, table] of await writeSheetLayout(w, s.ws, s.spec, caps)) tables.set(name, table);
      if (layout) await writePivots(w, sheets[0].ws, tables.get(summary.sourceTable)!, summary, layout);
    },
    // Calculation was suspended while the COUNTIFS formulas were written.
    () => (layout ? undefined : context.workbook.application.calculate("Recalculate" as Excel.CalculationType)),
  );
  return {
    done: true,
    sheets: plan.create.map((s) => s.name),
    notes: [...plan.notes, ...(layout ? [] : [NO_PIVOTS]), ...(plan.registry ? [plan.registry.note] : [])],
    mode: layout ? "pivots" : "formulas",
    pivots: layout ? layout.places.map((p) => p.pivot.name) : [],
    chart: layout ? summary.chart.title : null,
    table: summary.sourceTable,
  };
}
