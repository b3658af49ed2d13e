/* global Excel */
// Findings a user chose to ignore, kept in the workbook's settings: they travel with the file, so every co-author and
// every later session sees the same list.
import type { Finding } from "../core/check/finding";
import { parseIgnored, withIgnored, type IgnoredFinding } from "../core/check/ignored-findings";

/** The settings key of the ignored list. */
export const IGNORED_SETTING = "kehoach.ignoredFindings";

/** Lists the findings the workbook's users chose to ignore. */
export async function readIgnored(context: Excel.RequestContext): Promise<IgnoredFinding[]> {
  const setting = context.workbook.settings.getItemOrNullObject(IGNORED_SETTING);
  setting.load("value");
  await context.sync();
  return setting.isNullObject ? [] : parseIgnored(setting.value);
}

/** Ignores a finding (or brings it back) for everyone who opens the workbook; returns the list as it now stands. */
export async function setIgnored(
  context: Excel.RequestContext,
  finding: Finding,
  ignored: boolean,
): Promise<IgnoredFinding[]> {
  // Read just before writing: a co-author may have ignored other findings since this pane last looked.
  const current = await readIgnored(context);
  const next = withIgnored(current, finding, ignored);
  if (next === current) return current;
  if (next.length) context.workbook.settings.add(IGNORED_SETTING, next);
  else context.workbook.settings.getItem(IGNORED_SETTING).delete();
  await context.sync();
  return next;
}
