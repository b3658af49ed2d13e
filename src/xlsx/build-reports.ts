import type ExcelJS from "exceljs";
import { columnLetters } from "../core/model/address";
import type { Analysis } from "../core/analyse-workbook";
import type { IsoDate } from "../core/model/dates";
import { agencySheetSpecs } from "../core/sheets/agency-sheets";
import { marksAfter, placedSheet, planGeneration, wantedSheet } from "../core/sheets/generation-plan";
import { helperPlace, highlightSpec, type HighlightSpec } from "../core/sheets/highlight";
import { HELPER_COLUMN } from "../core/sheets/appearance";
import { STYLES } from "../core/sheets/spec";
import { ASSIGNMENTS_SHEET, ASSIGNMENTS_TABLE, SUMMARY_SHEET, summarySpecs } from "../core/sheets/summary-sheets";
import { registrySheetSpec } from "../core/sheets/registry-sheet";
import { writeGeneratedMarks } from "./generated-marks";
import { generatedSheetNames } from "./read-workbook";
import { addRules, applyStyle, renderSheet, utcDate } from "./render-sheet";

/** What a build added: the sheets written, the generated sheets it replaced, and what the user should know (a name taken by their own sheet…), each note "vi / en". */
export interface AddedReports {
  sheets: string[];
  replaced: string[];
  notes: string[];
}

// The kinds of sheet a build makes; other generated sheets (the add-in's quarter reports) stay, still marked.
const builds = (key: string) => key.startsWith("agency:") || key === "assignments" || key === "summary";

/** Adds the generated sheets (one per agency, assignments, summary) and the deadline highlighting to a workbook, replacing only generated sheets of those kinds. */
export function addReports(workbook: ExcelJS.Workbook, analysis: Analysis, asOf: IsoDate): AddedReports {
  const generated = generatedSheetNames(workbook);
  const agencies = agencySheetSpecs(analysis.plan, asOf);
  const plan = planGeneration({
    // exceljs knows no sheet ids: the marks go by name.
    sheets: workbook.worksheets.map((ws) => ({ name: ws.name, generated: generated.get(ws.name) ?? null })),
    tables: workbookTables(workbook),
    replaces: builds,
    make: [
      { key: "assignments", name: ASSIGNMENTS_SHEET, tables: [ASSIGNMENTS_TABLE] },
      { key: "summary", name: SUMMARY_SHEET },
      ...agencies.map(wantedSheet),
    ],
    registry: !analysis.registryFromWorkbook,
  });
  for (const s of plan.remove) workbook.removeWorksheet(workbook.getWorksheet(s.name)!.id);
  const [assignmentsSheet, summarySheet, ...agencySheets] = plan.create;
  const summary = summarySpecs(analysis.plan, asOf, {
    assignments: assignmentsSheet.name,
    summary: summarySheet.name,
    table: assignmentsSheet.tables[0],
  });
  renderSheet(workbook, summary.counts);
  agencies.forEach((s, i) => renderSheet(workbook, placedSheet(s, agencySheets[i])));
  renderSheet(workbook, summary.assignments);
  applyHighlight(workbook, highlightSpec(analysis.plan, helperPlace(analysis.plan, analysis.grid).col));
  // The registry becomes the user's list once written: created when missing, never regenerated.
  if (plan.registry) renderSheet(workbook, registrySheetSpec(analysis.plan.agencies));
  writeGeneratedMarks(workbook, marksAfter(plan));
  return {
    sheets: plan.create.map((s) => s.name),
    replaced: plan.remove.map((s) => s.name),
    notes: [...plan.notes, ...(plan.registry ? [plan.registry.note] : [])].map((n) => `${n.vi} / ${n.en}`),
  };
}

/** The names of the tables on every sheet of a workbook, with their sheets. */
export function workbookTables(workbook: ExcelJS.Workbook): { name: string; sheet: string }[] {
  return workbook.worksheets.flatMap((ws) => ws.getTables().map((t) => ({ name: tableName(t), sheet: ws.name })));
}

// exceljs's typings list a sheet's tables as tuples and do not show the name the table holds.
function tableName(table: unknown): string {
  return (table as unknown as { table: { name: string } }).table.name;
}

/** Writes the helper deadline column and the highlight rules onto the plan sheet; the user's cells are left as they are. */
export function applyHighlight(workbook: ExcelJS.Workbook, spec: HighlightSpec): void {
  const ws = workbook.getWorksheet(spec.sheet);
  if (!ws) return;
  const letter = columnLetters(spec.helper.col);
  // Re-running replaces the add-in's own rules (they all test the helper column) and keeps the user's.
  const own = (f: string) => f.includes(`$${letter}${spec.helper.top}`) || spec.rules.some((r) => r.formula === f);
  const sheet = ws as unknown as { conditionalFormattings?: { rules: { formulae?: unknown[] }[] }[] };
  sheet.conditionalFormattings = (sheet.conditionalFormattings ?? []).filter(
    (cf) => !cf.rules.some((r) => (r.formulae ?? []).some((f) => own(String(f)))),
  );
  const header = ws.getCell(spec.helper.headerRow, spec.helper.col);
  header.value = spec.helper.header;
  applyStyle(header, STYLES.header);
  const helperStyle = HELPER_COLUMN.style;
  spec.helper.values.forEach((d, i) => {
    const cell = ws.getCell(spec.helper.top + i, spec.helper.col);
    cell.value = d ? utcDate(d) : null;
    applyStyle(cell, helperStyle);
  });
  ws.getColumn(spec.helper.col).width = HELPER_COLUMN.width;
  addRules(ws, spec.rules);
}
