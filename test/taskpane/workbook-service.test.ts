// The parts of the PlanService the pane adds to the adapter, on the simulator: new plan sheets and the ignored list.
import { TextDecoder, TextEncoder } from "node:util";
import { findingKey } from "../../src/core/check/ignored-findings";
import { IGNORED_SETTING } from "../../src/excel/ignored-findings";
import { createWorkbook } from "../excel-sim";
import { SEED_TEXT } from "../helpers/seed";
import { aFinding } from "./helpers/findings";
import { AS_OF } from "./helpers/seed-workbook";
import { simPlanService } from "./helpers/sim-service";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder, TextDecoder });

describe("new plan sheets", () => {
  test("names already taken by the user get a number; the user's registry sheet is kept", async () => {
    const sim = createWorkbook({
      sheets: [
        { name: "Kế hoạch", cells: [["Ghi chú của tôi"]] },
        { name: "Bảng", cells: [["Mã"], ["1"]], tables: [{ name: "KeHoach", address: "A1:A2" }] },
        { name: "Danh mục cơ quan", cells: [["Tên cơ quan"], ["Sở Tài chính"]] },
      ],
    });
    const result = await simPlanService(sim).pasteFromWord(SEED_TEXT, { asOf: AS_OF });
    expect(result).toMatchObject({
      done: true,
      sheet: "Kế hoạch (2)",
      table: "KeHoach2",
      registry: false,
      tasks: 20,
      agencies: 3,
    });
    const snap = sim.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Bảng", "Danh mục cơ quan", "Kế hoạch (2)"]);
    expect(snap.sheets[0].cells.A1).toEqual({ value: "Ghi chú của tôi" });
    expect(snap.activeSheet).toBe("Kế hoạch (2)");
  });

  test("agency names that are plan columns, or typed twice, are refused with a reason", async () => {
    const service = simPlanService(createWorkbook());
    const r = await service.createPlan({ agencies: ["Sở Tài chính", "Thời gian", "sở tài chính"], year: 2025 });
    expect(r.done).toBe(false);
    expect(r.notes.map((n) => n.en)).toEqual([
      '"Thời gian" is the name of a plan column, not an agency.',
      '"sở tài chính" is typed twice.',
    ]);
    expect((await service.createPlan({ agencies: ["  "], year: 2025 })).notes[0].en).toMatch(/at least one agency/);
  });

  test("an Excel without ExcelApi 1.7 says it cannot make sheets rather than failing half way", async () => {
    const sim = createWorkbook(undefined, { apiVersion: "1.6" });
    const r = await simPlanService(sim).createPlan({ agencies: ["Sở Tài chính"], year: 2025 });
    expect(r).toMatchObject({ done: false, notes: [{ en: expect.stringContaining("ExcelApi 1.7") }] });
    expect(sim.snapshot().sheets).toHaveLength(1);
  });
});

describe("ignored findings", () => {
  const time = aFinding("time-unknown", "F20", "4");
  const role = aFinding("role-unknown", "D19", "3");

  test("a co-author's ignores are kept when this pane ignores another finding", async () => {
    const sim = createWorkbook();
    const mine = simPlanService(sim);
    await mine.ignore(time);
    // Lan's pane, on the same workbook, ignores another finding; then this pane ignores the first one again (no change).
    await simPlanService(sim).ignore(role);
    expect((await mine.ignore(time)).map((e) => e.key)).toEqual([findingKey(time), findingKey(role)]);
    expect((await mine.unignore(time)).map((e) => e.key)).toEqual([findingKey(role)]);
    expect(await mine.listIgnored()).toHaveLength(1);
  });

  test("a setting someone edited by hand counts as nothing ignored", async () => {
    const sim = createWorkbook({ sheets: [{ name: "Sheet1" }], settings: { [IGNORED_SETTING]: "{not json" } });
    expect(await simPlanService(sim).listIgnored()).toEqual([]);
    const other = createWorkbook({ sheets: [{ name: "Sheet1" }], settings: { [IGNORED_SETTING]: [{ key: 1 }] } });
    expect(await simPlanService(other).listIgnored()).toEqual([]);
  });
});
