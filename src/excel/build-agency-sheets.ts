/* global Excel */
import { agencySheetSpecs } from "../core/sheets/agency-sheets";
import type { SheetSpec } from "../core/sheets/spec";
import { Generation } from "./generation";
import { loadPlan } from "./load-plan";
import { NO_PLAN, TOO_OLD } from "./messages";
import { missingRegistry } from "./registry-sheet";
import { writeSheetContents, writeSheetLayout } from "./render-sheet";
import { capabilities } from "./requirements";
import type { ExcelEnv } from "./host";
import type { BuildResult, PlanOptions } from "../service/types";

/** Makes one sheet per agency (title, as-of date, the tasks it leads, then those it coordinates), replacing the add-in's previous ones. */
export async function buildAgencySheets(
  context: Excel.RequestContext,
  env: ExcelEnv,
  options: PlanOptions,
): Promise<BuildResult> {
  const caps = capabilities(env);
  if (!caps.generate) return { done: false, sheets: [], notes: [TOO_OLD] };
  const { read, analysis } = await loadPlan(context, caps, options);
  if (!analysis) return { done: false, sheets: [], notes: [NO_PLAN] };
  const gen = new Generation(context, caps, read, (key) => key.startsWith("agency:"));
  const specs = agencySheetSpecs(analysis.plan, options.asOf).map((s): SheetSpec => ({
    ...s,
    name: gen.reserve(s.name),
  }));
  const registry = missingRegistry(gen, analysis);
  await gen.run(async (w) => {
    const sheets = specs.map((s) => ({ spec: s, ws: gen.add(s.name, s.key) }));
    if (registry)
      sheets.push({
        spec: registry.spec,
        ws: context.workbook.worksheets.add(registry.spec.name),
      });
    for (const s of sheets) await writeSheetContents(w, s.ws, s.spec);
    await w.send();
    for (const s of sheets) await writeSheetLayout(w, s.ws, s.spec, caps);
  });
  return {
    done: true,
    sheets: gen.made.map((m) => m.name),
    notes: [...gen.notes, ...(registry ? [registry.note] : [])],
  };
}
