import {
  applyFixes,
  buildAgencySheets,
  buildSummary,
  highlightDeadlines,
  readAndCheckPlan,
  selectCell,
} from "../../src/excel";
import type { Finding } from "../../src/core/check/finding";
import { PAYLOAD_LIMIT_BYTES, type SimWorkbook } from "../excel-sim";
import { AS_OF, generatedSim } from "./helpers/fixtures";
import { envOf, stepCosts, syncCounts, type StepCost } from "./helpers/workbooks";

// Every use-case, in the order a user would run them, on one workbook.
async function costs(sim: SimWorkbook): Promise<Record<string, StepCost>> {
  const env = envOf(sim);
  let findings: Finding[] = [];
  const steps: [string, (ctx: Excel.RequestContext) => Promise<unknown>][] = [
    [
      "readPlan",
      async (ctx) => {
        const r = await readAndCheckPlan(ctx, env, { asOf: AS_OF });
        findings = r.found ? r.findings : [];
      },
    ],
    ["selectCell", (ctx) => selectCell(ctx, env, findings[0])],
    [
      "applyFixes",
      (ctx) =>
        applyFixes(
          ctx,
          env,
          findings.filter((f) => f.fix),
        ),
    ],
    ["highlightDeadlines", (ctx) => highlightDeadlines(ctx, env, { asOf: AS_OF })],
    ["highlightDeadlines again", (ctx) => highlightDeadlines(ctx, env, { asOf: AS_OF })],
    ["buildAgencySheets", (ctx) => buildAgencySheets(ctx, env, { asOf: AS_OF })],
    ["buildAgencySheets again", (ctx) => buildAgencySheets(ctx, env, { asOf: AS_OF })],
    ["buildSummary", (ctx) => buildSummary(ctx, env, { asOf: AS_OF })],
    ["buildSummary again", (ctx) => buildSummary(ctx, env, { asOf: AS_OF })],
  ];
  return stepCosts(sim, steps);
}

describe("the Office.js budget: requests constant in rows and agencies, none near 5 MB", () => {
  let small: Record<string, StepCost>;
  let large: Record<string, StepCost>;

  beforeAll(async () => {
    small = await costs(await generatedSim(20));
    large = await costs(await generatedSim(5000));
  }, 120000);

  test("every use-case makes as many round trips for 5,000 tasks as for 20", () => {
    expect(syncCounts(large)).toEqual(syncCounts(small));
    expect(syncCounts(small)).toEqual({
      readPlan: 3,
      selectCell: 1,
      applyFixes: 2,
      highlightDeadlines: 7,
      "highlightDeadlines again": 6,
      buildAgencySheets: 7,
      "buildAgencySheets again": 7,
      buildSummary: 7,
      "buildSummary again": 7,
    });
  });

  test("no request of 5,000 tasks × 12 agencies comes near Excel on the web's 5 MB limit", () => {
    for (const cost of Object.values(large)) expect(cost.maxRequestBytes).toBeLessThan(0.9 * PAYLOAD_LIMIT_BYTES);
    expect(large.buildAgencySheets.maxRequestBytes).toBeGreaterThan(1_000_000);
  });

  test("bulk writes run with calculation and screen updating suspended", () => {
    for (const name of ["buildAgencySheets", "buildSummary"]) {
      const writes = large[name].requests.filter((r) => r.cellsWritten > 1000);
      expect(writes.length).toBeGreaterThan(0);
      for (const r of writes) expect(r).toMatchObject({ calculationSuspended: true, screenUpdatingSuspended: true });
    }
  });

  test("reads return no more than the workbook holds: one batched read of values per command", () => {
    for (const cost of Object.values(large))
      expect(cost.requests.filter((r) => r.cellsRead > 20000).length).toBeLessThanOrEqual(1);
  });
});
