// A browser page with the real task pane over the Excel simulator instead of Excel: the same React app and the same
// PlanService implementation, given the simulator's Excel.run. The seed plan is pasted in as a user would.
//   harness.html?lang=en          English UI
//   harness.html?plan=none        a workbook without a plan
//   harness.html?problems=0       the seed as it is (no findings)
import seedText from "../../assets/ke-hoach-phoi-hop-2024.txt";
import { mountPane } from "../../src/taskpane/mount";
import { createWorkbook, type SimWorkbook } from "../excel-sim";
import { addProblems } from "../taskpane/helpers/plan-cells";
import { simPlanService } from "../taskpane/helpers/sim-service";

const AS_OF = "2024-06-30";

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const sim = createWorkbook({ sheets: [{ name: "Sheet1" }] }, { today: new Date(2024, 5, 30) });
  const service = simPlanService(sim);
  if (params.get("plan") !== "none") {
    await service.pasteFromWord(seedText, { asOf: AS_OF });
    if (params.get("problems") !== "0") addProblems(sim);
  }
  // The e2e test looks at the workbook behind the pane.
  (window as unknown as { harnessSim: SimWorkbook }).harnessSim = sim;
  mountPane(document.getElementById("root")!, {
    service,
    language: params.get("lang") === "en" ? "en" : "vi",
    asOf: AS_OF,
    now: () => new Date(2024, 5, 30),
  });
}

void start();
