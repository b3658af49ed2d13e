// The add-in's staff use-cases on the simulator: selecting a task's row by number, dropdowns on role and status cells,
// the quarter report sheet, change events for the live re-check, and the workbook's key.
import ExcelJS from "exceljs";
import { quarterReport } from "../../src/core/track/quarter-report";
import { quarterReportSpec } from "../../src/core/sheets/quarter-report-sheet";
import { readAndCheckPlan } from "../../src/excel";
import { buildQuarterReport, quarterReportKey } from "../../src/excel/build-quarter-report";
import { addDropdowns } from "../../src/excel/plan-dropdowns";
import { selectTask } from "../../src/excel/select-task";
import { taskSnapshot, type TaskSnapshot } from "../../src/core/track/task-snapshot";
import { unwatchChanges, watchChanges } from "../../src/excel/watch-changes";
import type { PlanChange } from "../../src/service/types";
import { workbookKey } from "../../src/excel/workbook-key";
import { renderSheet } from "../../src/xlsx/render-sheet";
import { type SimWorkbook } from "../excel-sim";
import { fillSeedProgress } from "../taskpane/helpers/progress";
import { PLAN_SHEET, taskCell, typeCell } from "../taskpane/helpers/plan-cells";
import { AS_OF, generatedSim, resolutionSim, seedSim } from "./helpers/fixtures";
import { sheetSnapshot, simLook, xlsxLook } from "./helpers/parity";
import { changedCells } from "./helpers/snapshot-diff";
import { envOf, measured, simFromTyping } from "./helpers/workbooks";

async function plan(sim: SimWorkbook, year?: number) {
  const r = await readAndCheckPlan(sim.requestContext(), envOf(sim), { asOf: AS_OF, year });
  if (!r.found) throw new Error("no plan");
  return r.plan;
}

async function shown(sim: SimWorkbook, number: string): Promise<TaskSnapshot> {
  const p = await plan(sim);
  return taskSnapshot(
    p,
    p.tasks.find((t) => t.number === number)!,
  );
}

describe("selectTask", () => {
  test("selects the task's row of the plan in two requests when the row still holds the task", async () => {
    const sim = await seedSim();
    const task = await shown(sim, "5");
    const { result, syncs } = await measured(sim, (c) => selectTask(c, envOf(sim), task, { asOf: AS_OF }));
    expect(result).toEqual({ selected: true, sheet: PLAN_SHEET, cell: `A${task.row}:I${task.row}`, notes: [] });
    expect(syncs).toBe(2);
    expect(sim.snapshot().selection).toEqual({ sheet: PLAN_SHEET, address: `A${task.row}:I${task.row}` });
  });

  test("finds the task by number after a co-author sorted the table or inserted rows", async () => {
    const sim = await seedSim();
    const task = await shown(sim, "5");
    sim.sortTable("KeHoach", "Nội dung", true);
    let row = Number(taskCell(sim, "5", "Stt").slice(1));
    expect(row).not.toBe(task.row);
    await selectTask(sim.requestContext(), envOf(sim), task, { asOf: AS_OF });
    expect(sim.snapshot().selection.address).toBe(`A${row}:I${row}`);
    sim.insertRowsAbove(PLAN_SHEET, 3, 4);
    row += 4;
    await selectTask(sim.requestContext(), envOf(sim), task, { asOf: AS_OF });
    expect(sim.snapshot().selection.address).toBe(`A${row}:I${row}`);
  });

  test("a task that is gone is reported, not guessed", async () => {
    const sim = await seedSim();
    const task = await shown(sim, "5");
    typeCell(sim, taskCell(sim, "5", "Stt"), "", "remote");
    const result = await selectTask(sim.requestContext(), envOf(sim), task, { asOf: AS_OF });
    expect(result.selected).toBe(false);
    expect(result.notes[0].en).toBe("Task 5 is no longer in the plan: run the check again.");
  });
});

describe("addDropdowns", () => {
  test("puts the role list on every agency column and the status list on the status column, changing no value", async () => {
    const sim = await seedSim();
    typeCell(sim, taskCell(sim, "3", "Ban Quản lý Khu kinh tế Hải Phòng"), "phoi hop");
    const p = await plan(sim);
    const before = sim.snapshot();
    const result = await addDropdowns(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    expect(result).toEqual({
      done: true,
      sheet: PLAN_SHEET,
      roleColumns: 3,
      statusColumn: true,
      rows: { top: p.firstRow, bottom: p.lastRow },
      notes: [],
    });
    const after = sim.snapshot();
    expect(changedCells(before, after)).toEqual([]);
    const lists = sheetSnapshot(sim, PLAN_SHEET).dataValidations.map((v) => [
      v.address,
      (v.rule.list as { source: string }).source,
      v.ignoreBlanks,
    ]);
    expect(lists).toEqual([
      [`C${p.firstRow}:E${p.lastRow}`, "Chủ trì,Phối hợp", true],
      [`G${p.firstRow}:G${p.lastRow}`, "Chưa thực hiện,Đang thực hiện,Hoàn thành", true],
    ]);
    // Asking again replaces the lists rather than piling them up.
    await addDropdowns(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    expect(sheetSnapshot(sim, PLAN_SHEET).dataValidations).toHaveLength(2);
    expect(sim.values(PLAN_SHEET, taskCell(sim, "3", "Ban Quản lý Khu kinh tế Hải Phòng"))).toEqual([["phoi hop"]]);
  });

  test("a lead/coordinator plan gets the status list only, and says why", async () => {
    const sim = await simFromTyping([
      {
        name: PLAN_SHEET,
        rows: [
          ["KẾ HOẠCH năm 2025"],
          [],
          ["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Trạng thái"],
          ["1", "Việc một", "Bộ Tài chính", "Bộ Công an", "Quý I", "Hoàn thành"],
          ["2", "Việc hai", "Bộ Công an", "Bộ Tài chính", "Quý II", ""],
        ],
      },
    ]);
    const result = await addDropdowns(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    expect(result).toMatchObject({ done: true, roleColumns: 0, statusColumn: true, rows: { top: 4, bottom: 5 } });
    expect(result.notes[0].en).toMatch(/^The plan names agencies in lead\/coordinator columns/);
    expect(sheetSnapshot(sim, PLAN_SHEET).dataValidations.map((v) => v.address)).toEqual(["F4:F5"]);
    const none = await addDropdowns((await resolutionSim()).requestContext(), envOf(sim), { asOf: AS_OF });
    expect(none).toMatchObject({ done: false });
  });

  test("Excel without data validation (ExcelApi 1.7) is told so", async () => {
    const sim = await seedSim({ apiVersion: "1.7" });
    const result = await addDropdowns(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    expect(result).toMatchObject({
      done: false,
      notes: [{ en: "This Excel cannot add dropdown lists from add-ins (ExcelApi 1.8 is needed)." }],
    });
  });
});

describe("buildQuarterReport", () => {
  test("the sheet holds the core's report for the seed plan with progress filled in, rendered as kehoach report renders it", async () => {
    const sim = await seedSim();
    fillSeedProgress(sim);
    const p = await plan(sim);
    const expected = quarterReport(p, 2, 2024, AS_OF);
    const result = await buildQuarterReport(sim.requestContext(), envOf(sim), { asOf: AS_OF, quarter: 2 });
    expect(result).toEqual({ done: true, sheets: ["Báo cáo quý II-2024"], notes: [], report: expected });
    expect(expected.agencies.map((a) => [a.name, a.due, a.done, a.doneLate, a.open, a.overdue])).toEqual([
      ["Ban Dân vận Thành ủy", 1, 1, 0, 0, 0],
      ["Ban Quản lý Khu kinh tế Hải Phòng", 0, 0, 0, 0, 0],
      ["Liên đoàn Lao động thành phố", 2, 0, 0, 2, 0],
    ]);
    expect(expected.overdueTasks.map((t) => t.number)).toEqual(["3"]);
    const spec = quarterReportSpec(expected, p.title);
    expect(simLook(sim, spec.name)).toEqual(xlsxLook(renderSheet(new ExcelJS.Workbook(), spec)));
    const sheet = sheetSnapshot(sim, spec.name);
    expect(sheet.customProperties).toEqual({ "kehoach.generated": quarterReportKey(2024, 2) });
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(sim.snapshot().activeSheet).toBe(spec.name);
    // The report is never mistaken for the plan.
    expect((await plan(sim)).sheet).toBe(PLAN_SHEET);
  });

  test("a second run of the same quarter replaces its sheet; other quarters' reports and the user's sheets stay", async () => {
    const sim = await seedSim();
    const ctx = sim.context();
    ctx.workbook.worksheets.add("Báo cáo quý III-2024").getRange("A1").values = [["Ghi chép của lãnh đạo"]];
    await ctx.sync();
    const env = envOf(sim);
    await buildQuarterReport(sim.requestContext(), env, { asOf: AS_OF, quarter: 1 });
    await buildQuarterReport(sim.requestContext(), env, { asOf: AS_OF, quarter: 2 });
    typeCell(sim, taskCell(sim, "4", "Trạng thái"), "Hoàn thành");
    const again = await buildQuarterReport(sim.requestContext(), env, { asOf: AS_OF, quarter: 2 });
    const third = await buildQuarterReport(sim.requestContext(), env, { asOf: AS_OF, quarter: 3 });
    expect(again.report!.agencies[0]).toMatchObject({ name: "Ban Dân vận Thành ủy", due: 1, done: 1 });
    expect(third.sheets).toEqual(["Báo cáo quý III-2024 (2)"]);
    expect(third.notes[0].en).toBe(
      'Sheet "Báo cáo quý III-2024" exists (a user sheet, left untouched): wrote "Báo cáo quý III-2024 (2)" instead.',
    );
    const tabs = sim.snapshot().sheets.filter((s) => s.visibility === "Visible");
    expect(tabs.map((s) => s.name)).toEqual([
      PLAN_SHEET,
      "Danh mục cơ quan",
      "Báo cáo quý III-2024",
      "Báo cáo quý I-2024",
      "Báo cáo quý II-2024",
      "Báo cáo quý III-2024 (2)",
    ]);
    expect(sheetSnapshot(sim, "Báo cáo quý III-2024").cells).toEqual({ A1: { value: "Ghi chép của lãnh đạo" } });
  });

  test("needs the plan year; a year typed in the pane is used", async () => {
    const sim = await simFromTyping([
      {
        name: PLAN_SHEET,
        rows: [
          ["KẾ HOẠCH phối hợp"],
          [],
          ["Stt", "Nội dung", "Sở Tài chính", "Sở Nội vụ", "Thời gian"],
          ["1.", "Rà soát", "Chủ trì", "Phối hợp", "Quý I"],
        ],
      },
    ]);
    const env = envOf(sim);
    const unknown = await buildQuarterReport(sim.requestContext(), env, { asOf: AS_OF, quarter: 1 });
    expect(unknown).toMatchObject({
      done: false,
      report: null,
      notes: [{ en: "The plan year is unknown: type it in the Plan card, then make the report." }],
    });
    const typed = await buildQuarterReport(sim.requestContext(), env, { asOf: AS_OF, year: 2024, quarter: 1 });
    expect(typed.report!.agencies.map((a) => [a.name, a.due, a.overdue])).toEqual([
      ["Sở Tài chính", 1, 1],
      ["Sở Nội vụ", 0, 0],
    ]);
    expect((await buildQuarterReport(sim.requestContext(), env, { asOf: AS_OF, quarter: 5 })).done).toBe(false);
  });
});

describe("watchChanges", () => {
  test("reports co-authors' edits as Remote, the user's as Local, the add-in's own writes as ThisLocalAddin; nothing after removal", async () => {
    const sim = await seedSim();
    const seen: PlanChange[] = [];
    const context = sim.requestContext();
    const handlers = await watchChanges(context, envOf(sim), (c) => seen.push(c));
    expect(handlers).toHaveLength(1);
    typeCell(sim, "G21", "Hoàn thành", "remote");
    typeCell(sim, "H21", "20/06/2024", "localUser");
    const ctx = sim.context();
    ctx.workbook.worksheets.getItem(PLAN_SHEET).getRange("I21").values = [["ghi chú"]];
    await ctx.sync();
    sim.sortTable("KeHoach", "Nội dung");
    await sim.flushEvents();
    const sheetId = sim.snapshot().sheets[0].id;
    expect(seen).toEqual([
      { source: "Remote", triggerSource: "Unknown", worksheetId: sheetId, address: "G21", changeType: "RangeEdited" },
      { source: "Local", triggerSource: "Unknown", worksheetId: sheetId, address: "H21", changeType: "RangeEdited" },
      {
        source: "Local",
        triggerSource: "ThisLocalAddin",
        worksheetId: sheetId,
        address: "I21",
        changeType: "RangeEdited",
      },
      expect.objectContaining({ source: "Remote", changeType: "RangeEdited" }),
    ]);
    await unwatchChanges(context, handlers!);
    typeCell(sim, "G22", "Hoàn thành", "remote");
    await sim.flushEvents();
    expect(seen).toHaveLength(4);
  });

  test("Excel before ExcelApi 1.9 registers on each sheet; before 1.7 there are no change events", async () => {
    const sim = await seedSim({ apiVersion: "1.8" });
    const seen: PlanChange[] = [];
    const handlers = await watchChanges(sim.requestContext(), envOf(sim), (c) => seen.push(c));
    expect(handlers).toHaveLength(2);
    typeCell(sim, "G21", "Hoàn thành", "remote");
    await sim.flushEvents();
    expect(seen).toHaveLength(1);
    const old = await seedSim({ apiVersion: "1.6" });
    expect(await watchChanges(old.requestContext(), envOf(old), () => undefined)).toBeNull();
  });
});

describe("workbookKey", () => {
  test("the document's URL where Office knows it, else the workbook's name", async () => {
    const sim = await generatedSim(2);
    expect(await workbookKey(sim.requestContext(), envOf(sim), "https://contoso.sharepoint.com/ke-hoach.xlsx")).toBe(
      "https://contoso.sharepoint.com/ke-hoach.xlsx",
    );
    expect(await workbookKey(sim.requestContext(), envOf(sim), null)).toBe("Book1.xlsx");
  });
});
