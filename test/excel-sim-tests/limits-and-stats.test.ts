import { PAYLOAD_LIMIT_BYTES, SimOfficeError, createWorkbook } from "../excel-sim";

const rowsOf = (count: number, text: string) =>
  Array.from({ length: count }, (_, i) => [i + 1, text, "Chủ trì", "Quý I"]);

describe("Excel on the web limits", () => {
  test("a request over 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const sim = createWorkbook();
    const ctx = sim.context();
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("F1").values = [["first op"]];
    const text = "Xây dựng chương trình tuyên truyền về nhiệm vụ phối hợp ".repeat(2);
    sheet.getRange("A1:D50000").values = rowsOf(50000, text);
    const error = await ctx.sync().then(
      () => null,
      (e: SimOfficeError) => e,
    );
    expect(error?.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(sim.values("Sheet1", "F1")).toEqual([[""]]);
    expect(sim.stats.requests[0].bytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(sim.stats.requests[0].error).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("the same data split into blocks goes through", async () => {
    const sim = createWorkbook();
    const ctx = sim.context();
    const text = "Xây dựng chương trình tuyên truyền về nhiệm vụ phối hợp ".repeat(2);
    for (let start = 0; start < 50000; start += 10000) {
      ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(start, 0, 10000, 4).values = rowsOf(10000, text);
      await ctx.sync();
    }
    expect(sim.stats.requests).toHaveLength(5);
    expect(sim.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(sim.stats.cellsWritten).toBe(200000);
    expect(sim.values("Sheet1", "A50000:B50000")).toEqual([[10000, text]]);
  });

  test("reading more than 5,000,000 cells in one range fails at sync", async () => {
    const sim = createWorkbook();
    const ctx = sim.context();
    const big = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:E1000001").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => big.values).toThrow(/not available/);
    const fine = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:E1000000").load("rowCount");
    await ctx.sync();
    expect(fine.rowCount).toBe(1000000);
  });

  test("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded", async () => {
    const text = "Sở Lao động - Thương binh và Xã hội; Ban Quản lý Khu kinh tế ".repeat(3);
    const sim = createWorkbook({ sheets: [{ name: "S", cells: Array.from({ length: 30000 }, () => [text]) }] });
    const ctx = sim.context();
    ctx.workbook.worksheets.getItem("S").getRange("A1:A30000").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("stats", () => {
  test("syncs, requests, bytes, ops and cells are counted; empty syncs send no request", async () => {
    const sim = createWorkbook({
      sheets: [
        {
          name: "S",
          cells: [
            ["a", "b"],
            ["c", "d"],
          ],
        },
      ],
    });
    const ctx = sim.context();
    await ctx.sync();
    expect(sim.stats.syncs).toBe(1);
    expect(sim.stats.requests).toHaveLength(0);
    const range = ctx.workbook.worksheets.getItem("S").getRange("A1:B2").load("values");
    await ctx.sync();
    expect(sim.stats.requests).toHaveLength(1);
    const [req] = sim.stats.requests;
    expect(req.ops).toBe(3); // instantiate sheet, instantiate range, query
    expect(req.cellsRead).toBe(4);
    expect(req.responseBytes).toBe(new TextEncoder().encode(JSON.stringify({ values: range.values })).length);
    ctx.workbook.worksheets.getItem("S").getRange("A3:B3").values = [["Bộ", "Sở"]];
    await ctx.sync();
    const write = sim.stats.requests[1];
    expect(write.cellsWritten).toBe(2);
    expect(write.bytes).toBeGreaterThan(new TextEncoder().encode(JSON.stringify([["Bộ", "Sở"]])).length);
    expect(sim.stats).toMatchObject({ syncs: 3, cellsRead: 4, cellsWritten: 2 });
    expect(sim.stats.maxRequestBytes).toBe(Math.max(...sim.stats.requests.map((r) => r.bytes)));
    sim.resetStats();
    expect(sim.stats).toMatchObject({ syncs: 0, requests: [], cellsWritten: 0 });
  });

  test("suspending calculation and screen updating is recorded per request", async () => {
    const sim = createWorkbook();
    const ctx = sim.context();
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    ctx.application.suspendScreenUpdatingUntilNextSync();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    await ctx.sync();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
    await ctx.sync();
    expect(sim.stats.requests.map((r) => [r.calculationSuspended, r.screenUpdatingSuspended])).toEqual([
      [true, true],
      [false, false],
    ]);
    ctx.workbook.application.calculationMode = "Manual";
    await ctx.sync();
    expect(sim.snapshot().calculationMode).toBe("Manual");
  });

  test("co-authors' syncs are not counted in the add-in's stats", async () => {
    const sim = createWorkbook();
    const other = sim.coauthor();
    other.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    await other.sync();
    expect(sim.stats.syncs).toBe(0);
  });
});
