// Function commands have no UI of their own in Excel: the report is shown in a small Office dialog (report.html), and
// the command ends when the user closes it.
import type { Language } from "../ui-text/language";
import type { RibbonReport } from "./ribbon";

/** What report.html reads from its address. */
export interface ReportPage extends RibbonReport {
  language: Language;
}

/** The address of the report page carrying one report (in the fragment, so it never reaches a server). */
export function reportUrl(base: string, page: ReportPage): string {
  return `${new URL("report.html", base).href}#${encodeURIComponent(JSON.stringify(page))}`;
}

/** Shows a ribbon command's report in a dialog and calls `done` once, when the dialog closes or cannot open. */
export function showReport(page: ReportPage, done: () => void): void {
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done();
  };
  Office.context.ui.displayDialogAsync(
    reportUrl(window.location.href, page),
    { height: 30, width: 25, displayInIframe: true },
    (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) return finish();
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        finish();
      });
      // The user closed the dialog with its own close button.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
    },
  );
}
