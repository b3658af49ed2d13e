import { analyseWorkbook, checkJson } from "../../src/core/analyse-workbook";
import { readAndCheckPlan } from "../../src/excel";
import { MERGES_TOO_MANY, MERGES_UNREAD } from "../../src/excel/messages";
import { readWorkbook } from "../../src/excel/read-workbook";
import { capabilities } from "../../src/excel/requirements";
import { workbookGrids } from "../../src/xlsx/read-workbook";
import { gridCells, loadRealPlan, realPlanWorkbook, shownCells, PLAN_SHEET } from "../helpers/real-plans";
import { envOf, measured, simFromExcelJs } from "./helpers/workbooks";
import { createWorkbook, type SimOptions } from "../excel-sim";

// The corpus plan opened in (simulated) Excel, merges and all, as a user's .xlsx file opens.
function planSim(name: string, options?: SimOptions) {
  const plan = loadRealPlan(name);
  return { plan, sim: simFromExcelJs(realPlanWorkbook(plan), options) };
}

describe("merged cells in the add-in's read", () => {
  test.each(["bnv-1383-2025", "ttg-2530-2025"])(
    "%s: each row of a vertical merge reads the merge's value, in the same two requests",
    async (name) => {
      const { plan, sim } = planSim(name);
      expect(sim.snapshot().sheets[0].merges).toHaveLength(plan.truth.merges!.length);
      // Excel holds the value in the merge's top cell only.
      const m = plan.truth.merges!.find((x) => x.value !== "")!;
      const below = `${String.fromCharCode(64 + m.col)}${m.rows[0] + 1}`;
      expect(sim.values(PLAN_SHEET, below)).toEqual([[""]]);
      const { result, syncs } = await measured(sim, (ctx) => readWorkbook(ctx, capabilities(envOf(sim))));
      expect(syncs).toBe(2);
      expect(result.merges).toBe("read");
      const shown = shownCells(plan);
      expect(gridCells(result.grids.sheets[0], shown)).toEqual(shown);
    },
  );

  test("ttg-2530: the add-in reads the plan as `kehoach check` does, rows under merges included", async () => {
    const { plan, sim } = planSim("ttg-2530-2025");
    const asOf = plan.truth.document.date;
    const { result, syncs } = await measured(sim, (ctx) => readAndCheckPlan(ctx, envOf(sim), { asOf }));
    if (!result.found) throw new Error("no plan");
    expect(syncs).toBe(2);
    expect(result.notes).toEqual([]);
    const viaXlsx = analyseWorkbook(workbookGrids(realPlanWorkbook(plan)), { asOf })!;
    expect(checkJson(result)).toEqual(checkJson(viaXlsx));
    expect(result.plan.tasks.find((t) => t.row === 10)?.lead).toBe("Bộ Nông nghiệp và Môi trường");
  });

  test("an Excel before ExcelApi 1.13 reads merged-away cells empty and says so; item rows still take their item's lead", async () => {
    const { plan, sim } = planSim("ttg-2530-2025", { apiVersion: "1.12" });
    const { result, syncs } = await measured(sim, (ctx) =>
      readAndCheckPlan(ctx, envOf(sim), { asOf: plan.truth.document.date }),
    );
    if (!result.found) throw new Error("no plan");
    expect(syncs).toBe(2);
    expect(result.notes).toEqual([MERGES_UNREAD]);
    // Row 10 continues the item above it (no number, no lead of its own): the reader gives it the item's lead even
    // when the merge itself cannot be seen.
    expect(result.plan.tasks.find((t) => t.row === 10)?.lead).toBe("Bộ Nông nghiệp và Môi trường");
  });

  test("a sheet with more than 512 merged areas, which Excel will not list, is read without them and says so", async () => {
    const rows = Array.from({ length: 1030 }, (_, i) => [i % 2 ? null : `Quý ${(i % 4) / 2 + 1}/2026`, `v${i}`]);
    const merges = Array.from({ length: 515 }, (_, i) => `A${2 * i + 1}:A${2 * i + 2}`);
    const sim = createWorkbook({ sheets: [{ name: "S", cells: rows, merges }] });
    const { result, syncs } = await measured(sim, (ctx) => readWorkbook(ctx, capabilities(envOf(sim))));
    expect(result.merges).toBe("tooMany");
    expect(syncs).toBe(4);
    expect(gridCells(result.grids.sheets[0], rows)).toEqual(rows);
    const plan = await measured(sim, (ctx) => readAndCheckPlan(ctx, envOf(sim), { asOf: "2026-01-01" }));
    expect(plan.result.notes).toContain(MERGES_TOO_MANY);
  });
});
