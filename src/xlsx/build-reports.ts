import type ExcelJS from "exceljs";
import { columnLetters } from "../core/model/address";
import type { Analysis } from "../core/analyse-workbook";
import type { IsoDate } from "../core/model/dates";
import { agencySheetSpecs } from "../core/sheets/agency-sheets";
import { helperPlace, highlightSpec, type HighlightSpec } from "../core/sheets/highlight";
import { uniqueSheetName, validSheetName } from "../core/sheets/sheet-names";
import { foldKey } from "../core/text/normalize";
import type { SheetSpec } from "../core/sheets/spec";
import { STYLES } from "../core/sheets/spec";
import { ASSIGNMENTS_SHEET, SUMMARY_SHEET, summarySpecs } from "../core/sheets/summary-sheets";
import { REGISTRY_SHEET } from "../core/read/registry";
import { registrySheetSpec } from "../core/sheets/registry-sheet";
import { writeGeneratedMarks } from "./generated-marks";
import { generatedSheetNames } from "./read-workbook";
import { addRules, applyStyle, renderSheet, utcDate } from "./render-sheet";

/** What a build made: the sheets written, the generated sheets it replaced, and anything the user should know (a name taken by their own sheet…). */
export interface BuildResult {
  sheets: string[];
  replaced: string[];
  notes: string[];
}

// The kinds of sheet a build makes; other generated sheets (the add-in's quarter reports) stay, still marked.
const builds = (key: string) => key.startsWith("agency:") || key === "assignments" || key === "summary";

/** Adds the generated sheets (one per agency, assignments, summary) and the deadline highlighting to a workbook, replacing only generated sheets of those kinds. */
export function addReports(workbook: ExcelJS.Workbook, analysis: Analysis, asOf: IsoDate): BuildResult {
  const previous = generatedSheetNames(workbook);
  const replaced = [...previous].filter(([, key]) => builds(key)).map(([name]) => name);
  for (const name of replaced) workbook.removeWorksheet(workbook.getWorksheet(name)!.id);
  const taken = new Set<string>();
  workbook.eachSheet((ws) => void taken.add(ws.name));
  const userSheets = new Set([...taken].filter((n) => !previous.has(n)).map((n) => foldKey(n)));
  const notes: string[] = [];
  const marks = new Map([...previous].filter(([, key]) => !builds(key)));
  const made: string[] = [];
  const place = (wanted: string, key: string) => {
    const name = uniqueSheetName(wanted, taken);
    if (name !== wanted && userSheets.has(foldKey(validSheetName(wanted)))) {
      notes.push(
        `Trang "${wanted}" đã có (trang của người dùng, không ghi đè): dùng tên "${name}". / Sheet "${wanted}" exists (a user sheet, left untouched): wrote "${name}" instead.`,
      );
    }
    taken.add(name);
    marks.set(name, key);
    made.push(name);
    return name;
  };
  const summaryNames = {
    assignments: place(ASSIGNMENTS_SHEET, "assignments"),
    summary: place(SUMMARY_SHEET, "summary"),
  };
  const agencies = agencySheetSpecs(analysis.plan, asOf).map((s): SheetSpec => ({ ...s, name: place(s.name, s.key) }));
  const summary = summarySpecs(analysis.plan, asOf, summaryNames);
  renderSheet(workbook, summary.counts);
  for (const s of agencies) renderSheet(workbook, s);
  renderSheet(workbook, summary.assignments);
  applyHighlight(workbook, highlightSpec(analysis.plan, helperPlace(analysis.plan, analysis.grid).col));
  // The registry becomes the user's list once written: created when missing, never regenerated.
  if (!analysis.registryFromWorkbook && !taken.has(REGISTRY_SHEET)) {
    renderSheet(workbook, registrySheetSpec(analysis.plan.agencies));
    notes.push(
      `Đã tạo trang "${REGISTRY_SHEET}" từ kế hoạch: sửa tên viết tắt, tên khác tại đó. / Created the "${REGISTRY_SHEET}" sheet from the plan: edit short names and aliases there.`,
    );
  }
  // Sheet ids are the add-in's to record: after exceljs rewrites the file the rows go by name.
  writeGeneratedMarks(
    workbook,
    [...marks].map(([name, key]) => ({ name, key, id: null })),
  );
  return { sheets: made, replaced, notes };
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
  const helperStyle = { ...STYLES.date, color: "#7F7F7F" };
  spec.helper.values.forEach((d, i) => {
    const cell = ws.getCell(spec.helper.top + i, spec.helper.col);
    cell.value = d ? utcDate(d) : null;
    applyStyle(cell, helperStyle);
  });
  ws.getColumn(spec.helper.col).width = 12;
  addRules(ws, spec.rules);
}
