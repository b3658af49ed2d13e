import { createWorkbook } from "../excel-sim";

const assignments = () =>
  createWorkbook({
    sheets: [
      {
        name: "Phân công",
        cells: [
          ["Stt", "Cơ quan", "Vai trò", "Số ngày"],
          [1, "Bộ Tài chính", "Chủ trì", 10],
          [1, "Bộ Công an", "Phối hợp", 5],
          [2, "Bộ Tài chính", "Phối hợp", 3],
          [3, "Bộ Công an", "Chủ trì", 7],
          [3, "Bộ Tài chính", "Phối hợp", null],
          [4, "", "Chủ trì", 1],
        ],
        tables: [{ name: "PhanCong", address: "A1:D7" }],
      },
      { name: "Tổng hợp" },
    ],
  });

async function buildPivot(sim: ReturnType<typeof assignments>) {
  const ctx = sim.context();
  const sheet = ctx.workbook.worksheets.getItem("Tổng hợp");
  const pivot = sheet.pivotTables.add("PT_VaiTro", ctx.workbook.tables.getItem("PhanCong"), sheet.getRange("A3"));
  pivot.rowHierarchies.add(pivot.hierarchies.getItem("Cơ quan"));
  pivot.columnHierarchies.add(pivot.hierarchies.getItem("Vai trò"));
  const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem("Stt"));
  data.summarizeBy = "Count";
  pivot.layout.layoutType = "Tabular";
  await ctx.sync();
  return { ctx, pivot };
}

describe("PivotTables", () => {
  test("counts rows × columns from the source table", async () => {
    const sim = assignments();
    await buildPivot(sim);
    const [snap] = sim.snapshot().sheets[1].pivotTables;
    expect(snap).toMatchObject({
      name: "PT_VaiTro",
      source: "PhanCong",
      destination: "'Tổng hợp'!A3",
      rows: ["Cơ quan"],
      columns: ["Vai trò"],
      data: [{ name: "Count of Stt", field: "Stt", summarizeBy: "Count" }],
      layout: { layoutType: "Tabular" },
    });
    expect(snap.result.rows).toEqual(["Bộ Công an", "Bộ Tài chính", "(blank)"]);
    expect(snap.result.columns).toEqual(["Chủ trì", "Phối hợp"]);
    expect(snap.result.values["Count of Stt"]).toEqual([
      [1, 1],
      [1, 2],
      [1, null],
    ]);
    expect(snap.result.grandTotals["Count of Stt"]).toBe(6);
    expect(sim.pivotValue("PT_VaiTro", "Bộ Tài chính", "Phối hợp")).toBe(2);
  });

  test("a numeric field defaults to Sum, and the default name follows summarizeBy", async () => {
    const sim = assignments();
    const { ctx, pivot } = await buildPivot(sim);
    const days = pivot.dataHierarchies.add(pivot.hierarchies.getItem("Số ngày")).load("name, summarizeBy");
    await ctx.sync();
    expect([days.name, days.summarizeBy]).toEqual(["Sum of Số ngày", "Sum"]);
    expect(sim.pivotValue("PT_VaiTro", "Bộ Tài chính", "Phối hợp", "Sum of Số ngày")).toBe(3);
    days.summarizeBy = "Max";
    days.load("name");
    await ctx.sync();
    expect(days.name).toBe("Max of Số ngày");
  });

  test("pivots change only on refresh, and a table source then includes new rows", async () => {
    const sim = assignments();
    const { ctx, pivot } = await buildPivot(sim);
    const table = ctx.workbook.tables.getItem("PhanCong");
    table.resize("A1:D8");
    ctx.workbook.worksheets.getItem("Phân công").getRange("A8:D8").values = [[5, "Bộ Công an", "Phối hợp", 2]];
    await ctx.sync();
    expect(sim.pivotValue("PT_VaiTro", "Bộ Công an", "Phối hợp")).toBe(1);
    pivot.refresh();
    await ctx.sync();
    expect(sim.pivotValue("PT_VaiTro", "Bộ Công an", "Phối hợp")).toBe(2);
    expect(sim.snapshot().sheets[1].pivotTables[0].refreshCount).toBe(1);
  });

  test("an unknown field fails the sync with ItemNotFound; duplicate names with ItemAlreadyExists", async () => {
    const sim = assignments();
    const { ctx, pivot } = await buildPivot(sim);
    pivot.rowHierarchies.add(pivot.hierarchies.getItem("Không có"));
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    ctx.workbook.worksheets.getItem("Tổng hợp").pivotTables.add("PT_VaiTro", "PhanCong", "H3");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("workbook.pivotTables finds pivots by name; delete removes them", async () => {
    const sim = assignments();
    const { ctx } = await buildPivot(sim);
    const pivots = ctx.workbook.pivotTables.load("items/name");
    const missing = ctx.workbook.pivotTables.getItemOrNullObject("Khác");
    await ctx.sync();
    expect(pivots.items.map((p) => p.name)).toEqual(["PT_VaiTro"]);
    expect(missing.isNullObject).toBe(true);
    ctx.workbook.pivotTables.getItem("pt_vaitro").delete();
    await ctx.sync();
    expect(sim.snapshot().sheets[1].pivotTables).toEqual([]);
  });

  test("a range source and an address source work; a row field moved to columns leaves the rows", async () => {
    const sim = assignments();
    const ctx = sim.context();
    const sheet = ctx.workbook.worksheets.getItem("Tổng hợp");
    const pivot = sheet.pivotTables.add("ByRange", "'Phân công'!A1:D7", "B2");
    const field = pivot.hierarchies.getItem("Vai trò");
    pivot.rowHierarchies.add(field);
    pivot.columnHierarchies.add(field);
    pivot.dataHierarchies.add(pivot.hierarchies.getItem("Cơ quan"));
    await ctx.sync();
    const [snap] = sim.snapshot().sheets[1].pivotTables;
    expect(snap).toMatchObject({ source: "'Phân công'!A1:D7", rows: [], columns: ["Vai trò"] });
    expect(snap.result.values["Count of Cơ quan"]).toEqual([[2, 3]]);
  });
});
