import { createWorkbook } from "../excel-sim";

describe("conditional formats", () => {
  test("a custom rule is stored with its range, formula and format", async () => {
    const sim = createWorkbook({ sheets: [{ name: "Kế hoạch" }] });
    const ctx = sim.context();
    const sheet = ctx.workbook.worksheets.getItem("Kế hoạch");
    const cf = sheet.getRange("A5:H40").conditionalFormats.add("Custom");
    cf.custom.rule.formula = '=$H5="Quá hạn"';
    cf.custom.format.fill.color = "#FFC7CE";
    cf.custom.format.font.color = "#9C0006";
    cf.custom.format.font.bold = true;
    cf.stopIfTrue = true;
    await ctx.sync();
    expect(sim.snapshot().sheets[0].conditionalFormats).toEqual([
      {
        id: expect.any(String),
        address: "A5:H40",
        type: "Custom",
        priority: 0,
        stopIfTrue: true,
        rule: { formula: '=$H5="Quá hạn"' },
        format: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
      },
    ]);
  });

  test("the sheet-wide range sees every rule; count, items/type, priority and getRange", async () => {
    const sim = createWorkbook();
    const ctx = sim.context();
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:A10").conditionalFormats.add("Custom").custom.rule.formula = "=A1>1";
    const second = sheet.getRange("C1:C10").conditionalFormats.add("CellValue");
    second.cellValue.rule = { formula1: "5", operator: "GreaterThan" };
    second.cellValue.format.fill.color = "red";
    const all = sheet.getRange().conditionalFormats;
    const count = all.getCount();
    const onlyA = sheet.getRange("A:A").conditionalFormats.getCount();
    all.load("items/type, items/priority");
    await ctx.sync();
    expect(count.value).toBe(2);
    expect(onlyA.value).toBe(1);
    expect(all.items.map((i) => [i.type, i.priority])).toEqual([
      ["CellValue", 0],
      ["Custom", 1],
    ]);
    const range = all.items[1].getRange().load("address");
    await ctx.sync();
    expect(range.address).toBe("Sheet1!A1:A10");
  });

  test("clearAll removes rules from the range (and trims rules reaching beyond it); delete removes one rule", async () => {
    const sim = createWorkbook();
    const ctx = sim.context();
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B10").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
    sheet.getRange("D1:D10").conditionalFormats.add("Custom").custom.rule.formula = "=FALSE";
    await ctx.sync();
    sheet.getRange("B1:B10").conditionalFormats.clearAll();
    await ctx.sync();
    expect(sim.snapshot().sheets[0].conditionalFormats.map((c) => c.address)).toEqual(["D1:D10", "A1:A10"]);
    const items = sheet.getRange("D:D").conditionalFormats.load("items");
    await ctx.sync();
    items.items[0].delete();
    sheet.getRange().conditionalFormats.clearAll();
    await ctx.sync();
    expect(sim.snapshot().sheets[0].conditionalFormats).toEqual([]);
  });

  test("using custom on a rule of another type fails at sync", async () => {
    const sim = createWorkbook();
    const ctx = sim.context();
    const cf = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("CellValue");
    cf.custom.rule.formula = "=1";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
