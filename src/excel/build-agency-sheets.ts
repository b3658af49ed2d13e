/* global Excel */
import { agencySheetSpecs } from "../core/sheets/agency-sheets";
import { placedSheet, wantedSheet } from "../core/sheets/generation-plan";
import type { SheetSpec } from "../core/sheets/spec";
import { planFor, writeGeneratedSheets } from "./generated-sheets";
import { analyseOpenWorkbook } from "./analyse-open-workbook";
import { NO_PLAN_IN_WORKBOOK } from "../core/read/no-plan";
import { TOO_OLD } from "./messages";
import { registrySheetSpec } from "../core/sheets/registry-sheet";
import { writeSheetContents, writeSheetLayout } from "./render-sheet";
import { capabilities } from "./requirements";
import { addAsOfName, asOfWanted, hasAsOfName, paneAsOfSheet } from "./as-of";
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
  const { read, analysis } = await analyseOpenWorkbook(context, caps, options);
  if (!analysis) return { done: false, sheets: [], notes: [NO_PLAN_IN_WORKBOOK] };
  const specs = agencySheetSpecs(analysis.plan, options.asOf);
  const named = await hasAsOfName(context);
  const asOf = asOfWanted(read.sheets, named);
  const plan = planFor(read, {
    replaces: (key) => key.startsWith("agency:"),
    make: [...specs.map(wantedSheet), ...asOf],
    registry: !analysis.registryFromWorkbook,
  });
  await writeGeneratedSheets(context, caps, read, plan, async (w, added) => {
    const sheets = specs.map((s, i): { spec: SheetSpec; ws: Excel.Worksheet } => ({
      spec: placedSheet(s, plan.create[i]),
      ws: added.sheets[i],
    }));
    if (added.registry) sheets.push({ spec: registrySheetSpec(analysis.plan.agencies), ws: added.registry });
    if (asOf.length) {
      const at = specs.length;
      sheets.push({ spec: placedSheet(paneAsOfSheet(options.asOf), plan.create[at]), ws: added.sheets[at] });
      addAsOfName(context, plan.create[at].name);
    }
    for (const s of sheets) await writeSheetContents(w, s.ws, s.spec);
    await w.send();
    for (const s of sheets) await writeSheetLayout(w, s.ws, s.spec, caps);
  });
  return {
    done: true,
    sheets: plan.create.map((s) => s.name),
    notes: [...plan.notes, ...(plan.registry ? [plan.registry.note] : [])],
  };
}
