// The staff use-cases keep the adapter's budget (DESIGN §6): as many round trips for 5,000 tasks as for 20, and no
// request near Excel on the web's 5 MB limit.
import { readAndCheckPlan } from "../../src/excel";
import { buildQuarterReport } from "../../src/excel/build-quarter-report";
import { addDropdowns } from "../../src/excel/plan-dropdowns";
import { selectTask } from "../../src/excel/select-task";
import { taskSnapshot, type TaskSnapshot } from "../../src/core/track/task-snapshot";
import { updateTask } from "../../src/excel/update-task";
import { unwatchChanges, watchChanges, type ChangeHandlers } from "../../src/excel/watch-changes";
import { workbookKey } from "../../src/excel/workbook-key";
import { PAYLOAD_LIMIT_BYTES, type SimWorkbook } from "../excel-sim";
import { AS_OF, generatedSim } from "./helpers/fixtures";
import { envOf, stepCosts, syncCounts, type StepCost } from "./helpers/workbooks";

async function costs(sim: SimWorkbook): Promise<Record<string, StepCost>> {
  const env = envOf(sim);
  const read = await readAndCheckPlan(sim.requestContext(), env, { asOf: AS_OF });
  if (!read.found) throw new Error("no plan");
  // The last task: its row is the furthest from the top, so nothing depends on the plan being small.
  const last = read.plan.tasks[read.plan.tasks.length - 1];
  let task: TaskSnapshot = taskSnapshot(read.plan, last);
  let handlers: ChangeHandlers | null = null;
  let watchContext: Excel.RequestContext | null = null;
  const steps: [string, (ctx: Excel.RequestContext) => Promise<unknown>][] = [
    ["workbookKey", (ctx) => workbookKey(ctx, env, null)],
    [
      "watchChanges",
      async (ctx) => {
        watchContext = ctx;
        handlers = await watchChanges(ctx, env, () => undefined);
      },
    ],
    ["selectTask", (ctx) => selectTask(ctx, env, task, { asOf: AS_OF })],
    [
      "updateTask",
      async (ctx) => {
        const r = await updateTask(ctx, env, task, { status: "done", completedOn: "2024-06-20" }, { asOf: AS_OF });
        if (!r.done || r.cells.length !== 2) throw new Error(`update not written: ${JSON.stringify(r)}`);
      },
    ],
    [
      "selectTask after a co-author inserted a row",
      async (ctx) => {
        const r = await readAndCheckPlan(sim.requestContext(), env, { asOf: AS_OF });
        if (r.found)
          task = taskSnapshot(
            r.plan,
            r.plan.tasks.find((t) => t.number === last.number)!,
          );
        sim.insertRowsAbove("Kế hoạch", 6, 1);
        sim.resetStats();
        return selectTask(ctx, env, task, { asOf: AS_OF });
      },
    ],
    ["addDropdowns", (ctx) => addDropdowns(ctx, env, { asOf: AS_OF })],
    ["buildQuarterReport", (ctx) => buildQuarterReport(ctx, env, { asOf: AS_OF, quarter: 2 })],
    ["buildQuarterReport again", (ctx) => buildQuarterReport(ctx, env, { asOf: AS_OF, quarter: 2 })],
    ["unwatchChanges", () => unwatchChanges(watchContext!, handlers!)],
  ];
  return stepCosts(sim, steps);
}

describe("the staff use-cases' budget", () => {
  let small: Record<string, StepCost>;
  let large: Record<string, StepCost>;

  beforeAll(async () => {
    small = await costs(await generatedSim(20));
    large = await costs(await generatedSim(5000));
  }, 120000);

  test("every staff use-case makes as many round trips for 5,000 tasks as for 20", () => {
    expect(syncCounts(large)).toEqual(syncCounts(small));
    expect(syncCounts(small)).toEqual({
      workbookKey: 1,
      watchChanges: 1,
      selectTask: 2,
      // The first update of a workbook also makes the change-log sheet, in a request of its own (constant in rows).
      updateTask: 5,
      "selectTask after a co-author inserted a row": 5,
      addDropdowns: 4,
      buildQuarterReport: 6,
      "buildQuarterReport again": 6,
      unwatchChanges: 1,
    });
  });

  test("no request of 5,000 tasks comes near the 5 MB limit", () => {
    for (const cost of Object.values(large)) expect(cost.maxRequestBytes).toBeLessThan(0.9 * PAYLOAD_LIMIT_BYTES);
  });
});
