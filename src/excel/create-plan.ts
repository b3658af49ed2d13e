/* global Excel */
// New plan sheets made from the task pane when the workbook has no plan: an empty plan table for the agencies the user
// types, or the table the user pasted out of the Word draft. Both are the sheet `kehoach import` writes (the core's
// planSheetSpec, with the registry sheet beside it), rendered by the same spec renderer as every generated sheet.
import { analyseWorkbook } from "../core/analyse-workbook";
import type { IsoDate } from "../core/model/dates";
import type { Bilingual } from "../core/check/finding";
import { gridBounds, type SheetGrid } from "../core/model/grid";
import { classifyHeader, findHeader } from "../core/read/header";
import { parsePastedText, pastedGrid } from "../core/read/import-text";
import type { Agency } from "../core/model/plan";
import { isGroupPhrase, REGISTRY_SHEET } from "../core/read/registry";
import { PLAN_SHEET, PLAN_TABLE, planSheetSpec } from "../core/sheets/plan-sheet";
import { registrySheetSpec } from "../core/sheets/registry-sheet";
import { uniqueSheetName } from "../core/sheets/sheet-names";
import type { SheetSpec } from "../core/sheets/spec";
import { cleanText, foldKey } from "../core/text/normalize";
import { readTitleBlock } from "../core/read/title";
import { TOO_OLD } from "./messages";
import { writeQuietly } from "./quiet-writes";
import { writeSheetContents, writeSheetLayout } from "./render-sheet";
import { capabilities, type Capabilities } from "./requirements";
import type { ExcelEnv } from "./host";
import type { CreatePlanResult, NewPlanRequest } from "../service/types";

const TITLE = "KẾ HOẠCH PHỐI HỢP";
const NO_AGENCIES: Bilingual = {
  vi: "Hãy nhập ít nhất một cơ quan (mỗi dòng một tên).",
  en: "Type at least one agency (one name per line).",
};
const NO_TABLE: Bilingual = {
  vi: 'Không tìm thấy bảng kế hoạch trong văn bản đã dán (cần dòng tiêu đề có "Stt", "Nội dung" và các cơ quan hoặc cột chủ trì/phối hợp). Hãy chọn cả bảng trong Word, sao chép, rồi dán lại.',
  en: 'No plan table in the pasted text (a header row with "Stt", "Nội dung" and agencies or lead/coordinator columns is needed). Select the whole table in Word, copy it, and paste again.',
};

/** Makes an empty plan table for the agencies the user typed (roles and status as dropdowns) and takes the user to it. */
export async function createPlan(
  context: Excel.RequestContext,
  env: ExcelEnv,
  request: NewPlanRequest,
): Promise<CreatePlanResult> {
  const caps = capabilities(env);
  if (!caps.generate) return nothing([TOO_OLD]);
  const names = request.agencies.map(cleanText).filter(Boolean);
  if (names.length === 0) return nothing([NO_AGENCIES]);
  const problems = agencyProblems(names);
  if (problems.length) return nothing(problems);
  const grid: SheetGrid = {
    name: PLAN_SHEET,
    values: [["Stt", "Nội dung", ...names, "Thời gian"]],
  };
  const header = findHeader(grid)!;
  const agencies: Agency[] = names.map((name) => ({
    name,
    short: null,
    aliases: [],
    group: isGroupPhrase(name),
  }));
  return writePlan(context, caps, agencies, 0, (place) =>
    planSheetSpec(grid, header, { lines: [TITLE], year: request.year, footer: [] }, place),
  );
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
  const pasted = parsePastedText(text);
  const grid = pastedGrid(pasted, PLAN_SHEET);
  const header = findHeader(grid);
  if (!header) return nothing([NO_TABLE]);
  const b = gridBounds(grid);
  const titleYear = readTitleBlock(grid, b.top, header.headerTop, b.left, b.right).year;
  const analysis = analyseWorkbook({ sheets: [grid] }, { asOf: options.asOf, year: options.year ?? null });
  const year = options.year ?? titleYear;
  return writePlan(context, caps, analysis?.plan.agencies ?? [], analysis?.plan.tasks.length ?? 0, (place) =>
    planSheetSpec(grid, header, { lines: pasted.titleLines, year, footer: pasted.footerLines }, place),
  );
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
      problems.push({
        vi: `"${name}" được nhập hai lần.`,
        en: `"${name}" is typed twice.`,
      });
    }
    seen.add(foldKey(name));
  }
  return problems;
}

// One request to learn the names in use, then the sheets in blocks with events off (as every generated sheet).
async function writePlan(
  context: Excel.RequestContext,
  caps: Capabilities,
  agencies: Agency[],
  tasks: number,
  spec: (place: { sheet: string; table: string }) => SheetSpec,
): Promise<CreatePlanResult> {
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
  const plan = spec(place);
  // The workbook's own registry is the user's list and is never replaced.
  const registry = sheetNames.some((n) => foldKey(n) === foldKey(REGISTRY_SHEET)) ? null : registrySheetSpec(agencies);
  await writeQuietly(context, caps, caps.events ? context.runtime.enableEvents : null, async (w) => {
    const made = [{ spec: plan, ws: sheets.add(place.sheet) }];
    if (registry) made.push({ spec: registry, ws: sheets.add(registry.name) });
    for (const m of made) await writeSheetContents(w, m.ws, m.spec);
    await w.send();
    for (const m of made) await writeSheetLayout(w, m.ws, m.spec, caps);
    made[0].ws.activate();
  });
  return {
    done: true,
    sheet: place.sheet,
    table: place.table,
    registry: registry !== null,
    tasks,
    agencies: agencies.filter((a) => !a.group).length,
    notes: [],
  };
}

// Table names are unique in a workbook and compared without case.
function uniqueTableName(wanted: string, taken: string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let name = wanted;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${wanted}${i}`;
  return name;
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
