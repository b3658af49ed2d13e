import { analyseWorkbook, checkJson } from "../../src/core/analyse-workbook";
import type { CellValue } from "../../src/core/model/cell-value";
import { importPlanText } from "../../src/cli/commands";
import { readAndCheckPlan } from "../../src/excel";
import { workbookGrids } from "../../src/xlsx/read-workbook";
import { SEED_TEXT } from "../helpers/seed";
import { createWorkbook } from "../excel-sim";
import { AS_OF, RESOLUTION_AS_OF, generatedSim, resolutionRows, resolutionSim, seedSim } from "./helpers/fixtures";
import { envOf, measured } from "./helpers/workbooks";

describe("readAndCheckPlan", () => {
  test("reads the seed plan exactly as the .xlsx reader does: same tasks, deadlines, states and findings", async () => {
    const sim = await seedSim();
    const { result, syncs } = await measured(sim, (ctx) => readAndCheckPlan(ctx, envOf(sim), { asOf: AS_OF }));
    if (!result.found) throw new Error("no plan");
    const viaXlsx = analyseWorkbook(workbookGrids(importPlanText(SEED_TEXT, null)), { asOf: AS_OF })!;
    expect(checkJson(result)).toEqual(checkJson(viaXlsx));
    expect(result.plan.tasks).toHaveLength(20);
    expect(result.where).toEqual({
      sheet: "Kế hoạch",
      table: "KeHoach",
      address: expect.stringMatching(/^'Kế hoạch'!A\d+:I\d+$/),
    });
    expect(result.states).toEqual({ done: 0, overdue: 3, due: 3, upcoming: 14, ongoing: 0, unknown: 0 });
    // The time column holds text only, so the third request (number formats of the time column) is not needed.
    expect(syncs).toBe(2);
  });

  test('reads times Excel turned into dates ("6/2025" typed in a cell) as the user sees them', async () => {
    const sim = await resolutionSim();
    const cells = sim.snapshot().sheets[0].cells;
    const typedDate = Object.values(cells).find((c) => c.numberFormat === "mmm-yy");
    expect(typedDate?.value).toEqual(expect.any(Number));
    const { result, syncs } = await measured(sim, (ctx) =>
      readAndCheckPlan(ctx, envOf(sim), { asOf: RESOLUTION_AS_OF }),
    );
    if (!result.found) throw new Error("no plan");
    expect(syncs).toBe(3);
    const asText = analyseWorkbook(
      { sheets: [{ name: "Phụ lục II", values: resolutionRows() as CellValue[][] }] },
      { asOf: RESOLUTION_AS_OF },
    )!;
    expect(result.plan.layout).toBe("columns");
    expect(result.plan.year).toBe(2025);
    const summary = (tasks: typeof asText.plan.tasks) =>
      tasks.map((t) => ({
        n: t.number,
        lead: t.lead,
        coordinators: t.coordinators,
        deadline: t.deadline,
        state: t.state,
        time: t.timeText.replace(/^0(\d\/)/, "$1"),
      }));
    expect(summary(result.plan.tasks)).toEqual(summary(asText.plan.tasks));
    expect(result.plan.tasks.find((t) => t.number === "1")).toMatchObject({
      timeText: "6/2025",
      deadline: "2025-06-30",
    });
    const where = (fs: typeof asText.findings) => fs.map((f) => `${f.rule} ${f.cell}`).sort();
    expect(where(result.findings)).toEqual(where(asText.findings));
    expect(result.findings.some((f) => f.rule === "lead-multiple")).toBe(true);
  });

  test("reads a plain range with a two-row header merged over twelve agencies", async () => {
    const sim = await generatedSim(20);
    const result = await readAndCheckPlan(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    if (!result.found) throw new Error("no plan");
    expect(result.where).toEqual({ sheet: "Kế hoạch", table: null, address: "'Kế hoạch'!A4:Q25" });
    expect(result.plan.layout).toBe("matrix");
    expect(result.plan.agencies).toHaveLength(12);
    expect(result.plan.tasks[0]).toMatchObject({
      number: "1",
      lead: "Ban Dân vận Thành ủy",
      timeText: "Quý I",
      deadline: "2024-03-31",
      state: "overdue",
    });
    // "6/2024" was typed, so Excel holds a date; the core still reads the month.
    expect(result.plan.tasks[5]).toMatchObject({ timeText: "6/2024", deadline: "2024-06-30" });
    expect(result.findings.filter((f) => f.rule === "role-nonstandard").map((f) => f.fix)).toContainEqual({
      kind: "setCell",
      sheet: "Kế hoạch",
      cell: "E9",
      from: "phối hợp",
      to: "Phối hợp",
    });
  });

  test("never reads the add-in's generated sheets as the plan, however plan-like they look", async () => {
    const sim = await generatedSim(5, undefined, [
      {
        name: "Bản sao",
        rows: [
          ["Stt", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
          ["1", "Việc khác", "Sở Tài chính", "Quý I"],
        ],
      },
    ]);
    const ctx = sim.context();
    ctx.workbook.worksheets.getItem("Bản sao").position = 0;
    ctx.workbook.worksheets.getItem("Bản sao").customProperties.add("kehoach.generated", "agency:Sở Tài chính");
    await ctx.sync();
    const result = await readAndCheckPlan(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    expect(result.found && result.plan.sheet).toBe("Kế hoạch");
  });

  test("says so, in both languages, when no sheet holds a plan", async () => {
    const sim = createWorkbook({ sheets: [{ name: "Sheet1", cells: [["Danh sách"], ["a", "b"]] }] });
    const result = await readAndCheckPlan(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    expect(result).toEqual({
      found: false,
      notes: [{ vi: expect.stringContaining("Không tìm thấy kế hoạch"), en: expect.stringContaining("No plan found") }],
    });
  });
});
