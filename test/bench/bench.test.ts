// The benchmark is not run by `npm test` (timings belong in figures, never in pass/fail tests), but its parts must
// keep working on small inputs, and `npm run bench` must exist.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { benchCore } from "../../bench/core-bench";
import { benchExcel } from "../../bench/excel-bench";
import { generatePlanGrid } from "../../bench/generate-plan";
import { analyseWorkbook } from "../../src/core/analyse-workbook";

describe("the benchmark", () => {
  test("`npm run bench` runs bench/run.ts", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.bench).toMatch(/bench\/run\.ts$/);
  });

  test("generates a realistic plan: every task read, a few planted mistakes found, the same plan every run", () => {
    const grid = generatePlanGrid(1000, 12);
    expect(generatePlanGrid(1000, 12)).toEqual(grid);
    const a = analyseWorkbook({ sheets: [{ name: "Kế hoạch", values: grid }] }, { asOf: "2026-07-01" })!;
    expect(a.plan.tasks).toHaveLength(1000);
    expect(a.plan.agencies.filter((x) => !x.group)).toHaveLength(12);
    const rules = new Set(a.findings.map((f) => f.rule));
    for (const rule of ["lead-multiple", "role-nonstandard", "time-unknown"]) expect(rules).toContain(rule);
    expect(a.findings.length).toBeLessThan(1000 * 0.2);
    const lengths = a.plan.tasks.map((t) => t.content.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(420);
  });

  test("core and Excel sections report figures for every size and command", async () => {
    const core = benchCore([300], 5);
    expect(core).toEqual([{ tasks: 300, agencies: 5, ms: expect.any(Number), heapMB: expect.any(Number) }]);
    const excel = await benchExcel([20], 5);
    expect(excel.map((e) => e.command)).toEqual([
      "readPlan",
      "applyFixes",
      "highlightDeadlines",
      "buildAgencySheets",
      "buildSummary",
    ]);
    for (const e of excel) {
      expect(e.error).toBeUndefined();
      expect(e.syncs).toBeGreaterThanOrEqual(e.floorSyncs);
    }
  }, 60000);
});
