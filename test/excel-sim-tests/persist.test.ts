import { buildAgencySheets, buildSummary, highlightDeadlines, readAndCheckPlan } from "../../src/excel";
import { setIgnored } from "../../src/excel/ignored-findings";
import { openSavedWorkbook, saveWorkbook } from "../excel-sim";
import { AS_OF, seedSim } from "../excel/helpers/fixtures";
import { envOf } from "../excel/helpers/workbooks";
import { taskCell, typeCell } from "../taskpane/helpers/plan-cells";

describe("saveWorkbook / openSavedWorkbook", () => {
  test("a workbook with everything the add-in makes reopens identical, and the add-in carries on working in it", async () => {
    const sim = await seedSim();
    const env = envOf(sim);
    await highlightDeadlines(sim.requestContext(), env, { asOf: AS_OF });
    await buildAgencySheets(sim.requestContext(), env, { asOf: AS_OF });
    await buildSummary(sim.requestContext(), env, { asOf: AS_OF });
    const cell = taskCell(sim, "5", "Liên đoàn Lao động thành phố");
    typeCell(sim, cell, "phoi hop");
    const first = await readAndCheckPlan(sim.requestContext(), env, { asOf: AS_OF });
    if (!first.found) throw new Error("no plan");
    await setIgnored(sim.requestContext(), first.findings[0], true);

    const reopened = openSavedWorkbook(saveWorkbook(sim));
    expect(reopened.snapshot()).toEqual(sim.snapshot());

    // New objects get ids of their own, and the pivots still count from their caches.
    const again = await buildSummary(reopened.requestContext(), envOf(reopened), { asOf: AS_OF });
    expect(again).toMatchObject({ done: true, notes: [] });
    const ids = reopened.snapshot().sheets.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const read = await readAndCheckPlan(reopened.requestContext(), envOf(reopened), { asOf: AS_OF });
    expect(read.found && read.findings.map((f) => f.cell)).toContain(cell);
  });
});
