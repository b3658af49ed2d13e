/* global Excel */
// A name for the open workbook that the pane keys per-workbook choices with on this computer (the user's agency),
// so they stay out of the shared workbook.
import type { ExcelEnv } from "./host";

/** The workbook's document URL where Office knows it, else its file name (ExcelApi 1.7), else a fixed key. */
export async function workbookKey(
  context: Excel.RequestContext,
  env: ExcelEnv,
  documentUrl: string | null,
): Promise<string> {
  if (documentUrl) return documentUrl;
  if (!env.isSetSupported("ExcelApi", "1.7")) return "workbook";
  const wb = context.workbook.load("name");
  await context.sync();
  return wb.name || "workbook";
}
