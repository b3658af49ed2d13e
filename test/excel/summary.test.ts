import ExcelJS from "exceljs";
import { summarySpecs } from "../../src/core/sheets/summary-sheets";
import { summaryTables } from "../../src/core/track/summary-counts";
import { buildSummary, readAndCheckPlan } from "../../src/excel";
import { renderSheet } from "../../src/xlsx/render-sheet";
import { AS_OF, generatedSim, seedSim } from "./helpers/fixtures";
import { generatedPlan } from "./helpers/generated-plan";
import { sheetSnapshot, simLook, xlsxLook } from "./helpers/parity";
import { envOf, simFromTyping } from "./helpers/workbooks";

describe("buildSummary", () => {
  test("makes the assignments table and three PivotTables sourced from it, counting what the core counts, with a chart", async () => {
    const sim = await seedSim();
    const env = envOf(sim);
    const read = await readAndCheckPlan(sim.requestContext(), env, { asOf: AS_OF });
    if (!read.found) throw new Error("no plan");
    const result = await buildSummary(sim.requestContext(), env, { asOf: AS_OF });
    expect(result).toEqual({
      done: true,
      sheets: ["Tổng hợp", "Phân công", "Ngày đối chiếu"],
      notes: [],
      mode: "pivots",
      pivots: ["PivotVaiTro", "PivotQuy", "PivotTinhTrang"],
      chart: "Nhiệm vụ theo cơ quan và vai trò",
      table: "PhanCong",
    });
    const spec = summarySpecs(read.plan, AS_OF);
    expect(simLook(sim, "Phân công")).toEqual(xlsxLook(renderSheet(new ExcelJS.Workbook(), spec.assignments)));
    const assignments = sheetSnapshot(sim, "Phân công");
    expect(assignments.tables).toEqual([
      expect.objectContaining({
        name: "PhanCong",
        address: `A4:H${4 + spec.assignments.rows.length - 4}`,
        style: "TableStyleLight9",
      }),
    ]);
    // Text-only table columns carry the "@" format, so rows typed in later keep "1" or "=…" as text too.
    expect(assignments.cells.A5).toEqual(expect.objectContaining({ value: "1", numberFormat: "@", textPrefix: true }));
    expect(assignments.customProperties).toEqual({ "kehoach.generated": "assignments" });

    const summary = sheetSnapshot(sim, "Tổng hợp");
    expect(summary.customProperties).toEqual({ "kehoach.generated": "summary" });
    const counts = summaryTables(read.plan);
    expect(
      summary.pivotTables.map((p) => ({
        name: p.name,
        source: p.source,
        rows: p.rows,
        columns: p.columns,
        data: p.data.map((d) => [d.name, d.field, d.summarizeBy]),
      })),
    ).toEqual([
      {
        name: "PivotVaiTro",
        source: "PhanCong",
        rows: ["Cơ quan"],
        columns: ["Vai trò"],
        data: [["Số nhiệm vụ", "Cơ quan", "Count"]],
      },
      {
        name: "PivotQuy",
        source: "PhanCong",
        rows: ["Cơ quan"],
        columns: ["Quý"],
        data: [["Số nhiệm vụ", "Cơ quan", "Count"]],
      },
      {
        name: "PivotTinhTrang",
        source: "PhanCong",
        rows: ["Cơ quan"],
        columns: ["Tình trạng"],
        data: [["Số nhiệm vụ", "Cơ quan", "Count"]],
      },
    ]);
    summary.pivotTables.forEach((pivot, i) => {
      counts[i].rows.forEach((agency, r) =>
        counts[i].columns.forEach((column, c) =>
          expect(sim.pivotValue(pivot.name, agency, column) ?? 0).toBe(counts[i].counts[r][c]),
        ),
      );
    });
    expect(summary.charts).toEqual([
      expect.objectContaining({
        type: "ColumnClustered",
        title: "Nhiệm vụ theo cơ quan và vai trò",
        source: "'Tổng hợp'!A5:D10",
      }),
    ]);
    expect(summary.cells.A1).toMatchObject({ value: "Tổng hợp nhiệm vụ theo cơ quan", font: { bold: true } });
  });

  test("regenerating replaces the add-in's sheets, table, pivots and chart, never adding copies", async () => {
    const sim = await seedSim();
    const env = envOf(sim);
    await buildSummary(sim.requestContext(), env, { asOf: AS_OF });
    const before = sim.snapshot();
    const again = await buildSummary(sim.requestContext(), env, { asOf: AS_OF });
    const after = sim.snapshot();
    expect(again).toMatchObject({ sheets: ["Tổng hợp", "Phân công"], table: "PhanCong", notes: [] });
    // The tabs the user sees, in order (the very hidden marks sheet is not one of them).
    const tabs = (snapshot: typeof after) =>
      snapshot.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
    // The same tabs (the summary's two come back after the as-of sheet, which a rebuild keeps).
    expect(tabs(after).sort()).toEqual(tabs(before).sort());
    expect(after.sheets.filter((s) => s.visibility === "VeryHidden").map((s) => s.name)).toEqual(["_kehoach"]);
    expect(after.sheets.flatMap((s) => s.pivotTables)).toHaveLength(3);
    expect(after.sheets.flatMap((s) => s.charts)).toHaveLength(1);
    expect(
      after.sheets
        .flatMap((s) => s.tables)
        .map((t) => t.name)
        .sort(),
    ).toEqual(["KeHoach", "PhanCong"]);
  });

  test('a user\'s sheet named "Phân công" holding a table named PhanCong is left alone; other names are used and said', async () => {
    const sim = await generatedSim(8, undefined, [
      {
        name: "Phân công",
        rows: [
          ["Việc", "Người"],
          ["Họp", "An"],
        ],
        tables: [{ name: "PhanCong", address: "A1:B2" }],
      },
    ]);
    const result = await buildSummary(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    expect(result.sheets).toEqual(["Tổng hợp", "Phân công (2)", "Ngày đối chiếu"]);
    expect(result.table).toBe("PhanCong2");
    expect(result.notes[0]).toEqual({
      vi: expect.stringContaining('"Phân công" đã có'),
      en: 'Sheet "Phân công" exists (a user sheet, left untouched): wrote "Phân công (2)" instead.',
    });
    const user = sheetSnapshot(sim, "Phân công");
    expect(user.customProperties).toEqual({});
    expect(user.tables).toEqual([expect.objectContaining({ name: "PhanCong", address: "A1:B2" })]);
    expect(sheetSnapshot(sim, "Tổng hợp").pivotTables.every((p) => p.source === "PhanCong2")).toBe(true);
  });

  test('keeps cell text starting with = + - @ as text in the table through its "@" columns', async () => {
    const plan = generatedPlan(4);
    // The table repeats each task's time and status text, not its content.
    const texts = ["=SUM(1,2) quý", "+ Quý II", "-Cả năm", "@Thường xuyên"];
    const timeCol = plan.rows[3].indexOf("Thời gian");
    texts.forEach((t, i) => (plan.rows[5 + i][timeCol] = `'${t}`));
    const sim = await simFromTyping([plan]);
    await buildSummary(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    const cells = Object.values(sheetSnapshot(sim, "Phân công").cells);
    for (const t of texts)
      expect(cells.filter((c) => c.value === t).every((c) => c.textPrefix && c.numberFormat === "@")).toBe(true);
    expect(cells.filter((c) => texts.includes(String(c.value))).length).toBeGreaterThan(4);
    // The only formulas are the states over the as-of name.
    for (const c of cells.filter((c) => c.formula !== undefined)) expect(c.formula).toContain("NgayDoiChieu");
  });

  test("without ExcelApi 1.8 it writes the COUNTIFS summary instead, says why, and Excel's results are the core's counts", async () => {
    const sim = await seedSim({ apiVersion: "1.7" });
    const env = envOf(sim);
    const read = await readAndCheckPlan(sim.requestContext(), env, { asOf: AS_OF });
    if (!read.found) throw new Error("no plan");
    const result = await buildSummary(sim.requestContext(), env, { asOf: AS_OF });
    expect(result).toMatchObject({ done: true, mode: "formulas", pivots: [], chart: null });
    expect(result.notes).toContainEqual({
      vi: expect.stringContaining("COUNTIFS"),
      en: expect.stringContaining("ExcelApi 1.8"),
    });
    const spec = summarySpecs(read.plan, AS_OF);
    const { print, ...counts } = simLook(sim, "Tổng hợp");
    const { print: _print, ...expected } = xlsxLook(renderSheet(new ExcelJS.Workbook(), spec.counts));
    expect(counts).toEqual(expected);
    expect(print.titleRows).toBeNull();
    const formulaCells = Object.values(counts.cells).filter((c) => c.formula?.startsWith("=COUNTIFS"));
    expect(formulaCells.length).toBeGreaterThan(10);
    expect(sim.stats.requests.at(-1)?.calculationSuspended).toBe(false);
  });
});
