import { cellAddress } from "../model/address";
import type { CellValue } from "../model/cell-value";
import { gridBounds, gridValue, type SheetGrid } from "../model/grid";
import type { PlanColumns, PlanLayout } from "../model/plan";
import { cellText } from "../text/normalize";
import { assignRoles, classifyHeaderText, scoreHeaderCell, type HeaderRole, type SingleRole } from "./header-roles";
import { readRole } from "./vocabulary";

export { DEADLINE_HELPER_HEADER } from "./header-roles";

/** What a header cell names (a role only one column holds). */
export type HeaderKind = SingleRole;

/** Says what a lone header cell names ("Thời hạn" → time), or null for anything else (e.g. an agency name). */
export function classifyHeader(value: CellValue): HeaderKind | null {
  return classifyHeaderText(cellText(value)) as HeaderKind | null;
}

/** A sheet area (1-based, inclusive) to look for a header in. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Where the plan's header is and what each column holds. */
export interface HeaderMatch {
  layout: PlanLayout;
  headerTop: number;
  headerBottom: number;
  /** First row after the header (and after a "(1) (2) (3)" or "A B 1 2" column-number row, if any). */
  dataTop: number;
  left: number;
  right: number;
  columns: PlanColumns;
}

// The header is looked for near the top: real plans carry a title block of a dozen lines at most.
const HEADER_SEARCH_ROWS = 60;

/** The roles of one header row (and the row below when the header takes two rows), column by column. */
export interface HeaderRoles {
  top: number;
  bottom: number;
  roles: Map<number, HeaderRole>;
  /** Header text of each column as shown (the lower row's text under a span). */
  texts: Map<number, string>;
}

/** Classifies the cells of row r (and of the row below, when it completes a two-row header) into roles. */
export function headerRolesAt(grid: SheetGrid, r: number, b: Area): HeaderRoles {
  const texts = new Map<number, string>();
  for (let c = b.left; c <= b.right; c++) {
    const t = cellText(gridValue(grid, r, c));
    if (t) texts.set(c, t);
  }
  const roles = assignRoles([...texts].map(([col, t]) => ({ col, scores: scoreHeaderCell(t) })));
  const two = secondRow(grid, r, b, texts, roles);
  if (!two) return { top: r, bottom: r, roles, texts };
  // The lower row completes the header: its cells are classified together with the upper row's single cells.
  const merged = new Map(texts);
  for (const [c, t] of two) merged.set(c, t);
  const upper = [...texts].filter(([c]) => !two.has(c));
  const all = assignRoles([...upper, ...two].map(([col, t]) => ({ col, scores: scoreHeaderCell(t) })));
  // A name in the lower row that no role claims is an agency's own column.
  for (const [c] of two) if (!all.has(c)) all.set(c, "agency");
  for (const [c, t] of texts)
    if (!two.has(c) && roles.get(c) === "assignmentSpan") (all.set(c, "assignmentSpan"), merged.set(c, t));
  return { top: r, bottom: r + 1, roles: all, texts: merged };
}

// The lower row of a two-row header: texts under a span cell ("Phân công nhiệm vụ", "Cơ quan thực hiện") or under
// empty upper cells (the rest of a merged span), where the row is not already a task row.
function secondRow(
  grid: SheetGrid,
  r: number,
  b: Area,
  texts: Map<number, string>,
  roles: Map<number, HeaderRole>,
): Map<number, string> | null {
  if (r + 1 > b.bottom || texts.size === 0) return null;
  const below = new Map<number, string>();
  for (let c = b.left; c <= b.right; c++) {
    const t = cellText(gridValue(grid, r + 1, c));
    if (t) below.set(c, t);
  }
  if (below.size === 0) return null;
  const numberCol = [...roles].find(([, k]) => k === "number")?.[0];
  if (numberCol !== undefined && below.has(numberCol)) return null;
  const spanCols = [...roles].filter(([, k]) => k === "assignmentSpan").map(([c]) => c);
  const lower = new Map<number, string>();
  for (const [c, t] of below) {
    const upper = texts.get(c);
    const underSpan = spanCols.some((s) => c >= s && (c === s || !texts.has(c)));
    if (upper === undefined || underSpan) lower.set(c, t);
    else if (roles.get(c) === "other" || roles.get(c) === undefined) lower.set(c, t);
    else return null;
  }
  if (lower.size === 0 || [...lower.values()].some((t) => t.length > 90)) return null;
  // A span needs names under it; otherwise the lower row must be header words over an empty upper cell.
  if (spanCols.length > 0) return lower;
  const allUnderEmpty = [...lower.keys()].every((c) => !texts.has(c));
  const named = [...lower.values()].some((t) => classifyHeaderText(t) !== null);
  return allUnderEmpty && (named || lower.size >= 2) ? lower : null;
}

/** Finds the plan header on a sheet (or inside one table area) and works out the layout; null when there is none. */
export function findHeader(grid: SheetGrid, area?: Area): HeaderMatch | null {
  const b = area ?? gridBounds(grid);
  const lastSearch = Math.min(b.bottom, b.top + HEADER_SEARCH_ROWS);
  for (let r = b.top; r <= lastSearch; r++) {
    const h = headerRolesAt(grid, r, b);
    const match = headerMatch(grid, h, b);
    if (match) return match;
  }
  return null;
}

/** The header match for a row's roles, or null when they miss the content or anything to tell tasks apart. */
export function headerMatch(grid: SheetGrid, h: HeaderRoles, b: Area): HeaderMatch | null {
  const find = (k: HeaderRole) => [...h.roles].find(([, v]) => v === k)?.[0] ?? null;
  const content = find("content");
  if (content === null) return null;
  const lead = find("lead");
  const span = find("assignmentSpan");
  if (find("number") === null && find("time") === null && lead === null && span === null) return null;
  const layout: PlanLayout = lead !== null ? "columns" : "matrix";
  let agencies: PlanColumns["agencies"] = [];
  if (layout === "matrix") {
    const agencyRow = (c: number) => (h.bottom > h.top && cellText(gridValue(grid, h.bottom, c)) ? h.bottom : h.top);
    if (h.bottom > h.top) {
      agencies = [...h.roles]
        .filter(([, k]) => k === "agency")
        .map(([col]) => ({ name: h.texts.get(col)!, col, headerCell: cellAddress(agencyRow(col), col) }));
    } else {
      // In a one-row header a column counts as an agency when its name reads as one, when it sits between the
      // content and the time (where plans put agencies, even before any role is typed), or when its cells hold roles.
      const time = find("time");
      for (const [col, name] of h.texts) {
        const role = h.roles.get(col);
        if (role !== undefined && role !== "agency" && role !== "other") continue;
        const between = time !== null && col > content && col < time && role !== "other";
        if (role === "agency" || between || columnHoldsRoles(grid, col, h.bottom + 1, b.bottom))
          agencies.push({ name, col, headerCell: cellAddress(h.top, col) });
      }
    }
    if (agencies.length === 0) return null;
  }
  let dataTop = h.bottom + 1;
  if (isColumnNumberRow(grid, dataTop, b.left, b.right)) dataTop++;
  const used = [...h.roles].filter(([, k]) => k !== "other" && k !== "agency").map(([c]) => c);
  used.push(...agencies.map((a) => a.col));
  return {
    layout,
    headerTop: h.top,
    headerBottom: h.bottom,
    dataTop,
    left: Math.min(...used),
    right: Math.max(...used),
    columns: {
      number: find("number") ?? content,
      content,
      time: find("time"),
      status: find("status"),
      completedOn: find("completedOn"),
      note: find("note"),
      result: find("result"),
      agencies,
      lead,
      coordinators: layout === "columns" ? find("coordinators") : null,
      deadlineHelper: find("deadlineHelper"),
    },
  };
}

function columnHoldsRoles(grid: SheetGrid, col: number, from: number, to: number): boolean {
  let roles = 0;
  let other = 0;
  for (let r = from; r <= Math.min(to, from + 200); r++) {
    const reading = readRole(gridValue(grid, r, col));
    if (reading.kind === "role") roles++;
    else if (reading.kind === "unknown") other++;
  }
  return roles > 0 && roles >= other;
}

/** Whether a row numbers the columns under the header: "(1) (2) (3)", "1 2 3 …" or "A B 1 2 3 4". */
export function isColumnNumberRow(grid: SheetGrid, r: number, left: number, right: number): boolean {
  const nums: number[] = [];
  const letters: number[] = [];
  let cells = 0;
  for (let c = left; c <= right; c++) {
    const t = cellText(gridValue(grid, r, c));
    if (!t) continue;
    const m = /^\(?(\d{1,2}|[A-Z])\)?$/.exec(t);
    if (!m) return false;
    cells++;
    if (/\d/.test(m[1])) nums.push(Number(m[1]));
    else letters.push(m[1].charCodeAt(0));
  }
  const runs = (xs: number[]) => xs.every((n, i) => i === 0 || n === xs[i - 1] + 1);
  return cells >= 3 && runs(nums) && runs(letters);
}
