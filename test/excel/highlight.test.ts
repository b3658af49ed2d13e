import { isoToExcelSerial } from "../../src/core/model/dates";
import { DEADLINE_HELPER_HEADER } from "../../src/core/read/header";
import { HIGHLIGHT_COLORS } from "../../src/core/sheets/spec";
import { highlightDeadlines, readAndCheckPlan } from "../../src/excel";
import type { SimWorkbook } from "../excel-sim";
import { AS_OF, generatedSim, seedSim } from "./helpers/fixtures";
import { sheetSnapshot } from "./helpers/parity";
import { envOf, measured } from "./helpers/workbooks";

async function addUserRule(sim: SimWorkbook, sheet: string, address: string): Promise<void> {
  const ctx = sim.context();
  const cf = ctx.workbook.worksheets
    .getItem(sheet)
    .getRange(address)
    .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
  cf.custom.rule.formula = '=$B5="Khẩn"';
  cf.custom.format.fill.color = "#FFFF00";
  await ctx.sync();
}

describe("highlightDeadlines", () => {
  test("adds the helper deadline column inside the plan's table and three rules over the task rows only", async () => {
    const sim = await seedSim();
    const env = envOf(sim);
    const read = await readAndCheckPlan(sim.requestContext(), env, { asOf: AS_OF });
    if (!read.found) throw new Error("no plan");
    const { plan } = read;
    const { result, syncs } = await measured(sim, (ctx) => highlightDeadlines(ctx, env, { asOf: AS_OF }));
    expect(result).toEqual({
      done: true,
      sheet: "Kế hoạch",
      helperCell: `J${plan.headerBottom}`,
      rulesAdded: 3,
      rulesReplaced: 0,
      notes: [],
    });
    // Two more than a workbook with the as-of name: looking for the name, then making its sheet.
    expect(syncs).toBe(6);
    const snap = sheetSnapshot(sim, "Kế hoạch");
    expect(snap.tables[0]).toMatchObject({ name: "KeHoach", address: `A${plan.headerBottom}:J${plan.lastRow}` });
    expect(snap.tables[0].columns.at(-1)).toBe(DEADLINE_HELPER_HEADER);
    const first = plan.tasks[0];
    expect(snap.cells[`J${first.row}`]).toMatchObject({
      value: isoToExcelSerial(first.deadline!),
      numberFormat: "dd/mm/yyyy",
      font: { color: "#7F7F7F" },
    });
    expect(snap.columnWidths.J).toBeCloseTo(66.75);
    const area = `A${plan.firstRow}:I${plan.lastRow}`;
    const g = `$G${plan.firstRow}`;
    const done = `OR(TRIM(${g})="Hoàn thành",TRIM(${g})="Đã hoàn thành")`;
    expect(
      snap.conditionalFormats.map((cf) => ({
        address: cf.address,
        type: cf.type,
        formula: cf.rule.formula,
        format: cf.format,
      })),
    ).toEqual([
      {
        address: area,
        type: "Custom",
        formula: `=${done}`,
        format: { fill: HIGHLIGHT_COLORS.done.fill, fontColor: HIGHLIGHT_COLORS.done.font },
      },
      {
        address: area,
        type: "Custom",
        formula: expect.stringContaining(`$J${plan.firstRow}<NgayDoiChieu`),
        format: { fill: HIGHLIGHT_COLORS.overdue.fill, fontColor: HIGHLIGHT_COLORS.overdue.font },
      },
      {
        address: area,
        type: "Custom",
        formula: expect.stringContaining("<=NgayCuoiQuy,"),
        format: { fill: HIGHLIGHT_COLORS.due.fill, fontColor: HIGHLIGHT_COLORS.due.font },
      },
    ]);
  });

  test("running again replaces only the add-in's rules; the user's rule stays", async () => {
    const sim = await seedSim();
    const env = envOf(sim);
    await highlightDeadlines(sim.requestContext(), env, { asOf: AS_OF });
    const firstAreas = sheetSnapshot(sim, "Kế hoạch").conditionalFormats.map((r) => r.address);
    await addUserRule(sim, "Kế hoạch", "B20:B30");
    const { result, syncs } = await measured(sim, (ctx) => highlightDeadlines(ctx, env, { asOf: AS_OF }));
    expect(result).toMatchObject({ rulesAdded: 3, rulesReplaced: 3 });
    expect(syncs).toBe(6);
    const rules = sheetSnapshot(sim, "Kế hoạch").conditionalFormats;
    expect(rules).toHaveLength(4);
    expect(rules.filter((r) => r.rule.formula === '=$B5="Khẩn"')).toHaveLength(1);
    // The helper column is now inside the table; the rules still cover the same cells, not the helper too.
    expect(rules.filter((r) => r.rule.formula !== '=$B5="Khẩn"').map((r) => r.address)).toEqual(firstAreas);
  });

  test("clears the helper date of a task whose time no longer reads as a deadline", async () => {
    const sim = await generatedSim(10);
    const env = envOf(sim);
    await highlightDeadlines(sim.requestContext(), env, { asOf: AS_OF });
    expect(sheetSnapshot(sim, "Kế hoạch").cells.R6.value).toBe(isoToExcelSerial("2024-03-31"));
    sim.edit("Kế hoạch", "O6", [["khi có chỉ đạo"]]);
    await highlightDeadlines(sim.requestContext(), env, { asOf: AS_OF });
    expect(sheetSnapshot(sim, "Kế hoạch").cells.R6?.value ?? "").toBe("");
  });

  test("in a plain range the helper goes to the first empty column right of the plan, never over the user's column", async () => {
    const sim = await generatedSim(10);
    sim.edit("Kế hoạch", "R4:R6", [["Kinh phí"], [null], ["20 triệu"]]);
    const result = await highlightDeadlines(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    expect(result.helperCell).toBe("S5");
    const snap = sheetSnapshot(sim, "Kế hoạch");
    expect(snap.cells.R6.value).toBe("20 triệu");
    expect(snap.cells.S5.value).toBe(DEADLINE_HELPER_HEADER);
    expect(snap.conditionalFormats[0].address).toBe("A6:R15");
  });

  test("where tables cannot be resized (ExcelApi < 1.13) the helper sits beside the table and the result says why it matters", async () => {
    const sim = await seedSim({ apiVersion: "1.12" });
    const result = await highlightDeadlines(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    expect(result.notes).toEqual([
      { vi: expect.stringContaining("ngoài bảng"), en: expect.stringContaining("right of the table, outside it") },
    ]);
    expect(sheetSnapshot(sim, "Kế hoạch").tables[0].address).toMatch(/^A\d+:I\d+$/);
  });

  test("a user's column right beside the table is never written over: the helper goes further right, outside the table", async () => {
    const sim = await seedSim();
    const read = await readAndCheckPlan(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    if (!read.found) throw new Error("no plan");
    const row = read.plan.tasks[3].row;
    sim.edit("Kế hoạch", `J${row}`, [["ghi chú riêng"]]);
    const result = await highlightDeadlines(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    expect(result.helperCell).toBe(`K${read.plan.headerBottom}`);
    expect(result.notes.map((n) => n.en)).toEqual([expect.stringContaining("right of the table, outside it")]);
    const snap = sheetSnapshot(sim, "Kế hoạch");
    expect(snap.cells[`J${row}`].value).toBe("ghi chú riêng");
    expect(snap.tables[0].address).toMatch(/^A\d+:I\d+$/);
  });
});
