import type { Analysis } from "../core/analyse-workbook";
import type { IsoDate } from "../core/model/dates";
import { agencySheetSpecs } from "../core/sheets/agency-sheets";
import type { MarkRow } from "../core/sheets/generated-marks";
import {
  marksAfter,
  placedSheet,
  planGeneration,
  wantedSheet,
  type ExistingSheet,
  type ExistingTable,
} from "../core/sheets/generation-plan";
import { helperPlace, highlightSpec, type HighlightSpec } from "../core/sheets/highlight";
import type { SheetSpec } from "../core/sheets/spec";
import { ASSIGNMENTS_SHEET, ASSIGNMENTS_TABLE, SUMMARY_SHEET, summarySpecs } from "../core/sheets/summary-sheets";
import { registrySheetSpec } from "../core/sheets/registry-sheet";
import { AS_OF_SHEET, asOfSheetSpec } from "../core/sheets/as-of";

/** What a build added: the sheets written, the generated sheets it replaced, and what the user should know (a name taken by their own sheet…), each note "vi / en". */
export interface AddedReports {
  sheets: string[];
  replaced: string[];
  notes: string[];
}

/** What a build writes into a workbook, whatever writes it: sheets to drop, sheets to add in order, the plan's highlighting and the marks. */
export interface ReportPlan {
  remove: string[];
  sheets: SheetSpec[];
  /** The sheet the as-of name points at (its cell B4). */
  asOfSheet: string;
  highlight: HighlightSpec;
  marks: MarkRow[];
  result: AddedReports;
}

// The kinds of sheet a build makes; other generated sheets (the add-in's quarter reports) stay, still marked.
const builds = (key: string) =>
  key.startsWith("agency:") || key === "assignments" || key === "summary" || key === "as-of";

/**
 * Decides the generated sheets (the as-of sheet, one per agency, assignments, summary, the registry when missing) and
 * the highlighting, replacing only generated sheets of those kinds. `fixedAsOf` is the date typed into the as-of cell
 * (or given as `--as-of`); null leaves the cell empty, so the workbook follows TODAY().
 */
export function planReports(
  existing: ExistingSheet[],
  tables: ExistingTable[],
  analysis: Analysis,
  asOf: IsoDate,
  fixedAsOf: IsoDate | null = asOf,
): ReportPlan {
  const agencies = agencySheetSpecs(analysis.plan, asOf);
  const plan = planGeneration({
    sheets: existing,
    tables,
    replaces: builds,
    make: [
      { key: "assignments", name: ASSIGNMENTS_SHEET, tables: [ASSIGNMENTS_TABLE] },
      { key: "summary", name: SUMMARY_SHEET },
      { key: "as-of", name: AS_OF_SHEET },
      ...agencies.map(wantedSheet),
    ],
    registry: !analysis.registryFromWorkbook,
  });
  const [assignmentsSheet, summarySheet, asOfSheet, ...agencySheets] = plan.create;
  const summary = summarySpecs(analysis.plan, asOf, {
    assignments: assignmentsSheet.name,
    summary: summarySheet.name,
    table: assignmentsSheet.tables[0],
  });
  const sheets = [
    summary.counts,
    placedSheet(asOfSheetSpec(fixedAsOf, asOf), asOfSheet),
    ...agencies.map((s, i) => placedSheet(s, agencySheets[i])),
    summary.assignments,
  ];
  // The registry becomes the user's list once written: created when missing, never regenerated.
  if (plan.registry) sheets.push(registrySheetSpec(analysis.plan.agencies));
  return {
    remove: plan.remove.map((s) => s.name),
    sheets,
    asOfSheet: asOfSheet.name,
    highlight: highlightSpec(analysis.plan, helperPlace(analysis.plan, analysis.grid).col),
    // Sheet ids are the add-in's to record: after the file is rewritten the rows go by name.
    marks: marksAfter(plan),
    result: {
      sheets: plan.create.map((s) => s.name),
      replaced: plan.remove.map((s) => s.name),
      notes: [...plan.notes, ...(plan.registry ? [plan.registry.note] : [])].map((n) => `${n.vi} / ${n.en}`),
    },
  };
}
