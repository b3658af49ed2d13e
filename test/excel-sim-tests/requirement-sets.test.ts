import { SimOfficeError, createWorkbook, installOfficeGlobals } from "../excel-sim";

describe("requirement sets", () => {
  test("isSetSupported compares versions as Office does (strings, numerically)", () => {
    const sim = createWorkbook(undefined, { apiVersion: "1.12" });
    expect(sim.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(sim.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(sim.isSetSupported("ExcelApi", "1.13")).toBe(false);
    const older = createWorkbook(undefined, { apiVersion: "1.9" });
    expect(older.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(older.isSetSupported("ExcelApi", 1.1)).toBe(true); // the number 1.10 is 1.1: the trap DESIGN §6 warns about
    expect(sim.isSetSupported("ExcelApi")).toBe(true);
    expect(sim.isSetSupported("WordApi", "1.1")).toBe(false);
    expect(
      createWorkbook(undefined, { requirementSets: { ExcelApiOnline: "1.1" } }).isSetSupported("ExcelApiOnline", "1.1"),
    ).toBe(true);
  });

  test("pivot APIs throw ApiNotFound at call time below ExcelApi 1.8", () => {
    const ctx = createWorkbook(undefined, { apiVersion: "1.7" }).context();
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    expect(() => sheet.pivotTables.add("P", "Sheet1!A1:B3", "D1")).toThrow(SimOfficeError);
    try {
      sheet.pivotTables.add("P", "Sheet1!A1:B3", "D1");
    } catch (e) {
      expect((e as SimOfficeError).code).toBe("ApiNotFound");
    }
    expect(() => ctx.workbook.pivotTables.getItem("P").rowHierarchies).toThrow(/ExcelApi 1.8/);
  });

  test("custom properties need 1.12, merged areas 1.13, page layout 1.9", () => {
    const ctx = createWorkbook(undefined, { apiVersion: "1.11" }).context();
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    expect(() => sheet.customProperties).toThrow(/ApiNotFound|could not be found/);
    expect(() => sheet.getRange("A1").getMergedAreasOrNullObject()).toThrow(/1.13/);
    expect(() => sheet.pageLayout).not.toThrow();
    const old = createWorkbook(undefined, { apiVersion: "1.8" }).context();
    expect(() => old.workbook.worksheets.getItem("Sheet1").pageLayout).toThrow(/1.9/);
    expect(() => old.workbook.application.suspendScreenUpdatingUntilNextSync()).toThrow(/1.9/);
  });

  test("the default version (1.17) supports everything modelled", async () => {
    const sim = createWorkbook();
    const ctx = sim.context();
    const props = ctx.workbook.worksheets.getItem("Sheet1").customProperties;
    props.add("kehoach.role", "plan");
    props.add("KEHOACH.ROLE", "plan-v2");
    const item = props.getItemOrNullObject("kehoach.role").load("key, value");
    const missing = props.getItemOrNullObject("nothing");
    await ctx.sync();
    expect([item.key, item.value, missing.isNullObject]).toEqual(["kehoach.role", "plan-v2", true]);
    expect(sim.snapshot().sheets[0].customProperties).toEqual({ "kehoach.role": "plan-v2" });
  });
});

describe("Office-shaped globals", () => {
  test("Excel.run, enums, and Office.context.requirements work against the simulator", async () => {
    const sim = createWorkbook(undefined, { apiVersion: "1.9" });
    const restore = installOfficeGlobals(sim);
    try {
      const g = globalThis as unknown as {
        Excel: {
          run: (f: (ctx: never) => Promise<unknown>) => Promise<unknown>;
          ChartType: Record<string, string>;
          AggregationFunction: Record<string, string>;
        };
        Office: {
          context: { requirements: { isSetSupported(n: string, v: string): boolean } };
          onReady(): Promise<{ host: string }>;
        };
      };
      expect(g.Excel.ChartType.columnClustered).toBe("ColumnClustered");
      expect(g.Excel.AggregationFunction.count).toBe("Count");
      expect(g.Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(false);
      expect((await g.Office.onReady()).host).toBe("Excel");
      await g.Excel.run(async (ctx: never) => {
        (ctx as unknown as ReturnType<typeof sim.context>).workbook.worksheets.getItem("Sheet1").getRange("A1").values =
          [["từ Excel.run"]];
      });
      expect(sim.values("Sheet1", "A1")).toEqual([["từ Excel.run"]]);
    } finally {
      restore();
    }
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });
});
