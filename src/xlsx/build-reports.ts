import type { Analysis } from "../core/analyse-workbook";
import type { IsoDate } from "../core/model/dates";
import { agencySheetSpecs } from "../core/sheets/agency-sheets";
import type { MarkRow } from "../core/sheets/generated-marks";
import { helperPlace, highlightSpec, type HighlightSpec } from "../core/sheets/highlight";
import { uniqueSheetName, validSheetName } from "../core/sheets/sheet-names";
import { foldKey } from "../core/text/normalize";
import { STYLES, type CellStyle, type SheetSpec } from "../core/sheets/spec";
import { ASSIGNMENTS_SHEET, SUMMARY_SHEET, summarySpecs } from "../core/sheets/summary-sheets";
import { REGISTRY_SHEET } from "../core/read/registry";
import { registrySheetSpec } from "../core/sheets/registry-sheet";

/** What a build made: the sheets written, the generated sheets it replaced, and anything the user should know (a name taken by their own sheet…). */
export interface BuildResult {
  sheets: string[];
  replaced: string[];
  notes: string[];
}

/** What a build writes into a workbook, whatever writes it: sheets to drop, sheets to add in order, the plan's highlighting and the marks. */
export interface ReportPlan {
  remove: string[];
  sheets: SheetSpec[];
  highlight: HighlightSpec;
  marks: MarkRow[];
  result: BuildResult;
}

/** The helper deadline column's look: a date, greyed so it reads as the tool's, not the user's. */
export const HELPER_STYLE: CellStyle = { ...STYLES.date, color: "#7F7F7F" };

// The kinds of sheet a build makes; other generated sheets (the add-in's quarter reports) stay, still marked.
const builds = (key: string) => key.startsWith("agency:") || key === "assignments" || key === "summary";

/** Decides the generated sheets (one per agency, assignments, summary, the registry when missing) and the highlighting, replacing only generated sheets of those kinds. */
export function planReports(
  existing: { name: string; key: string | null }[],
  analysis: Analysis,
  asOf: IsoDate,
): ReportPlan {
  const previous = new Map(existing.flatMap((s) => (s.key === null ? [] : [[s.name, s.key] as [string, string]])));
  const remove = [...previous].filter(([, key]) => builds(key)).map(([name]) => name);
  const taken = new Set(existing.map((s) => s.name).filter((n) => !remove.includes(n)));
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
  const sheets = [summary.counts, ...agencies, summary.assignments];
  // The registry becomes the user's list once written: created when missing, never regenerated.
  if (!analysis.registryFromWorkbook && !taken.has(REGISTRY_SHEET)) {
    sheets.push(registrySheetSpec(analysis.plan.agencies));
    notes.push(
      `Đã tạo trang "${REGISTRY_SHEET}" từ kế hoạch: sửa tên viết tắt, tên khác tại đó. / Created the "${REGISTRY_SHEET}" sheet from the plan: edit short names and aliases there.`,
    );
  }
  return {
    remove,
    sheets,
    highlight: highlightSpec(analysis.plan, helperPlace(analysis.plan, analysis.grid).col),
    // Sheet ids are the add-in's to record: after the file is rewritten the rows go by name.
    marks: [...marks].map(([name, key]) => ({ name, key, id: null })),
    result: { sheets: made, replaced: remove, notes },
  };
}
