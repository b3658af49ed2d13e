// The ribbon's function commands (manifest.xml FunctionFile → commands.html): each runs its use-case on the open
// workbook and reports in a small dialog, then tells Office it has finished.
import { excelPlanService } from "../excel/excel-plan-service";
import { officeHost } from "../excel/host";
import { todayIso } from "../core/model/dates";
import { uiLanguage } from "../ui-text/language";
import { showReport } from "./report-dialog";
import { RIBBON_COMMANDS, runRibbonCommand, type RibbonCommand } from "./ribbon";

void Office.onReady(() => {
  for (const [name, command] of Object.entries(RIBBON_COMMANDS)) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => void handle(command, event));
  }
});

async function handle(command: RibbonCommand, event: Office.AddinCommands.Event): Promise<void> {
  const language = uiLanguage(Office.context.displayLanguage);
  const report = await runRibbonCommand(command, excelPlanService(officeHost()), language, todayIso(new Date()));
  showReport({ ...report, language }, () => event.completed());
}
