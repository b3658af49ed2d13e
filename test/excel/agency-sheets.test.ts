import ExcelJS from "exceljs";
import { agencySheetSpecs } from "../../src/core/sheets/agency-sheets";
import { REGISTRY_SHEET } from "../../src/core/read/registry";
import { registrySheetSpec } from "../../src/core/sheets/registry-sheet";
import { buildAgencySheets, readAndCheckPlan } from "../../src/excel";
import { MARKS_SETTING } from "../../src/excel/generated-marks";
import { renderSheet } from "../../src/xlsx/render-sheet";
import { AS_OF, generatedSim, seedSim } from "./helpers/fixtures";
import { sheetSnapshot, simLook, xlsxLook } from "./helpers/parity";
import { envOf, measured, simFromTyping } from "./helpers/workbooks";
import { generatedPlan } from "./helpers/generated-plan";
import { taskCell, typeCell } from "../taskpane/helpers/plan-cells";

describe("buildAgencySheets", () => {
  test("renders every agency sheet exactly as the .xlsx adapter renders the same spec", async () => {
    const sim = await seedSim();
    const env = envOf(sim);
    const read = await readAndCheckPlan(sim.requestContext(), env, { asOf: AS_OF });
    if (!read.found) throw new Error("no plan");
    const result = await buildAgencySheets(sim.requestContext(), env, { asOf: AS_OF });
    const specs = agencySheetSpecs(read.plan, AS_OF);
    // The first build also makes the as-of sheet the state formulas read (the name NgayDoiChieu).
    expect(result).toEqual({ done: true, sheets: [...specs.map((s) => s.name), "Ngày đối chiếu"], notes: [] });
    const wb = new ExcelJS.Workbook();
    for (const spec of specs) expect(simLook(sim, spec.name)).toEqual(xlsxLook(renderSheet(wb, spec)));
    const first = sheetSnapshot(sim, specs[0].name);
    expect(first.cells.A1).toMatchObject({
      value: "Nhiệm vụ của Ban Dân vận Thành ủy",
      font: { bold: true, size: 14 },
    });
    expect(first.freeze.rows).toBe(5);
    expect(first.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$5:$5",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(first.customProperties).toEqual({ "kehoach.generated": "agency:Ban Dân vận Thành ủy" });
  });

  test("states of the twelve agencies of a generated plan get their colours cell by cell", async () => {
    const sim = await generatedSim(40);
    const env = envOf(sim);
    const read = await readAndCheckPlan(sim.requestContext(), env, { asOf: AS_OF });
    if (!read.found) throw new Error("no plan");
    const result = await buildAgencySheets(sim.requestContext(), env, { asOf: AS_OF });
    expect(result.sheets).toHaveLength(13);
    const wb = new ExcelJS.Workbook();
    for (const spec of agencySheetSpecs(read.plan, AS_OF))
      expect(simLook(sim, spec.name)).toEqual(xlsxLook(renderSheet(wb, spec)));
    // The registry sheet did not exist: it is created once, as the user's list (not marked as generated).
    expect(simLook(sim, REGISTRY_SHEET)).toEqual(xlsxLook(renderSheet(wb, registrySheetSpec(read.plan.agencies))));
    expect(sheetSnapshot(sim, REGISTRY_SHEET).customProperties).toEqual({});
    expect(result.notes.map((n) => n.en)).toEqual([expect.stringContaining(`Created the "${REGISTRY_SHEET}" sheet`)]);
  });

  test("keeps task text that starts with = + - @ as text (apostrophe) and leaves the user's sheets alone", async () => {
    const plan = generatedPlan(4);
    const texts = ["=SUM(1,2) báo cáo", "+ Phối hợp tuyên truyền", "-Tổ chức hội nghị", "@Khảo sát"];
    texts.forEach((t, i) => (plan.rows[5 + i][1] = `'${t}`));
    const sim = await simFromTyping([plan, { name: "Sở Tài chính", rows: [["Ghi chép riêng của người dùng"]] }]);
    const env = envOf(sim);
    const result = await buildAgencySheets(sim.requestContext(), env, { asOf: AS_OF });
    expect(result.sheets).toContain("Sở Tài chính (2)");
    expect(result.notes).toContainEqual({
      vi: expect.stringContaining('"Sở Tài chính" đã có'),
      en: 'Sheet "Sở Tài chính" exists (a user sheet, left untouched): wrote "Sở Tài chính (2)" instead.',
    });
    expect(sheetSnapshot(sim, "Sở Tài chính").cells).toEqual({ A1: { value: "Ghi chép riêng của người dùng" } });
    const lead = sheetSnapshot(sim, "Ban Dân vận Thành ủy");
    const contents = Object.values(lead.cells).filter((c) => typeof c.value === "string" && texts.includes(c.value));
    expect(contents.length).toBeGreaterThan(0);
    for (const c of contents) expect(c).toMatchObject({ textPrefix: true });
    // The only formulas are the add-in's own: the as-of line and the states over the as-of name.
    const formulas = Object.values(lead.cells).flatMap((c) => (c.formula === undefined ? [] : [c.formula]));
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).toContain("NgayDoiChieu");
  });

  test("regenerating replaces only the add-in's agency sheets, found by their marks even when renamed", async () => {
    const sim = await generatedSim(10);
    const env = envOf(sim);
    await buildAgencySheets(sim.requestContext(), env, { asOf: AS_OF });
    const ctx = sim.context();
    ctx.workbook.worksheets.getItem("Sở Nội vụ").name = "Nội vụ (đã đổi tên)";
    await ctx.sync();
    const before = sim.snapshot().sheets.length;
    const again = await buildAgencySheets(sim.requestContext(), env, { asOf: AS_OF });
    const names = sim.snapshot().sheets.map((s) => s.name);
    expect(names).toHaveLength(before);
    expect(names).not.toContain("Nội vụ (đã đổi tên)");
    expect(names).toContain("Sở Nội vụ");
    expect(again.notes).toEqual([]);
    expect(names.filter((n) => n === "Kế hoạch" || n === REGISTRY_SHEET)).toHaveLength(2);
  });

  test("without worksheet custom properties (ExcelApi < 1.12) the marks live in the workbook settings, by sheet id", async () => {
    const sim = await generatedSim(10, { apiVersion: "1.11" });
    const env = envOf(sim);
    const first = await buildAgencySheets(sim.requestContext(), env, { asOf: AS_OF });
    const snap = sim.snapshot();
    const marks = snap.settings[MARKS_SETTING] as { id: string; name: string; key: string }[];
    expect(marks.map((m) => m.name)).toEqual(first.sheets);
    for (const m of marks) expect(snap.sheets.find((s) => s.id === m.id)?.name).toBe(m.name);
    await buildAgencySheets(sim.requestContext(), env, { asOf: AS_OF });
    const after = sim.snapshot();
    // The as-of sheet made by the first build stays (with its name); the twelve agency sheets are made again.
    expect(after.sheets.map((s) => s.name).filter((n) => first.sheets.includes(n))).toHaveLength(13);
    const marksAfter = after.settings[MARKS_SETTING] as { id: string }[];
    expect(marksAfter).toHaveLength(13);
    expect(marksAfter.every((m) => after.sheets.some((s) => s.id === m.id))).toBe(true);
  });

  test("writes with events off, calculation and screen updating suspended, and puts events back", async () => {
    const sim = await generatedSim(10);
    const seen: unknown[] = [];
    const ctx = sim.context();
    ctx.workbook.worksheets.onChanged.add(async (e) => void seen.push(e));
    await ctx.sync();
    const { syncs } = await measured(sim, (c) => buildAgencySheets(c, envOf(sim), { asOf: AS_OF }));
    await sim.flushEvents();
    expect(seen).toEqual([]);
    const writes = sim.stats.requests.slice(-3);
    expect(writes.slice(0, 2).every((r) => r.calculationSuspended && r.screenUpdatingSuspended)).toBe(true);
    expect(syncs).toBe(7);
    const check = sim.context();
    check.runtime.load("enableEvents");
    await check.sync();
    expect(check.runtime.enableEvents).toBe(true);
  });

  test("without ExcelApi 1.9 the sheets are the same, only written range by range", async () => {
    const sim = await generatedSim(12, { apiVersion: "1.8" });
    const env = envOf(sim);
    const read = await readAndCheckPlan(sim.requestContext(), env, { asOf: AS_OF });
    if (!read.found) throw new Error("no plan");
    await buildAgencySheets(sim.requestContext(), env, { asOf: AS_OF });
    const wb = new ExcelJS.Workbook();
    for (const spec of agencySheetSpecs(read.plan, AS_OF)) {
      const { print, ...look } = simLook(sim, spec.name);
      const { print: _xlsxPrint, ...expected } = xlsxLook(renderSheet(wb, spec));
      expect(look).toEqual(expected);
      expect(print.titleRows).toBeNull();
    }
  });

  test("a task of 5,000 characters gets a row as tall as Excel allows (409 pt), not a row Excel refuses", async () => {
    const sim = await seedSim();
    typeCell(sim, taskCell(sim, "2", "Nội dung"), "Nhiệm vụ ".repeat(555));
    const result = await buildAgencySheets(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    expect(result).toMatchObject({ done: true, notes: [] });
    expect(Math.max(...Object.values(sheetSnapshot(sim, result.sheets[0]).rowHeights))).toBe(409);
  });
});
