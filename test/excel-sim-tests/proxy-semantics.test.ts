import { SimOfficeError, createWorkbook } from "../excel-sim";

const plan = () =>
  createWorkbook({
    sheets: [
      {
        name: "Kế hoạch",
        cells: [
          ["Stt", "Nội dung", "Thời gian"],
          [1, "Xây dựng kế hoạch", "Quý I"],
          [2, "Tổ chức hội nghị", "Quý II"],
        ],
      },
      { name: "Sheet2" },
    ],
  });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(SimOfficeError);
    return (e as SimOfficeError).code;
  }
  throw new Error("expected the promise to reject");
}

describe("load and sync", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded", async () => {
    const ctx = plan().context();
    const range = ctx.workbook.worksheets.getItem("Kế hoạch").getRange("A1:C3");
    expect(() => range.values).toThrow(SimOfficeError);
    try {
      void range.values;
    } catch (e) {
      expect((e as SimOfficeError).code).toBe("PropertyNotLoaded");
      expect((e as SimOfficeError).message).toContain("'values' is not available");
    }
    range.load("address");
    await ctx.sync();
    expect(range.address).toBe("'Kế hoạch'!A1:C3");
    expect(() => range.values).toThrow(/not available/);
  });

  test("values arrive only after sync", async () => {
    const ctx = plan().context();
    const range = ctx.workbook.worksheets.getItem("kế HOẠCH").getRange("A2:C2").load("values, rowCount");
    expect(() => range.values).toThrow();
    await ctx.sync();
    expect(range.values).toEqual([[1, "Xây dựng kế hoạch", "Quý I"]]);
    expect(range.rowCount).toBe(1);
  });

  test("load accepts a list, an array, an object tree and select/expand options", async () => {
    const ctx = plan().context();
    const sheet = ctx.workbook.worksheets.getItem("Kế hoạch");
    const a = sheet.getRange("A1").load(["values", "address"]);
    const b = sheet.getRange("B1").load({ values: true, format: { font: { bold: true } } });
    const c = sheet.getRange("C1").load({ select: "text", expand: "format/fill" });
    const d = sheet.getRange("A1:C1").load();
    const e = sheet.getRange("A2").load("format/fill/color, format/font/bold");
    await ctx.sync();
    expect([e.format.fill.color, e.format.font.bold]).toEqual(["#FFFFFF", false]);
    expect(() => e.format.font.color).toThrow(/not available/);
    expect(a.values).toEqual([["Stt"]]);
    expect(b.format.font.bold).toBe(false);
    expect(c.text).toEqual([["Thời gian"]]);
    expect(c.format.fill.color).toBe("#FFFFFF");
    expect(d.columnCount).toBe(3);
    expect(d.valueTypes).toEqual([["String", "String", "String"]]);
    expect(b.toJSON()).toEqual({ values: [["Nội dung"]], format: { font: { bold: false } } });
  });

  test("collections load items and their properties", async () => {
    const ctx = plan().context();
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow(/not available/);
    sheets.load("items/name");
    const count = sheets.getCount();
    expect(() => count.value).toThrow(SimOfficeError);
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Kế hoạch", "Sheet2"]);
    expect(count.value).toBe(2);
    expect(() => sheets.items[0].position).toThrow(/not available/);
    sheets.load("name, position");
    await ctx.sync();
    expect(sheets.items.map((s) => s.position)).toEqual([0, 1]);
  });

  test("nested collections load through items/…/items/… paths", async () => {
    const sim = plan();
    const ctx = sim.context();
    ctx.workbook.worksheets.getItem("Kế hoạch").tables.add("A1:C3", true).name = "KH";
    await ctx.sync();
    const sheets = ctx.workbook.worksheets.load("items/name, items/tables/items/name");
    await ctx.sync();
    expect(sheets.items.map((s) => [s.name, s.tables.items.map((t) => t.name)])).toEqual([
      ["Kế hoạch", ["KH"]],
      ["Sheet2", []],
    ]);
  });

  test("a written value can be read back without load, as office.js keeps it locally", async () => {
    const ctx = plan().context();
    const range = ctx.workbook.worksheets.getItem("Sheet2").getRange("A1");
    range.values = [["x"]];
    expect(range.values).toEqual([["x"]]);
  });

  test("writes queue and apply at sync, in order, through proxies created in the same batch", async () => {
    const sim = plan();
    const ctx = sim.context();
    const sheet = ctx.workbook.worksheets.add("Tổng hợp");
    sheet.getRange("A1:B1").values = [["Cơ quan", "Số nhiệm vụ"]];
    sheet.getRange("A1:B1").format.font.bold = true;
    sheet.getRange("B2").values = [[3]];
    expect(sim.snapshot().sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Sheet2"]);
    await ctx.sync();
    const snap = sim.snapshot().sheets[2];
    expect(snap.name).toBe("Tổng hợp");
    expect(snap.cells.A1).toEqual({ value: "Cơ quan", font: { bold: true } });
    expect(snap.cells.B2).toEqual({ value: 3 });
  });

  test("getItem of a missing sheet fails the sync with ItemNotFound, even when the object is never used", async () => {
    const sim = plan();
    const ctx = sim.context();
    ctx.workbook.worksheets.getItem("Không có");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
  });

  test("a failing operation stops the batch: what came before it stays applied, nothing after it runs", async () => {
    const sim = plan();
    const ctx = sim.context();
    ctx.workbook.worksheets.getItem("Sheet2").getRange("A1").values = [["before"]];
    const probe = ctx.workbook.worksheets.getItem("Sheet2").getRange("A1").load("values");
    ctx.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
    ctx.workbook.worksheets.getItem("Sheet2").getRange("A2").values = [["after"]];
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    expect(sim.values("Sheet2", "A1:A2")).toEqual([["before"], [""]]);
    expect(() => probe.values).toThrow(/not available/); // loaded values of a failed batch never arrive
    expect(sim.stats.requests[0].error).toBe("ItemNotFound");
  });

  test("getItemOrNullObject reports isNullObject after sync; null objects ignore writes and read as undefined", async () => {
    const ctx = plan().context();
    const missing = ctx.workbook.worksheets.getItemOrNullObject("Missing");
    const present = ctx.workbook.worksheets.getItemOrNullObject("sheet2");
    expect(() => missing.isNullObject).toThrow(/not available/);
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    missing.getRange("A1").values = [["ignored"]];
    missing.delete();
    missing.load("name");
    await ctx.sync();
    expect(missing.name).toBeUndefined();
  });

  test("dimension mismatch fails at sync with InvalidArgument", async () => {
    const ctx = plan().context();
    ctx.workbook.worksheets.getItem("Sheet2").getRange("A1:B2").values = [["only one"]];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  test("objects from another context are refused", () => {
    const sim = plan();
    const a = sim.context();
    const b = sim.context();
    const table = a.workbook.tables.getItemOrNullObject("T");
    expect(() => b.workbook.worksheets.getItem("Sheet2").pivotTables.add("P", table, "A1")).toThrow(
      /another request context/,
    );
  });

  test("context.trace messages come back on a failed sync", async () => {
    const ctx = plan().context();
    ctx.trace("step 1");
    ctx.workbook.worksheets.getItem("Missing");
    ctx.trace("step 2");
    try {
      await ctx.sync();
    } catch (e) {
      expect((e as SimOfficeError).traceMessages).toEqual(["step 1"]);
    }
  });

  test("an object created by a call in a failed batch cannot be used later (InvalidObjectPath)", async () => {
    const ctx = plan().context();
    ctx.workbook.worksheets.getItem("Missing");
    const added = ctx.workbook.worksheets.add("New");
    await expect(ctx.sync()).rejects.toThrow();
    added.getRange("A1").values = [["x"]];
    expect(await codeOf(ctx.sync())).toBe("InvalidObjectPath");
  });

  test("set() writes nested properties", async () => {
    const sim = plan();
    const ctx = sim.context();
    ctx.workbook.worksheets
      .getItem("Sheet2")
      .getRange("A1")
      .set({ values: [["x"]], format: { fill: { color: "yellow" }, font: { color: "#c00000" } } });
    await ctx.sync();
    expect(sim.snapshot().sheets[1].cells.A1).toEqual({ value: "x", fill: "#FFFF00", font: { color: "#C00000" } });
  });

  test("sim.run behaves like Excel.run and syncs at the end", async () => {
    const sim = plan();
    const name = await sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Sheet2").getRange("C3").values = [[true]];
      return s.name;
    });
    expect(name).toBe("Kế hoạch");
    expect(sim.values("Sheet2", "C3")).toEqual([[true]]);
  });
});
