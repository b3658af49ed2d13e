// The PlanService over the Excel simulator: the Excel implementation itself, given the simulator's Excel.run and
// requirement check instead of Office's. Used by the jsdom tests and bundled into the browser harness.
import { excelPlanService } from "../../../src/excel/excel-plan-service";
import type { PlanService } from "../../../src/service/plan-service";
import type { SimWorkbook } from "../../excel-sim";

/** The add-in's PlanService running against a simulated workbook. */
export function simPlanService(sim: SimWorkbook): PlanService {
  return excelPlanService({
    run: (batch) => sim.run((context) => batch(context as unknown as Excel.RequestContext)),
    // The simulator's contexts stay usable after their batch, as Excel.run(context, …) makes Office's.
    runIn: async (context, batch) => {
      const ctx = context as Excel.RequestContext;
      const result = await batch(ctx);
      await ctx.sync();
      return result;
    },
    env: { isSetSupported: (name, version) => sim.isSetSupported(name, version) },
  });
}
