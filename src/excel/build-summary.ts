/* global Excel */
import { ASSIGNMENTS_SHEET, SUMMARY_SHEET, summarySpecs } from "../core/sheets/summary-sheets";
import type { SheetSpec, SummarySpec } from "../core/sheets/spec";
import { summaryTables } from "../core/track/agency-views";
import { Generation } from "./generation";
import { loadPlan } from "./load-plan";
import { NO_PLAN, TOO_OLD } from "./messages";
import { pivotSheet } from "./pivot-sheet";
import { missingRegistry } from "./registry-sheet";
import { writeSheetContents, writeSheetLayout } from "./render-sheet";
import { capabilities } from "./requirements";
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
  const { read, analysis } = await loadPlan(context, caps, options);
  if (!analysis) return none([NO_PLAN]);
  const gen = new Generation(context, caps, read, (key) => key === "assignments" || key === "summary");
  const names = {
    summary: gen.reserve(SUMMARY_SHEET),
    assignments: gen.reserve(ASSIGNMENTS_SHEET),
  };
  const summary = withTableName(
    summarySpecs(analysis.plan, options.asOf, names),
    read.tables.filter((t) => gen.keeps(t.sheet)).map((t) => t.name),
  );
  const layout = caps.pivots ? pivotSheet(summary, summaryTables(analysis.plan)) : null;
  const registry = missingRegistry(gen, analysis);
  await gen.run(
    async (w) => {
      const sheets: { spec: SheetSpec; ws: Excel.Worksheet }[] = [
        {
          spec: layout ? layout.spec : summary.counts,
          ws: gen.add(names.summary, "summary"),
        },
        {
          spec: summary.assignments,
          ws: gen.add(names.assignments, "assignments"),
        },
      ];
      if (registry)
        sheets.push({
          spec: registry.spec,
          ws: context.workbook.worksheets.add(registry.spec.name),
        });
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
    sheets: gen.made.map((m) => m.name),
    notes: [...gen.notes, ...(layout ? [] : [NO_PIVOTS]), ...(registry ? [registry.note] : [])],
    mode: layout ? "pivots" : "formulas",
    pivots: layout ? layout.places.map((p) => p.pivot.name) : [],
    chart: layout ? summary.chart.title : null,
    table: summary.sourceTable,
  };
}

// Table names are unique in a workbook: when a user's table already has the name, the add-in's gets a number.
function withTableName(summary: SummarySpec, taken: string[]): SummarySpec {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let name = summary.sourceTable;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${summary.sourceTable}${i}`;
  if (name === summary.sourceTable) return summary;
  return {
    ...summary,
    sourceTable: name,
    assignments: {
      ...summary.assignments,
      tables: summary.assignments.tables.map((t) => ({ ...t, name })),
    },
  };
}
