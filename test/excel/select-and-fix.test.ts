import { REGISTRY_SHEET } from "../../src/core/read/registry";
import { applyFixes, readAndCheckPlan, selectCell } from "../../src/excel";
import type { SimWorkbook } from "../excel-sim";
import { AS_OF, generatedSim } from "./helpers/fixtures";
import { sheetSnapshot } from "./helpers/parity";
import { envOf, measured, simFromTyping } from "./helpers/workbooks";

async function check(sim: SimWorkbook, asOf = AS_OF) {
  const result = await readAndCheckPlan(sim.requestContext(), envOf(sim), { asOf });
  if (!result.found) throw new Error("no plan");
  return result;
}

/** A plan in the lead/coordinator layout whose names are written differently from the workbook's registry. */
function registryPlan(): Promise<SimWorkbook> {
  return simFromTyping([
    {
      name: "Kế hoạch",
      rows: [
        ["KẾ HOẠCH năm 2025"],
        [],
        ["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["1", "Việc một", "Bộ Tài Chính", "Bộ Công An; Bộ Khoa Học và Công Nghệ", "Quý I"],
        ["2", "Việc hai", "Bộ KHCN", "Sở XYZ", "Quý II"],
      ],
    },
    {
      name: REGISTRY_SHEET,
      rows: [
        ["Danh mục cơ quan"],
        [],
        [],
        ["Tên cơ quan", "Tên viết tắt", "Tên khác", "Nhóm"],
        ["Bộ Tài chính"],
        ["Bộ Công an"],
        ["Bộ Khoa học và Công nghệ", "KHCN"],
      ],
    },
  ]);
}

describe("selectCell", () => {
  test("activates the finding's sheet and selects its cell in one request", async () => {
    const sim = await generatedSim(20, undefined, [{ name: "Khác", rows: [["x"]] }]);
    const ctx = sim.context();
    ctx.workbook.worksheets.getItem("Khác").activate();
    await ctx.sync();
    const finding = (await check(sim)).findings[0];
    const { result, syncs } = await measured(sim, (c) => selectCell(c, envOf(sim), finding));
    expect(result).toEqual({ selected: true, sheet: "Kế hoạch", cell: finding.cell, notes: [] });
    expect(syncs).toBe(1);
    expect(sim.snapshot().selection).toEqual({ sheet: "Kế hoạch", address: finding.cell });
  });

  test("says so when the sheet is gone", async () => {
    const sim = await generatedSim(5);
    const result = await selectCell(sim.requestContext(), envOf(sim), { sheet: "Đã xoá", cell: "B7" });
    expect(result).toMatchObject({ selected: false, notes: [{ en: expect.stringContaining('"Đã xoá" is gone') }] });
  });
});

describe("applyFixes", () => {
  test("rewrites exactly the cells the fixes name, after re-reading them, in two requests", async () => {
    const sim = await generatedSim(30);
    const fixable = (await check(sim)).findings.filter((f) => f.fix?.kind === "setCell");
    expect(fixable).toHaveLength(3);
    const before = sheetSnapshot(sim, "Kế hoạch").cells;
    const { result, syncs } = await measured(sim, (c) => applyFixes(c, envOf(sim), fixable));
    expect(result).toEqual({ applied: 3, conflicts: [], skipped: [], notes: [] });
    expect(syncs).toBe(2);
    const after = sheetSnapshot(sim, "Kế hoạch").cells;
    for (const f of fixable) expect(after[f.cell].value).toBe("Phối hợp");
    const changed = Object.keys(after).filter((a) => JSON.stringify(after[a]) !== JSON.stringify(before[a]));
    expect(changed.sort()).toEqual(fixable.map((f) => f.cell).sort());
    expect((await check(sim)).findings.filter((f) => f.rule === "role-nonstandard")).toEqual([]);
  });

  test("reads and writes only the cells near each fix, so fixes far apart in a long plan stay small requests", async () => {
    const sim = await generatedSim(3000);
    const fixable = (await check(sim)).findings.filter((f) => f.fix?.kind === "setCell");
    // Every tenth task has a role in lower case: the fixes of one column run from near the top to near the bottom.
    expect(fixable.length).toBeGreaterThan(250);
    const before = sheetSnapshot(sim, "Kế hoạch").cells;
    const { result, syncs } = await measured(sim, (c) => applyFixes(c, envOf(sim), fixable));
    expect(result.applied).toBe(fixable.length);
    expect(syncs).toBe(2);
    const [read, write] = sim.stats.requests;
    // One cell read back per fix and a few in between — not whole column spans of 3,000 rows.
    expect(read.cellsRead).toBeLessThan(fixable.length * 12);
    expect(write.cellsWritten).toBeLessThan(fixable.length * 12);
    const after = sheetSnapshot(sim, "Kế hoạch").cells;
    const changed = Object.keys(after).filter((a) => JSON.stringify(after[a]) !== JSON.stringify(before[a]));
    expect(changed.sort()).toEqual(fixable.map((f) => f.cell).sort());
  });

  test("writes nothing when a co-author changed one of the cells between the check and the fix", async () => {
    const sim = await generatedSim(30);
    const fixable = (await check(sim)).findings.filter((f) => f.fix?.kind === "setCell");
    sim.edit("Kế hoạch", fixable[1].cell, [["Chủ trì"]]);
    const before = sheetSnapshot(sim, "Kế hoạch").cells;
    const result = await applyFixes(sim.requestContext(), envOf(sim), fixable);
    expect(result.applied).toBe(0);
    expect(result.conflicts).toEqual([
      { sheet: "Kế hoạch", cell: fixable[1].cell, expected: "phối hợp", found: "Chủ trì" },
    ]);
    expect(result.notes[0].en).toContain("nothing was written");
    expect(sheetSnapshot(sim, "Kế hoạch").cells).toEqual(before);
  });

  test("combines two respellings in one cell, and records an alias and a new agency in the registry sheet", async () => {
    const sim = await registryPlan();
    const findings = (await check(sim, "2025-06-30")).findings;
    const withFix = findings.filter((f) => f.fix);
    expect(withFix.map((f) => f.fix!.kind).sort()).toEqual(["addAgency", "addAlias", "setCell", "setCell", "setCell"]);
    const result = await applyFixes(sim.requestContext(), envOf(sim), findings);
    expect(result.conflicts).toEqual([]);
    expect(result.applied).toBe(4);
    expect(result.skipped.map((s) => s.reason.en)).toEqual(
      findings.filter((f) => !f.fix).map(() => "No automatic fix: edit this cell by hand."),
    );
    expect(sim.values("Kế hoạch", "C4:D4")).toEqual([["Bộ Tài chính", "Bộ Công an; Bộ Khoa học và Công nghệ"]]);
    expect(sim.values(REGISTRY_SHEET, "A7:D8")).toEqual([
      ["Bộ Khoa học và Công nghệ", "KHCN", "Bộ KHCN", ""],
      ["Sở XYZ", "", "", "không"],
    ]);
    // With the alias recorded, the next check offers to write the registry name in its place.
    const again = await check(sim, "2025-06-30");
    expect(again.findings.filter((f) => f.fix).map((f) => [f.rule, f.cell])).toEqual([["agency-alias", "C5"]]);
  });
});
