// The task pane page: waits for Office, then shows the pane over the open workbook, or says it runs outside Excel.
import { excelPlanService } from "../excel/excel-plan-service";
import { officeHost } from "../excel/host";
import { todayIso } from "../core/model/dates";
import { uiLanguage } from "../ui-text/language";
import { mountOutside, mountPane } from "./mount";

const HELP_URL = "help.html";
const root = document.getElementById("root")!;

// office.js comes from Microsoft's CDN; when it cannot load (offline, blocked) there is no Office object at all.
if (typeof Office === "undefined") {
  mountOutside(root, uiLanguage(navigator.language), HELP_URL);
} else {
  void Office.onReady((info) => {
    const language = uiLanguage(Office.context?.displayLanguage ?? navigator.language);
    if (info.host === Office.HostType.Excel) {
      mountPane(root, {
        service: excelPlanService(officeHost()),
        language,
        asOf: todayIso(new Date()),
      });
    } else {
      mountOutside(root, language, HELP_URL);
    }
  });
}
