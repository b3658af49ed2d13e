// The report dialog of the ribbon commands: shows the report carried in the page's address; "Close" tells the
// command (which is waiting to finish) that the user has read it.
import { stringsFor } from "../ui-text/strings";
import type { ReportPage } from "./report-dialog";

/** Reads the report from the page address; null when the address carries none. */
export function readReportPage(hash: string): ReportPage | null {
  try {
    const page = JSON.parse(decodeURIComponent(hash.replace(/^#/, ""))) as ReportPage;
    return typeof page.title === "string" && Array.isArray(page.lines) ? page : null;
  } catch {
    return null;
  }
}

function render(page: ReportPage): void {
  document.documentElement.lang = page.language;
  document.getElementById("title")!.textContent = page.title;
  document.getElementById("title")!.className = page.ok ? "ok" : "failed";
  const list = document.getElementById("lines")!;
  for (const line of page.lines) {
    const p = document.createElement("p");
    p.textContent = line;
    list.appendChild(p);
  }
  const close = document.getElementById("close") as HTMLButtonElement;
  close.textContent = stringsFor(page.language).command.ok;
  close.onclick = () => Office.context.ui.messageParent("close");
}

const page = readReportPage(window.location.hash);
if (page) void Office.onReady(() => render(page));
