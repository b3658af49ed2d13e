// The live re-check over the simulated workbook, on jest's fake clock: co-authors' edits arrive as change events, and
// each burst of them makes exactly one re-check of the plan; the add-in's own writes make none.
import { taskSnapshot } from "../../src/core/track/task-snapshot";
import { startLiveCheck } from "../../src/taskpane/live-check";
import type { PlanService } from "../../src/service/plan-service";
import type { SimWorkbook } from "../excel-sim";
import { fillSeedProgress } from "./helpers/progress";
import { AS_OF, PLAN_SHEET, seedWorkbook, taskCell, typeCell } from "./helpers/seed-workbook";
import { simPlanService } from "./helpers/sim-service";

const DELAY = 1500;

describe("live re-check (fake timers)", () => {
  let sim: SimWorkbook;
  let service: PlanService;
  let rechecks: number;

  beforeEach(async () => {
    sim = await seedWorkbook();
    service = simPlanService(sim);
    rechecks = 0;
    jest.useFakeTimers();
  });
  afterEach(() => jest.useRealTimers());

  /** Lets the simulator deliver its events (handlers run in setTimeout 0) and `ms` more pass. */
  const pass = (ms: number) => jest.advanceTimersByTimeAsync(ms);

  test("a burst of co-author edits makes exactly one re-check, once the edits stop", async () => {
    const live = await startLiveCheck(service, () => rechecks++, { delayMs: DELAY, maxWaitMs: 10000 });
    expect(live.watching).toBe(true);
    // Lan types progress into ten cells, about a third of a second apart.
    for (const n of ["1", "2", "3", "4", "5"]) {
      typeCell(sim, taskCell(sim, n, "Trạng thái"), "Đang thực hiện", "remote");
      await pass(300);
      typeCell(sim, taskCell(sim, n, "Ghi chú"), "đang làm", "remote");
      await pass(300);
    }
    expect(rechecks).toBe(0);
    await pass(DELAY);
    expect(rechecks).toBe(1);
    await pass(60000);
    expect(rechecks).toBe(1);
    // A co-author sorts the table, another inserts a row: a second burst, a second re-check.
    sim.sortTable("KeHoach", "Nội dung");
    await pass(200);
    sim.insertRowsAbove(PLAN_SHEET, 18, 1);
    await pass(DELAY);
    expect(rechecks).toBe(2);
    await live.stop();
  });

  test("the user's own typing counts, the add-in's own writes do not", async () => {
    const live = await startLiveCheck(service, () => rechecks++, { delayMs: DELAY });
    fillSeedProgress(sim, "localUser");
    await pass(DELAY);
    expect(rechecks).toBe(1);
    const read = await service.readPlan({ asOf: AS_OF });
    if (!read.found) throw new Error("no plan");
    await service.applyFixes(read.findings.filter((f) => f.fix));
    await service.updateTask(
      taskSnapshot(read.plan, read.plan.tasks[5]),
      { status: "done", completedOn: "2024-06-01" },
      { asOf: AS_OF },
    );
    await pass(DELAY * 4);
    expect(rechecks).toBe(1);
    await live.stop();
  });

  test("after stop the registration is gone: edits fire no handler and no re-check", async () => {
    const live = await startLiveCheck(service, () => rechecks++, { delayMs: DELAY });
    typeCell(sim, "G21", "Hoàn thành", "remote");
    await pass(10);
    await live.stop();
    const fired = sim.stats.eventsFired;
    typeCell(sim, "G22", "Hoàn thành", "remote");
    await pass(DELAY * 2);
    expect(sim.stats.eventsFired).toBe(fired);
    expect(rechecks).toBe(0);
  });

  test("Excel without change events: the pane is told it does not watch", async () => {
    const old = await seedWorkbook({ apiVersion: "1.6" });
    const live = await startLiveCheck(simPlanService(old), () => rechecks++);
    expect(live.watching).toBe(false);
    await live.stop();
  });
});
