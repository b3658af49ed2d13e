// Times the pure core on generated plans: read + check + deadline states, per-agency views and summary counts.
import { analyseWorkbook } from "../src/core/analyse-workbook";
import { agencyViews } from "../src/core/track/agency-views";
import { summaryTables } from "../src/core/track/summary-counts";
import { generatePlanGrid } from "./generate-plan";
import { heapMB, median } from "./measure";

export interface CoreFigure {
  tasks: number;
  agencies: number;
  ms: number;
  heapMB: number;
}

/** Runs the core over plans of each size (after a warm-up) and returns the median time and the heap in use after the run. */
export function benchCore(sizes: number[], agencies: number): CoreFigure[] {
  return sizes.map((tasks) => {
    const grid = generatePlanGrid(tasks, agencies);
    const run = () => {
      const a = analyseWorkbook({ sheets: [{ name: "Kế hoạch", values: grid }] }, { asOf: "2026-07-01" })!;
      return { views: agencyViews(a.plan), tables: summaryTables(a.plan), a };
    };
    run();
    const runs = tasks >= 100000 ? 3 : 7;
    const times: number[] = [];
    let heap = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const result = run();
      times.push(performance.now() - t0);
      // Heap held while the results are alive: input grid + plan + findings + views (garbage collected first).
      heap = Math.max(heap, heapMB());
      if (result.a.plan.tasks.length !== tasks) throw new Error(`read ${result.a.plan.tasks.length} of ${tasks} tasks`);
    }
    return { tasks, agencies, ms: median(times), heapMB: heap };
  });
}
