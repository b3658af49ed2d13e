import ExcelJS from "exceljs";
import { agencySheetSpecs } from "../../src/core/sheets/agency-sheets";
import { summarySpecs } from "../../src/core/sheets/summary-sheets";
import { summaryTables } from "../../src/core/track/summary-counts";
import {
  applyFixes,
  buildAgencySheets,
  buildSummary,
  highlightDeadlines,
  readAndCheckPlan,
  selectCell,
} from "../../src/excel";
import { renderSheet } from "../../src/xlsx/render-sheet";
import type { SimWorkbook } from "../excel-sim";
import { AS_OF, RESOLUTION_AS_OF, generatedSim, resolutionSim, seedSim } from "./helpers/fixtures";
import { sheetSnapshot, simLook, xlsxLook } from "./helpers/parity";
import { envOf } from "./helpers/workbooks";

const fixtures: [string, () => Promise<SimWorkbook>, string][] = [
  ["the seed plan (an Excel table)", () => seedSim(), AS_OF],
  ["the resolution appendix (lead/coordinator columns, typed in)", () => resolutionSim(), RESOLUTION_AS_OF],
  ["a plain range with a merged two-row header", () => generatedSim(60), AS_OF],
];

describe.each(fixtures)("every use-case on %s", (_name, make, asOf) => {
  test("check, jump, fix, highlight, agency sheets and summary all work and match the .xlsx output", async () => {
    const sim = await make();
    const env = envOf(sim);
    const read = await readAndCheckPlan(sim.requestContext(), env, { asOf });
    if (!read.found) throw new Error("no plan");
    const { plan } = read;

    const target = read.findings[0] ?? { sheet: plan.sheet, cell: plan.tasks[0].cells.content };
    expect(await selectCell(sim.requestContext(), env, target)).toMatchObject({ selected: true });
    expect(sim.snapshot().selection).toEqual({ sheet: target.sheet, address: target.cell });

    const fixable = read.findings.filter((f) => f.fix?.kind === "setCell");
    const fixed = await applyFixes(sim.requestContext(), env, fixable);
    expect(fixed.conflicts).toEqual([]);
    const recheck = await readAndCheckPlan(sim.requestContext(), env, { asOf });
    if (!recheck.found) throw new Error("plan lost");
    expect(
      recheck.findings.filter(
        (f) => f.fix?.kind === "setCell" && fixable.some((x) => x.cell === f.cell && x.rule === f.rule),
      ),
    ).toEqual([]);

    const lit = await highlightDeadlines(sim.requestContext(), env, { asOf });
    expect(lit).toMatchObject({ done: true, sheet: plan.sheet, rulesAdded: plan.columns.status === null ? 2 : 3 });
    expect(sheetSnapshot(sim, plan.sheet).conditionalFormats).toHaveLength(lit.rulesAdded);

    const agencies = await buildAgencySheets(sim.requestContext(), env, { asOf });
    const wb = new ExcelJS.Workbook();
    // Sheet names are cut at 31 characters, so two long agency names may need a number to stay apart.
    const specs = agencySheetSpecs(recheck.plan, asOf).map((s, i) => ({ ...s, name: agencies.sheets[i] }));
    expect(new Set(agencies.sheets).size).toBe(specs.length);
    for (const spec of specs) {
      expect(simLook(sim, spec.name)).toEqual(xlsxLook(renderSheet(wb, spec)));
      expect(sheetSnapshot(sim, spec.name).customProperties).toEqual({ "kehoach.generated": spec.key });
    }

    const summary = await buildSummary(sim.requestContext(), env, { asOf });
    expect(summary).toMatchObject({ done: true, mode: "pivots" });
    const specsOfSummary = summarySpecs(recheck.plan, asOf);
    expect(simLook(sim, "Phân công")).toEqual(xlsxLook(renderSheet(wb, specsOfSummary.assignments)));
    const counts = summaryTables(recheck.plan);
    const pivots = sheetSnapshot(sim, "Tổng hợp").pivotTables;
    expect(pivots).toHaveLength(3);
    pivots.forEach((pivot, i) => {
      expect(pivot.data).toEqual([expect.objectContaining({ field: "Cơ quan", summarizeBy: "Count" })]);
      const total = counts[i].counts.flat().reduce((a, b) => a + b, 0);
      expect(pivot.result.grandTotals["Số nhiệm vụ"]).toBe(total);
    });
  });
});
