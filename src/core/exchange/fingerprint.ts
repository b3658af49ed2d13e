// The hidden record a split workbook carries: which plan and agency it was made for, when, and what each task looked
// like when it was sent. Collect reads it back (strictly, with zod) to refuse a file of another plan or agency, to
// see which cells the agency changed, and to tell a task the coordinator changed since from one the agency reports.
import { z } from "zod";
import type { CellValue } from "../model/cell-value";
import type { Plan } from "../model/plan";
import { cellText, cleanText, foldKey } from "../text/normalize";
import type { TaskFingerprint } from "../track/task-snapshot";

/** Name of the very hidden sheet that holds the record. */
export const SPLIT_RECORD_SHEET = "_kehoach_gui";

const FORMAT = "kehoach.split";
const VERSION = "1";

/** A task as it was sent: its key, the agency's part in it, the hash of the cells locked in the file, the plan's values. */
export interface SentTask {
  key: string;
  role: "lead" | "coordinate" | "group";
  locked: string;
  plan: TaskFingerprint;
}

/** What a split workbook records about itself. */
export interface SplitRecord {
  planId: string;
  planTitle: string;
  agency: string;
  /** When the split was made (ISO date and time): a later split of the same plan supersedes an earlier one. */
  sentAt: string;
  tasks: SentTask[];
}

/** A short, stable hash of a text (53-bit, hex): enough to notice an edit, not a secret. */
export function textHash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

/** What makes a plan the same plan while its tasks progress: its title (case, spacing and tone marks folded) and year. */
export function planId(plan: Pick<Plan, "title" | "year" | "sheet">): string {
  return textHash(`${foldKey(plan.title || plan.sheet)}|${plan.year ?? ""}`);
}

/** The hash of a row's locked cells as the file shows them, so an edit outside the report cells is noticed. */
export function lockedHash(cells: CellValue[]): string {
  return textHash(cells.map((v) => cleanText(cellText(v))).join("\u001f"));
}

const fingerprintSchema = z
  .object({
    number: z.string(),
    content: z.string(),
    time: z.string(),
    lead: z.string(),
    coordinators: z.string(),
    status: z.string(),
    completedOn: z.string(),
    note: z.string(),
  })
  .strict();

const recordSchema = z
  .object({
    planId: z.string().regex(/^[0-9a-f]{14}$/),
    planTitle: z.string(),
    agency: z.string().min(1),
    sentAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/),
    tasks: z.array(
      z
        .object({
          key: z.string().min(1),
          role: z.enum(["lead", "coordinate", "group"]),
          locked: z.string().regex(/^[0-9a-f]{14}$/),
          plan: fingerprintSchema,
        })
        .strict(),
    ),
  })
  .strict();

/** The record as the rows of its hidden sheet: text cells only, one line per fact and per task. */
export function recordRows(r: SplitRecord): string[][] {
  return [
    [FORMAT, VERSION],
    ["plan", r.planId, r.planTitle],
    ["agency", r.agency],
    ["sentAt", r.sentAt],
    ...r.tasks.map((t) => ["task", t.key, t.role, t.locked, JSON.stringify(t.plan)]),
  ];
}

/** Reads the record back from its sheet's cells; null when the sheet is not one, or was altered so it no longer reads. */
export function parseRecord(rows: CellValue[][]): SplitRecord | null {
  const text = rows.map((r) => r.map((v) => (v === null || v === undefined ? "" : cellText(v))));
  const first = text[0] ?? [];
  if (first[0] !== FORMAT || first[1] !== VERSION) return null;
  const line = (name: string) => text.find((r) => r[0] === name) ?? [];
  const tasks: unknown[] = [];
  for (const r of text) {
    if (r[0] !== "task") continue;
    let plan: unknown;
    try {
      plan = JSON.parse(r[4] ?? "");
    } catch {
      return null;
    }
    tasks.push({ key: r[1], role: r[2], locked: r[3], plan });
  }
  const parsed = recordSchema.safeParse({
    planId: line("plan")[1],
    planTitle: line("plan")[2] ?? "",
    agency: line("agency")[1],
    sentAt: line("sentAt")[1],
    tasks,
  });
  return parsed.success ? parsed.data : null;
}
