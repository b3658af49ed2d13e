/* global Excel */
// Findings a user chose to ignore, kept in the workbook's settings: they travel with the file, so every co-author and
// every later session sees the same list.
import { z } from "zod";
import type { Finding } from "../core/finding";

/** The settings key of the ignored list. */
export const IGNORED_SETTING = "kehoach.ignoredFindings";

const entries = z.array(
  z.object({
    key: z.string(),
    rule: z.string(),
    sheet: z.string(),
    cell: z.string(),
    task: z.string().nullable(),
    message: z.object({ vi: z.string(), en: z.string() }),
  }),
);

/** One ignored finding as remembered: its key, and what the pane shows while listing ignored findings. */
export type IgnoredFinding = z.infer<typeof entries>[number];

/**
 * Tells which finding is which from one check to the next: rule, sheet, task number (the cell only for findings of no
 * task) and message without the cell address it starts with, so an ignored finding stays ignored when a co-author
 * inserts rows above it, and comes back when its cell is changed into another problem.
 */
export function findingKey(
  f: Pick<Finding, "rule" | "sheet" | "task" | "cell" | "message">,
): string {
  return [
    f.rule,
    f.sheet,
    f.task ?? f.cell,
    f.message.vi.replaceAll(`${f.sheet}!${f.cell}`, ""),
  ].join("|");
}

/** Lists the findings the workbook's users chose to ignore. */
export async function readIgnored(
  context: Excel.RequestContext,
): Promise<IgnoredFinding[]> {
  const setting =
    context.workbook.settings.getItemOrNullObject(IGNORED_SETTING);
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
  const key = findingKey(finding);
  if (current.some((e) => e.key === key) === ignored) return current;
  const others = current.filter((e) => e.key !== key);
  const next = ignored
    ? [
        ...others,
        {
          key,
          rule: finding.rule,
          sheet: finding.sheet,
          cell: finding.cell,
          task: finding.task,
          message: finding.message,
        },
      ]
    : others;
  if (next.length) context.workbook.settings.add(IGNORED_SETTING, next);
  else context.workbook.settings.getItem(IGNORED_SETTING).delete();
  await context.sync();
  return next;
}

// A user (or another tool) may have edited the setting: anything not of the shape written here counts as nothing ignored.
function parseIgnored(value: unknown): IgnoredFinding[] {
  let raw = value;
  if (typeof value === "string") {
    try {
      raw = JSON.parse(value);
    } catch {
      return [];
    }
  }
  const parsed = entries.safeParse(raw);
  return parsed.success ? parsed.data : [];
}
