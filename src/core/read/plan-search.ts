// Where the plan is, and how its columns are known: a mapping typed for this run first, then the one saved in the
// workbook (unless its headers changed since), then the header's own words. When no reading finds the content and
// the lead (or agency) columns but a table is there, the answer is a question naming the columns seen, never
// "no plan".
import { cellAddress, columnLetters } from "../model/address";
import { gridBounds, gridValue, type SheetGrid, type WorkbookGrids } from "../model/grid";
import type { Bilingual } from "../check/finding";
import { cellText } from "../text/normalize";
import { MAPPING_ROLE_LABEL, type ColumnMapping, type MappingRole } from "./column-mapping";
import { findHeader, headerRolesAt, isColumnNumberRow, type Area, type HeaderMatch } from "./header";
import { scoreHeaderCell } from "./header-roles";
import { REGISTRY_SHEET } from "./registry";
import { parseSavedMapping, staleColumns, type SavedMapping } from "./saved-mapping";

/** Where a plan was found: sheet, header, and the table holding it if any. */
export interface PlanLocation {
  grid: SheetGrid;
  header: HeaderMatch;
  table: string | null;
  bottom: number;
}

/** One column of a header row as the user sees it: letter and header text. */
export interface SeenColumn {
  col: number;
  letter: string;
  header: string;
}

/** The question asked when the header's words do not say where the content or the lead is. */
export interface MappingQuestion {
  sheet: string;
  headerRow: number;
  columns: SeenColumn[];
  /** "content", and "lead" standing for the lead column or the agency columns. */
  missing: ("content" | "lead")[];
  /** What the header's words did say, to start the answer from. */
  guess: Partial<Record<Exclude<MappingRole, "agencies">, number>>;
  message: Bilingual;
}

/** Where the column roles came from. */
export type MappingSource = "given" | "saved" | "header";

/** The outcome of looking for the plan. */
export type PlanSearch =
  | { kind: "found"; where: PlanLocation; source: MappingSource; notes: Bilingual[] }
  | { kind: "needsMapping"; question: MappingQuestion; notes: Bilingual[] }
  | { kind: "none"; notes: Bilingual[] };

/** Looks for the plan: with the mapping given for this run, the workbook's saved mapping, or the header's words. */
export function searchPlan(
  workbook: WorkbookGrids,
  opts: { sheet?: string; mapping?: ColumnMapping | null },
): PlanSearch {
  // Visible sheets first: a hidden sheet is often an old copy of the plan set aside.
  const candidates = workbook.sheets
    .filter((g) => (opts.sheet ? g.name === opts.sheet : !g.generated && g.name !== REGISTRY_SHEET))
    .sort((a, b) => Number(Boolean(a.hidden)) - Number(Boolean(b.hidden)));
  const notes: Bilingual[] = [];
  if (opts.sheet && candidates.length === 0) notes.push(noSuchSheet(opts.sheet, workbook));
  const automatic = locateByHeader(candidates);
  if (automatic && !opts.sheet) notes.push(...otherPlans(automatic.grid, candidates));
  if (opts.mapping) {
    const grid = automatic?.grid ?? candidateRow(candidates)?.grid;
    const row = automatic?.header.headerTop ?? candidateRow(candidates)?.row;
    if (grid && row !== undefined) {
      const area = automatic?.table ? grid.tables!.find((t) => t.name === automatic.table)! : gridBounds(grid);
      const header = mappedHeader(grid, row, opts.mapping, area);
      const where = { grid, header, table: automatic?.table ?? null, bottom: area.bottom };
      return { kind: "found", where, source: "given", notes };
    }
  }
  const saved = savedMapping(workbook, candidates, notes);
  if (saved) return { kind: "found", where: saved, source: "saved", notes };
  if (automatic) return { kind: "found", where: automatic, source: "header", notes };
  const question = mappingQuestion(candidates);
  return question ? { kind: "needsMapping", question, notes } : { kind: "none", notes };
}

// Tables named like a plan first, then any table, then any range with a plan header.
function locateByHeader(candidates: SheetGrid[]): PlanLocation | null {
  for (const grid of candidates) {
    for (const t of grid.tables ?? []) {
      const header = findHeader(grid, t);
      // A totals row closes the table: it sums the tasks, it is not one.
      if (header) return { grid, header, table: t.name, bottom: t.totalsRow ? t.bottom - 1 : t.bottom };
    }
  }
  for (const grid of candidates) {
    const header = findHeader(grid);
    if (header) return { grid, header, table: null, bottom: gridBounds(grid).bottom };
  }
  return null;
}

// The saved mapping, applied when its sheet is there and its headers still say what they said; otherwise a note.
function savedMapping(workbook: WorkbookGrids, candidates: SheetGrid[], notes: Bilingual[]): PlanLocation | null {
  const read = parseSavedMapping(workbook.mapping ?? []);
  if (read === null) return null;
  if ("error" in read) {
    notes.push(read.error);
    return null;
  }
  const saved: SavedMapping = read.saved;
  const grid = candidates.find((g) => g.name === saved.sheet);
  if (!grid) return null;
  const stale = staleColumns(saved, grid);
  if (stale.length) {
    const list = stale.map((s) => `${columnLetters(s.col)}${saved.headerRow}: "${s.saved}" → "${s.now}"`).join("; ");
    notes.push({
      vi: `Cách gán cột đã lưu không còn khớp tiêu đề trang "${saved.sheet}" (${list}): không dùng, hãy gán lại.`,
      en: `The saved column mapping no longer matches the header of sheet "${saved.sheet}" (${list}): not used, map the columns again.`,
    });
    return null;
  }
  const table = (grid.tables ?? []).find((t) => t.top <= saved.headerRow && t.bottom >= saved.headerRow);
  const area = table ?? gridBounds(grid);
  const header = mappedHeader(grid, saved.headerRow, saved.mapping, area);
  return { grid, header, table: table?.name ?? null, bottom: area.bottom };
}

/** The header as a mapping places it: each role at its column, agency names from the header (or the row below). */
export function mappedHeader(grid: SheetGrid, headerRow: number, m: ColumnMapping, area: Area): HeaderMatch {
  // Agency names on the row below a span ("Phân công nhiệm vụ") make a two-row header.
  const spanned = m.agencies !== undefined && cellText(gridValue(grid, headerRow + 1, m.agencies.first)) !== "";
  const bottom = spanned ? headerRow + 1 : headerRolesAt(grid, headerRow, area).bottom;
  const agencies: HeaderMatch["columns"]["agencies"] = [];
  if (m.agencies && m.lead === undefined)
    for (let col = m.agencies.first; col <= m.agencies.last; col++) {
      const row = spanned ? headerRow + 1 : headerRow;
      const name = cellText(gridValue(grid, row, col));
      if (name) agencies.push({ name, col, headerCell: cellAddress(row, col) });
    }
  let dataTop = bottom + 1;
  if (isColumnNumberRow(grid, dataTop, area.left, area.right)) dataTop++;
  const cols = [m.number, m.content, m.lead, m.coordinators, m.time, m.status, m.completed, m.note, m.result]
    .filter((c): c is number => c !== undefined)
    .concat(agencies.map((a) => a.col));
  return {
    layout: m.lead !== undefined ? "columns" : "matrix",
    headerTop: headerRow,
    headerBottom: bottom,
    dataTop,
    left: Math.min(...cols),
    right: Math.max(...cols),
    columns: {
      number: m.number ?? m.content,
      content: m.content,
      time: m.time ?? null,
      status: m.status ?? null,
      completedOn: m.completed ?? null,
      note: m.note ?? null,
      result: m.result ?? null,
      agencies,
      lead: m.lead ?? null,
      coordinators: m.lead !== undefined ? (m.coordinators ?? null) : null,
      deadlineHelper: null,
    },
  };
}

// Header cells are short; a table's header has at least two of them, with a row of data close below.
const MAX_HEADER_TEXT = 90;
const SEARCH_ROWS = 60;

/** The row most like a table header on the candidate sheets: most cells whose words name a role, then most cells, then the topmost. */
function candidateRow(candidates: SheetGrid[]): { grid: SheetGrid; row: number } | null {
  let best: { grid: SheetGrid; row: number; score: number } | null = null;
  for (const grid of candidates) {
    const b = gridBounds(grid);
    for (let r = b.top; r <= Math.min(b.bottom - 1, b.top + SEARCH_ROWS); r++) {
      const texts = rowTexts(grid, r, b);
      if (texts.length < 2 || texts.some((t) => t.length > MAX_HEADER_TEXT)) continue;
      if (![1, 2, 3].some((k) => rowTexts(grid, r + k, b).length >= 2)) continue;
      // Words that name a role count; an agency's name does not (task rows are full of them).
      const named = texts.filter((t) => [...scoreHeaderCell(t).keys()].some((k) => k !== "agency")).length;
      const score = named * 10 + texts.length;
      if (!best || score > best.score) best = { grid, row: r, score };
    }
  }
  return best && { grid: best.grid, row: best.row };
}

function rowTexts(grid: SheetGrid, r: number, b: Area): string[] {
  const out: string[] = [];
  for (let c = b.left; c <= b.right; c++) {
    const t = cellText(gridValue(grid, r, c));
    if (t) out.push(t);
  }
  return out;
}

function mappingQuestion(candidates: SheetGrid[]): MappingQuestion | null {
  const found = candidateRow(candidates);
  if (!found) return null;
  const { grid, row } = found;
  const b = gridBounds(grid);
  const h = headerRolesAt(grid, row, b);
  const columns: SeenColumn[] = [...h.texts]
    .sort(([a], [c]) => a - c)
    .map(([col, header]) => ({ col, letter: columnLetters(col), header }));
  const guess: MappingQuestion["guess"] = {};
  for (const [col, role] of h.roles) {
    const key = role === "completedOn" ? "completed" : role;
    if (["number", "content", "lead", "coordinators", "time", "status", "completed", "note", "result"].includes(key))
      guess[key as keyof MappingQuestion["guess"]] = col;
  }
  const missing: MappingQuestion["missing"] = [];
  if (guess.content === undefined) missing.push("content");
  if (guess.lead === undefined && ![...h.roles.values()].includes("agency")) missing.push("lead");
  if (missing.length === 0) missing.push("content");
  const seen = columns.map((c) => `${c.letter} "${c.header}"`).join(", ");
  const what = (lang: "vi" | "en") =>
    missing.map((m) => (m === "lead" ? leadOrAgencies[lang] : MAPPING_ROLE_LABEL.content[lang].toLowerCase()));
  return {
    sheet: grid.name,
    headerRow: row,
    columns,
    missing,
    guess,
    message: {
      vi: `Trang "${grid.name}" có bảng (tiêu đề ở dòng ${row}: ${seen}) nhưng không nhận ra cột ${what("vi").join(" và ")}: hãy cho biết cột nào chứa gì.`,
      en: `Sheet "${grid.name}" has a table (header on row ${row}: ${seen}) but its ${what("en").join(" and ")} column could not be recognised: say which column holds what.`,
    },
  };
}

const leadOrAgencies = { vi: "chủ trì (hoặc các cột cơ quan)", en: "lead (or agency)" };

// Checking every sheet for a second plan costs a header search each: past this many sheets only the first is said.
const OTHER_PLANS_LIMIT = 50;

// When several sheets hold a plan table, the user is told which one was read and how to choose another.
function otherPlans(read: SheetGrid, candidates: SheetGrid[]): Bilingual[] {
  if (candidates.length > OTHER_PLANS_LIMIT) return [];
  // Only tables that look like a whole plan count: a count table ("Cơ quan | Số nhiệm vụ") is not one.
  const looksLikePlan = (g: SheetGrid) => {
    const h = findHeader(g);
    return h !== null && (h.columns.time !== null || h.columns.number !== h.columns.content);
  };
  const others = candidates.filter((g) => g !== read && looksLikePlan(g)).map((g) => `"${g.name}"`);
  if (others.length === 0) return [];
  const hidden = read.hidden ? { vi: " (trang ẩn)", en: " (a hidden sheet)" } : { vi: "", en: "" };
  return [
    {
      vi: `Sổ có ${others.length + 1} trang chứa bảng kế hoạch: đã đọc trang "${read.name}"${hidden.vi}; các trang khác: ${others.join(", ")}. Chọn trang khác bằng --sheet TÊN.`,
      en: `${others.length + 1} sheets hold a plan table: read "${read.name}"${hidden.en}; the others: ${others.join(", ")}. Choose another with --sheet NAME.`,
    },
  ];
}

// A --sheet naming no sheet: the sheets there are, so the user can pick one.
function noSuchSheet(name: string, workbook: WorkbookGrids): Bilingual {
  const names = workbook.sheets.filter((g) => !g.generated).map((g) => `"${g.name}"`);
  return {
    vi: `Không có trang "${name}" trong sổ; các trang: ${names.join(", ")}.`,
    en: `There is no sheet "${name}" in the workbook; its sheets: ${names.join(", ")}.`,
  };
}
