import { createWorkbook } from "../excel-sim";

const plan = () =>
  createWorkbook({
    sheets: [
      {
        name: "Kế hoạch",
        cells: [
          ["KẾ HOẠCH PHỐI HỢP NĂM 2024", null, null],
          [null, null, null],
          ["Stt", "Nội dung", "Thời gian"],
          [1, "Xây dựng kế hoạch", "Quý II"],
          [2, "Tổ chức hội nghị", null],
          [3, "Báo cáo", "Quý I"],
        ],
        tables: [{ name: "KeHoach", address: "A3:C6" }],
        merges: ["A1:C1"],
      },
    ],
  });

describe("co-author structural edits", () => {
  test("sortTable reorders the body rows, blanks last", async () => {
    const sim = plan();
    sim.sortTable("KeHoach", "Thời gian", true);
    expect(sim.values("Kế hoạch", "A4:C6")).toEqual([
      [3, "Báo cáo", "Quý I"],
      [1, "Xây dựng kế hoạch", "Quý II"],
      [2, "Tổ chức hội nghị", ""],
    ]);
    sim.sortTable("KeHoach", "Stt", false);
    expect(sim.values("Kế hoạch", "A4:A6")).toEqual([[3], [2], [1]]);
  });

  test("insertRowsAbove moves cells, tables, merges, validations and conditional formats", async () => {
    const sim = plan();
    const ctx = sim.context();
    const sheet = ctx.workbook.worksheets.getItem("Kế hoạch");
    sheet.getRange("C4:C6").dataValidation.rule = {
      list: { inCellDropDown: true, source: "Quý I,Quý II,Quý III,Quý IV" },
    };
    sheet.getRange("A4:C6").conditionalFormats.add("Custom").custom.rule.formula = '=$C4=""';
    await ctx.sync();
    sim.insertRowsAbove("Kế hoạch", 2, 2);
    const snap = sim.snapshot().sheets[0];
    expect(snap.cells.A5).toEqual({ value: "Stt" });
    expect(snap.merges).toEqual(["A1:C1"]);
    expect(snap.tables[0].address).toBe("A5:C8");
    expect(snap.dataValidations[0].address).toBe("C6:C8");
    expect(snap.conditionalFormats[0].address).toBe("A6:C8");
    sim.insertRowsAbove("Kế hoạch", 7, 1);
    expect(sim.snapshot().sheets[0].tables[0].address).toBe("A5:C9");
  });

  test("a range object keeps its address after a co-author inserts rows (untracked), so re-reading matters", async () => {
    const sim = plan();
    const ctx = sim.context();
    const row = ctx.workbook.worksheets.getItem("Kế hoạch").getRange("A4:C4").load("values");
    await ctx.sync();
    sim.insertRowsAbove("Kế hoạch", 4, 1);
    row.load("values");
    await ctx.sync();
    expect(row.values).toEqual([["", "", ""]]);
    const table = ctx.workbook.tables.getItem("KeHoach").getDataBodyRange().load("address");
    await ctx.sync();
    expect(table.address).toBe("'Kế hoạch'!A4:C7"); // the inserted row is inside the table, which grew
  });

  test("whole rows can be inserted and deleted through the API", async () => {
    const sim = plan();
    const ctx = sim.context();
    const sheet = ctx.workbook.worksheets.getItem("Kế hoạch");
    sheet.getRange("5:5").insert("Down");
    await ctx.sync();
    expect(sim.snapshot().sheets[0].tables[0].address).toBe("A3:C7");
    sheet.getRange("A5").getEntireRow().delete("Up");
    sheet.getRange("A4").getEntireRow().delete("Up");
    await ctx.sync();
    expect(sim.values("Kế hoạch", "A4:B5")).toEqual([
      [2, "Tổ chức hội nghị"],
      [3, "Báo cáo"],
    ]);
    sheet.getRange("A4:B4").insert("Down");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "NotImplemented" });
  });

  test("table.sort.apply sorts by several keys", async () => {
    const sim = createWorkbook({
      sheets: [
        {
          name: "S",
          cells: [
            ["Cơ quan", "Stt"],
            ["B", 2],
            ["A", 3],
            ["B", 1],
          ],
          tables: [{ name: "T", address: "A1:B4" }],
        },
      ],
    });
    const ctx = sim.context();
    ctx.workbook.tables.getItem("T").sort.apply([{ key: 0, ascending: true }, { key: 1 }]);
    await ctx.sync();
    expect(sim.values("S", "A2:B4")).toEqual([
      ["A", 3],
      ["B", 1],
      ["B", 2],
    ]);
  });
});
