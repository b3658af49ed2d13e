/* global Excel */
// New plan sheets made from the task pane when the workbook has no plan: an empty plan table for the agencies the user
// types, or the table the user pasted out of the Word draft. Both are the sheet `kehoach import` writes (the core's
// planSheetSpec, with the registry sheet beside it), rendered by the same spec renderer as every generated sheet.
import type { IsoDate } from "../core/model/dates";
import type { Bilingual } from "../core/check/finding";
import { PLAN_SHEET, PLAN_TABLE } from "../core/sheets/plan-sheet";
import { registryMissing } from "../core/sheets/generation-plan";
import { NO_PASTED_PLAN, planFromAgencyNames, planFromPastedText, type NewPlan } from "../core/sheets/new-plan";
import { registrySheetSpec } from "../core/sheets/registry-sheet";
import { uniqueSheetName, uniqueTableName } from "../core/sheets/sheet-names";
import { TOO_OLD } from "./messages";
import { writeQuietly } from "./quiet-writes";
import { writeSheetContents, writeSheetLayout } from "./render-sheet";
import { capabilities, type Capabilities } from "./requirements";
import type { ExcelEnv } from "./host";
import type { CreatePlanResult, NewPlanRequest } from "../service/types";

/** Makes an empty plan table for the agencies the user typed (roles and status as dropdowns) and takes the user to it. */
export async function createPlan(
  context: Excel.RequestContext,
  env: ExcelEnv,
  request: NewPlanRequest,
): Promise<CreatePlanResult> {
  const caps = capabilities(env);
  if (!caps.generate) return nothing([TOO_OLD]);
  const made = planFromAgencyNames(request.agencies, request.year);
  if ("problems" in made) return nothing(made.problems);
  return writePlan(context, caps, made.plan);
}

/** Turns the plan table the user copied out of the Word draft into the plan sheet, read as `kehoach import` reads it, and takes the user to it. */
export async function pastePlan(
  context: Excel.RequestContext,
  env: ExcelEnv,
  text: string,
  options: { asOf: IsoDate; year?: number | null },
): Promise<CreatePlanResult> {
  const caps = capabilities(env);
  if (!caps.generate) return nothing([TOO_OLD]);
  const plan = planFromPastedText(text, options);
  if (!plan) return nothing([NO_PASTED_PLAN]);
  return writePlan(context, caps, plan);
}

// One request to learn the names in use, then the sheets in blocks with events off (as every generated sheet).
async function writePlan(context: Excel.RequestContext, caps: Capabilities, made: NewPlan): Promise<CreatePlanResult> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  if (caps.events) context.runtime.load("enableEvents");
  await context.sync();

  const sheetNames = sheets.items.map((s) => s.name);
  const place = {
    sheet: uniqueSheetName(PLAN_SHEET, sheetNames),
    table: uniqueTableName(
      PLAN_TABLE,
      tables.items.map((t) => t.name),
    ),
  };
  const plan = made.sheet(place);
  // The workbook's own registry is the user's list and is never replaced.
  const registry = registryMissing(sheetNames) ? registrySheetSpec(made.agencies) : null;
  await writeQuietly(context, caps, caps.events ? context.runtime.enableEvents : null, async (w) => {
    const written = [{ spec: plan, ws: sheets.add(place.sheet) }];
    if (registry) written.push({ spec: registry, ws: sheets.add(registry.name) });
    for (const m of written) await writeSheetContents(w, m.ws, m.spec);
    await w.send();
    for (const m of written) await writeSheetLayout(w, m.ws, m.spec, caps);
    written[0].ws.activate();
  });
  return {
    done: true,
    sheet: place.sheet,
    table: place.table,
    registry: registry !== null,
    tasks: made.tasks,
    agencies: made.agencies.filter((a) => !a.group).length,
    notes: [],
  };
}

function nothing(notes: Bilingual[]): CreatePlanResult {
  return {
    done: false,
    sheet: null,
    table: null,
    registry: false,
    tasks: 0,
    agencies: 0,
    notes,
  };
}
