import { createWorkbook } from "../excel-sim";

async function write(values: unknown[][], numberFormat?: unknown[][]) {
  const sim = createWorkbook();
  const ctx = sim.context();
  const range = ctx.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${values.length}`);
  if (numberFormat) range.numberFormat = numberFormat;
  range.values = values;
  await ctx.sync();
  const read = ctx.workbook.worksheets
    .getItem("Sheet1")
    .getRange(`A1:A${values.length}`)
    .load("values, formulas, valueTypes, text");
  await ctx.sync();
  return { sim, read, cells: sim.snapshot().sheets[0].cells };
}

describe("what Excel makes of written strings", () => {
  test("a leading = makes a formula; trivial ones are evaluated, text mistaken for a formula reads #NAME?", async () => {
    const { read, cells } = await write([["=SUM(1,2)"], ["=Xây dựng kế hoạch"], ['="a"&"b"'], ["=1/0"]]);
    expect(cells.A1).toEqual({ value: 3, formula: "=SUM(1,2)" });
    expect(cells.A2.formula).toBe("=Xây dựng kế hoạch");
    expect(read.values).toEqual([[3], ["#NAME?"], ["ab"], ["#DIV/0!"]]);
    expect(read.formulas).toEqual([["=SUM(1,2)"], ["=Xây dựng kế hoạch"], ['="a"&"b"'], ["=1/0"]]);
    expect(read.valueTypes).toEqual([["Double"], ["Error"], ["String"], ["Error"]]);
  });

  test("an apostrophe keeps the text as text and is not part of the value", async () => {
    const { read, cells } = await write([["'=SUM(1,2)"], ["'+ Phối hợp"], ["'01"]]);
    expect(read.values).toEqual([["=SUM(1,2)"], ["+ Phối hợp"], ["01"]]);
    expect(cells.A1).toEqual({ value: "=SUM(1,2)", textPrefix: true });
    expect(read.valueTypes).toEqual([["String"], ["String"], ["String"]]);
  });

  test('cells formatted "@" keep every string as text', async () => {
    const { read, cells } = await write(
      [["=SUM(1,2)"], ["-Phối hợp"], ["@Chủ trì"], ["0123"], ["3/2025"]],
      [["@"], ["@"], ["@"], ["@"], ["@"]],
    );
    expect(read.values).toEqual([["=SUM(1,2)"], ["-Phối hợp"], ["@Chủ trì"], ["0123"], ["3/2025"]]);
    expect(cells.A1.formula).toBeUndefined();
    expect(cells.A1.numberFormat).toBe("@");
  });

  test('"+", "-" and "@" at the start behave as in Excel: numbers when they are numbers, otherwise formulas', async () => {
    const { read, cells } = await write([["+1"], ["-3"], ["-Tổ chức hội nghị"], ["@foo"], ["+ Phối hợp"]]);
    expect(read.values).toEqual([[1], [-3], ["#NAME?"], ["#NAME?"], ["#NAME?"]]);
    expect(cells.A1.formula).toBe("=+1");
    expect(cells.A2).toEqual({ value: -3 });
    expect(cells.A3.formula).toBe("=-Tổ chức hội nghị");
    expect(cells.A4.formula).toBe("=@foo");
  });

  test("numbers, booleans, percentages and en-US dates are converted as typed input is", async () => {
    const { read, cells } = await write([
      ["01"],
      ["1."],
      ["1,234"],
      ["TRUE"],
      ["50%"],
      ["2025-06-30"],
      ["3/2025"],
      ["30/6/2024"],
      [42],
    ]);
    expect(read.values).toEqual([[1], [1], [1234], [true], [0.5], [45838], [45717], ["30/6/2024"], [42]]);
    expect(cells.A7.numberFormat).toBe("mmm-yy");
    expect(read.text[6]).toEqual(["Mar-25"]);
    expect(read.text[5]).toEqual(["6/30/2025"]);
  });

  test('"" clears the value but keeps the formatting; null leaves a cell alone', async () => {
    const sim = createWorkbook({ sheets: [{ name: "S", cells: [["a", "b"]] }] });
    const ctx = sim.context();
    const range = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
    range.format.font.bold = true;
    range.values = [["", null]];
    await ctx.sync();
    expect(sim.snapshot().sheets[0].cells).toEqual({
      A1: { value: "", font: { bold: true } },
      B1: { value: "b", font: { bold: true } },
    });
  });

  test("formulas can be written through range.formulas and refer to other cells and sheets", async () => {
    const sim = createWorkbook({
      sheets: [{ name: "Kế hoạch", cells: [["Cơ quan"], ["Bộ A"], ["Bộ B"], ["Bộ A"]] }, { name: "Tổng hợp" }],
    });
    const ctx = sim.context();
    ctx.workbook.worksheets.getItem("Tổng hợp").getRange("A1:B1").formulas = [["Bộ A", "=COUNTIF('Kế hoạch'!A:A,A1)"]];
    await ctx.sync();
    expect(sim.values("Tổng hợp", "A1:B1")).toEqual([["Bộ A", 2]]);
    const sheet = ctx.workbook.worksheets.getItem("Kế hoạch");
    sheet.name = "KH";
    await ctx.sync();
    expect(sim.snapshot().sheets[1].cells.B1.formula).toBe("=COUNTIF(KH!A:A,A1)");
    expect(sim.values("Tổng hợp", "B1")).toEqual([[2]]);
  });

  test("a single value fills every cell of the range; numberFormat accepts a 2-D array or a single value", async () => {
    const sim = createWorkbook();
    const ctx = sim.context();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    range.numberFormat = [
      ["0.00", "@"],
      ["0%", "General"],
    ];
    ctx.workbook.worksheets.getItem("Sheet1").getRange("C:C").numberFormat = "@" as unknown as unknown[][];
    ctx.workbook.worksheets.getItem("Sheet1").getRange("C5").values = [["=1+1"]];
    range.values = 7 as unknown as unknown[][];
    await ctx.sync();
    const read = range.load("text");
    await ctx.sync();
    expect(read.text).toEqual([
      ["7.00", "7"],
      ["700%", "7"],
    ]);
    expect(sim.values("Sheet1", "C5")).toEqual([["=1+1"]]);
    expect(sim.snapshot().sheets[0].columnFormats.C).toEqual({ numberFormat: "@" });
  });
});
