// A browser page with the real task pane over the Excel simulator instead of Excel: the same React app and the same
// PlanService implementation, given the simulator's Excel.run. The seed plan is pasted in as a user would.
//   harness.html?lang=en          English UI
//   harness.html?plan=none        a workbook without a plan
//   harness.html?problems=0       the seed as it is (no planted mistakes)
//   harness.html?plan=unclassified a plan whose header words name no role (the column question)
//   harness.html?view=reminders&problems=0  the "Nhắc việc" panel alone, over the seed with emails in its registry
//
// The workbook outlives the page, as in Excel, where it lives outside the task pane: it is saved to sessionStorage
// when the page goes away and opened again on reload. A real reload (rather than remounting the React tree) throws
// away everything the pane and the adapter hold in memory, so a test that reloads sees only what the workbook kept.
import seedText from "../../assets/ke-hoach-phoi-hop-2024.txt";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { RemindersPanel } from "../../src/taskpane/components/RemindersPanel";
import { LanguageProvider } from "../../src/taskpane/i18n";
import { mountPane } from "../../src/taskpane/mount";
import { createWorkbook, openSavedWorkbook, saveWorkbook, type SimWorkbook } from "../excel-sim";
import { addProblems, taskCell } from "../taskpane/helpers/plan-cells";
import { simPlanService } from "../taskpane/helpers/sim-service";
import { UNCLASSIFIED_ROWS, UNCLASSIFIED_SHEET } from "../helpers/unclassified-plan";

const AS_OF = "2024-06-30";
const TODAY = new Date(2024, 5, 30);

/** What the e2e test reaches through `window`: the workbook behind the pane, and where a task's cells are. */
export interface HarnessWindow {
  __sim: SimWorkbook;
  __taskCell: (task: string, column: string) => string;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const storageKey = `harness-workbook${window.location.search}`;
  const saved = sessionStorage.getItem(storageKey);
  const sim = saved ? openSavedWorkbook(saved, { today: TODAY }) : await seeded(params);
  window.addEventListener("pagehide", () => sessionStorage.setItem(storageKey, saveWorkbook(sim)));
  Object.assign(window as unknown as HarnessWindow, {
    __sim: sim,
    __taskCell: (task: string, column: string) => taskCell(sim, task, column),
  });
  if (params.get("view") === "reminders") return showReminders(sim);
  mountPane(document.getElementById("root")!, {
    service: simPlanService(sim),
    language: params.get("lang") === "en" ? "en" : "vi",
    asOf: AS_OF,
    now: () => TODAY,
  });
}

// A fresh workbook: the seed plan pasted from Word, with four planted mistakes unless asked for none.
async function seeded(params: URLSearchParams): Promise<SimWorkbook> {
  if (params.get("plan") === "unclassified")
    return createWorkbook({ sheets: [{ name: UNCLASSIFIED_SHEET, cells: UNCLASSIFIED_ROWS }] }, { today: TODAY });
  const sim = createWorkbook({ sheets: [{ name: "Sheet1" }] }, { today: TODAY });
  if (params.get("plan") !== "none") {
    await simPlanService(sim).pasteFromWord(seedText, { asOf: AS_OF });
    if (params.get("problems") !== "0") addProblems(sim);
  }
  return sim;
}

// The reminders panel is placed in the pane's navigation at merge; until then the harness shows it on its own.
async function showReminders(sim: SimWorkbook): Promise<void> {
  sim.edit("Danh mục cơ quan", "E5:F5", [["Nguyễn Văn An", "danvan@haiphong.gov.vn"]], "localUser");
  sim.edit("Danh mục cơ quan", "F7", [["ldld@haiphong.gov.vn"]], "localUser");
  const read = await simPlanService(sim).readPlan({ asOf: AS_OF });
  if (!read.found) throw new Error("the seed plan was not found");
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme} lang="vi">
      <LanguageProvider language="vi">
        <main style={{ padding: "12px" }}>
          <h1 style={{ fontSize: "20px", margin: "0 0 8px" }}>Kế hoạch phối hợp</h1>
          <RemindersPanel plan={read.plan} />
        </main>
      </LanguageProvider>
    </FluentProvider>,
  );
}

void start();
