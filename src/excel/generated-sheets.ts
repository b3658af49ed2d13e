/* global Excel */
// Carries out a generation plan (the core's planGeneration) in the open workbook: deletes the add-in's sheets it
// replaces, adds its sheets marked as the add-in's (and the registry sheet, unmarked, where the plan makes one), lets
// the command fill them, then records the marks; every write goes with events off (see writeQuietly).
import {
  marksAfter,
  planGeneration,
  type GenerationPlan,
  type GenerationRequest,
} from "../core/sheets/generation-plan";
import { sameMarkRows } from "../core/sheets/generated-marks";
import type { BulkWriter } from "./bulk-writer";
import { MARKS_SETTING, markNewSheet, settingsAfter, writeMarkSheet, type MarkEntry } from "./generated-marks";
import type { Capabilities } from "./requirements";
import type { SheetInfo, WorkbookRead } from "./read-workbook";
import { writeQuietly } from "./quiet-writes";

/** The generation plan for the workbook as read: which sheets a command replaces and makes, under which names. */
export function planFor(
  read: WorkbookRead,
  ask: Omit<GenerationRequest, "sheets" | "tables">,
): GenerationPlan<SheetInfo> {
  return planGeneration({ ...ask, sheets: read.sheets, tables: read.tables });
}

/** The sheets added for a plan, in its order, and the registry sheet when it makes one. */
export interface AddedSheets {
  sheets: Excel.Worksheet[];
  registry: Excel.Worksheet | null;
}

/**
 * Deletes the sheets the plan replaces, adds its sheets, runs `write` on them, and records the new marks, all quietly;
 * `write` sends after filling the sheets' values, so their ids are known when the marks are written.
 */
export async function writeGeneratedSheets(
  context: Excel.RequestContext,
  caps: Capabilities,
  read: WorkbookRead,
  plan: GenerationPlan<SheetInfo>,
  write: (w: BulkWriter, added: AddedSheets) => Promise<void>,
  finish: () => void = () => undefined,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  let made: Excel.Worksheet[] = [];
  await writeQuietly(
    context,
    caps,
    read.eventsWereOn,
    async (w) => {
      for (const s of plan.remove) worksheets.getItem(s.id).delete();
      made = plan.create.map((s) => {
        const ws = worksheets.add(s.name);
        ws.load("id");
        markNewSheet(ws, s.key, caps);
        return ws;
      });
      const registry = plan.registry ? worksheets.add(plan.registry.name) : null;
      await write(w, { sheets: made, registry });
      // With the last writes, events still off; the new sheets' ids came with the request that added them.
      const rows = marksAfter(
        plan,
        made.map((ws) => ws.id),
      );
      if (!sameMarkRows(rows, read.marks.rows)) writeMarkSheet(context.workbook, read.marks.sheet, rows);
    },
    () => {
      writeMarkSettings(context, caps, read, plan, made);
      finish();
    },
  );
}

// The settings list needs the new sheets' ids, known only after the request that made them.
function writeMarkSettings(
  context: Excel.RequestContext,
  caps: Capabilities,
  read: WorkbookRead,
  plan: GenerationPlan<SheetInfo>,
  made: Excel.Worksheet[],
): void {
  const deleted = new Set(plan.remove.map((s) => s.id));
  const entries: MarkEntry[] = plan.create.map((s, i) => ({ id: made[i].id, name: s.name, key: s.key }));
  const next = settingsAfter(read.marks.settings, deleted, entries, caps);
  if (JSON.stringify(next) !== JSON.stringify(read.marks.settings)) context.workbook.settings.add(MARKS_SETTING, next);
}
