// Findings a user chose to ignore, as kept in the workbook's settings: their shape, how one finding is told from another
// across checks, and the list after ignoring or restoring one. The Office.js adapter only reads and writes the setting.
import { z } from "zod";
import { countFindings, type Finding } from "./finding";

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
export function findingKey(f: Pick<Finding, "rule" | "sheet" | "task" | "cell" | "message">): string {
  return [f.rule, f.sheet, f.task ?? f.cell, f.message.vi.replaceAll(`${f.sheet}!${f.cell}`, "")].join("|");
}

/** The ignored list after ignoring a finding (or bringing it back); the same array when nothing changes. */
export function withIgnored(current: IgnoredFinding[], finding: Finding, ignored: boolean): IgnoredFinding[] {
  const key = findingKey(finding);
  if (current.some((e) => e.key === key) === ignored) return current;
  const others = current.filter((e) => e.key !== key);
  if (!ignored) return others;
  const { rule, sheet, cell, task, message } = finding;
  return [...others, { key, rule, sheet, cell, task, message }];
}

// A user (or another tool) may have edited the setting: anything not of the shape written here counts as nothing ignored.
/** The ignored list read back from the setting; anything else counts as nothing ignored. */
export function parseIgnored(value: unknown): IgnoredFinding[] {
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

/** How many findings of each severity the user still has to look at, and how many were ignored. */
export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  ignored: number;
}

/** Counts the findings not ignored by severity, for the line on top of the Check list and the ribbon's Check. */
export function countOpenFindings(findings: Finding[], ignoredKeys: ReadonlySet<string>): FindingCounts {
  const open = findings.filter((f) => !ignoredKeys.has(findingKey(f)));
  return { ...countFindings(open), ignored: findings.length - open.length };
}
