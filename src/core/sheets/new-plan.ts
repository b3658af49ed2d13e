// A new plan sheet, made from the plan table copied out of a Word draft or from the agencies a user types: what
// `kehoach import` writes and what the task pane's "Paste from Word" and "New plan" write, decided once. The adapters
// pick free sheet and table names, then render the spec (with the registry sheet beside it where none exists).
import { analyseWorkbook } from "../analyse-workbook";
import type { Bilingual } from "../check/finding";
import type { IsoDate } from "../model/dates";
import { gridBounds, type SheetGrid } from "../model/grid";
import type { Agency } from "../model/plan";
import { classifyHeader, findHeader } from "../read/header";
import { parsePastedText, pastedGrid } from "../read/import-text";
import { noPlanFound } from "../read/no-plan";
import { isGroupPhrase } from "../read/registry";
import { readTitleBlock } from "../read/title";
import { cleanText, foldKey } from "../text/normalize";
import { PLAN_SHEET, planSheetSpec } from "./plan-sheet";
import type { SheetSpec } from "./spec";

/** A plan sheet to write: its spec under the names the adapter found free, and the agencies for the registry sheet. */
export interface NewPlan {
  sheet: (names: { sheet: string; table: string }) => SheetSpec;
  agencies: Agency[];
  tasks: number;
}

/** The message when pasted text holds no plan table. */
export const NO_PASTED_PLAN: Bilingual = noPlanFound(
  { vi: "trong văn bản đã dán", en: "in the pasted text" },
  {
    vi: "Hãy chọn cả bảng trong Word, sao chép, rồi dán lại.",
    en: "Select the whole table in Word, copy it, and paste again.",
  },
);

const NEW_PLAN_TITLE = "KẾ HOẠCH PHỐI HỢP";
const NO_AGENCIES: Bilingual = {
  vi: "Hãy nhập ít nhất một cơ quan (mỗi dòng một tên).",
  en: "Type at least one agency (one name per line).",
};

/**
 * Reads the plan table copied out of a Word draft (title lines above it and signatures below are kept) into the plan
 * sheet to write; null when the text holds no plan table. The year is the given one, else the one the title names.
 */
export function planFromPastedText(text: string, options: { asOf: IsoDate; year?: number | null }): NewPlan | null {
  const pasted = parsePastedText(text);
  const grid = pastedGrid(pasted, PLAN_SHEET);
  const header = findHeader(grid);
  if (!header) return null;
  const b = gridBounds(grid);
  const year = options.year ?? readTitleBlock(grid, b.top, header.headerTop, b.left, b.right).year;
  const analysis = analyseWorkbook({ sheets: [grid] }, { asOf: options.asOf, year: options.year ?? null });
  return {
    sheet: (names) =>
      planSheetSpec(grid, header, { lines: pasted.titleLines, year, footer: pasted.footerLines }, names),
    agencies: analysis?.plan.agencies ?? [],
    tasks: analysis?.plan.tasks.length ?? 0,
  };
}

/** An empty plan table for the agencies a user typed, one per line; or why the names cannot make one. */
export function planFromAgencyNames(
  typed: string[],
  year: number | null,
): { plan: NewPlan } | { problems: Bilingual[] } {
  const names = typed.map(cleanText).filter(Boolean);
  if (names.length === 0) return { problems: [NO_AGENCIES] };
  const problems = agencyProblems(names);
  if (problems.length) return { problems };
  const grid: SheetGrid = { name: PLAN_SHEET, values: [["Stt", "Nội dung", ...names, "Thời gian"]] };
  const header = findHeader(grid)!;
  return {
    plan: {
      sheet: (place) => planSheetSpec(grid, header, { lines: [NEW_PLAN_TITLE], year, footer: [] }, place),
      agencies: names.map((name) => ({ name, short: null, aliases: [], group: isGroupPhrase(name) })),
      tasks: 0,
    },
  };
}

// Names that would make the header unreadable, or that the registry could not tell apart.
function agencyProblems(names: string[]): Bilingual[] {
  const problems: Bilingual[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (classifyHeader(name) !== null) {
      problems.push({
        vi: `"${name}" là tên một cột của kế hoạch, không phải tên cơ quan.`,
        en: `"${name}" is the name of a plan column, not an agency.`,
      });
    } else if (seen.has(foldKey(name))) {
      problems.push({ vi: `"${name}" được nhập hai lần.`, en: `"${name}" is typed twice.` });
    }
    seen.add(foldKey(name));
  }
  return problems;
}
