import { cellAddress } from "../model/address";
import type { CellValue } from "../model/cell-value";
import { gridBounds, gridValue, type SheetGrid } from "../model/grid";
import type { PlanColumns, PlanLayout } from "../model/plan";
import { cellText, foldAscii } from "../text/normalize";
import { readRole } from "./vocabulary";

/** What a header cell names. */
export type HeaderKind =
  | "number"
  | "content"
  | "time"
  | "status"
  | "completedOn"
  | "note"
  | "result"
  | "lead"
  | "coordinators"
  | "assignmentSpan"
  | "deadlineHelper";

/** The header text of the add-in's own helper deadline column (real dates, which the highlight rules compare with TODAY()). */
export const DEADLINE_HELPER_HEADER = "Hạn chót (tự động)";

// Header spellings seen in real plans, compared diacritic-free so "Thời hạn", "THỜI HẠN" and "Thoi han" all match.
const HEADER_WORDS: [HeaderKind, string[]][] = [
  ["deadlineHelper", ["han chot (tu dong)", "han chot tu dong"]],
  ["number", ["stt", "tt", "so tt", "so thu tu", "thu tu", "s tt", "no", "no."]],
  [
    "content",
    [
      "noi dung",
      "noi dung cong viec",
      "nhiem vu",
      "ten nhiem vu",
      "noi dung nhiem vu",
      "noi dung cong tac",
      "cong viec",
      "nhiem vu, giai phap",
      "noi dung thuc hien",
      "cac nhiem vu",
    ],
  ],
  [
    "time",
    [
      "thoi gian",
      "thoi han",
      "thoi gian thuc hien",
      "thoi gian hoan thanh",
      "thoi han hoan thanh",
      "tien do",
      "tien do thuc hien",
      "thoi gian trien khai",
      "thoi diem",
      "thoi gian thuc hien/hoan thanh",
      "han hoan thanh",
    ],
  ],
  ["status", ["trang thai", "tinh trang", "tinh hinh thuc hien", "trang thai thuc hien"]],
  ["completedOn", ["ngay hoan thanh", "ngay hoan thanh thuc te", "ngay xong"]],
  ["note", ["ghi chu"]],
  [
    "result",
    [
      "ket qua",
      "san pham",
      "ket qua/san pham",
      "san pham/ket qua",
      "ket qua du kien",
      "san pham dau ra",
      "hinh thuc van ban",
    ],
  ],
  ["lead", ["co quan chu tri", "don vi chu tri", "co quan/don vi chu tri", "co quan, don vi chu tri", "chu tri"]],
  [
    "coordinators",
    [
      "co quan phoi hop",
      "don vi phoi hop",
      "co quan/don vi phoi hop",
      "co quan, don vi phoi hop",
      "phoi hop",
      "co quan phoi hop thuc hien",
    ],
  ],
  [
    "assignmentSpan",
    [
      "phan cong nhiem vu",
      "phan cong",
      "phan cong thuc hien",
      "co quan thuc hien",
      "don vi thuc hien",
      "trach nhiem thuc hien",
    ],
  ],
];

const HEADER_INDEX = new Map<string, HeaderKind>();
for (const [kind, words] of HEADER_WORDS) for (const w of words) HEADER_INDEX.set(w, kind);

/** Says what a header cell names ("Thời hạn" → time), or null for anything else (e.g. an agency name). */
export function classifyHeader(value: CellValue): HeaderKind | null {
  const key = foldAscii(cellText(value))
    .replace(/\*+/g, "")
    .replace(/\s*([/,])\s*/g, "$1")
    .replace(/[:.]$/, "")
    .trim();
  const spaced = key.replace(/([/,])/g, (m) => (m === "," ? ", " : "/"));
  return HEADER_INDEX.get(key) ?? HEADER_INDEX.get(spaced) ?? null;
}

/** Where the plan's header is and what each column holds. */
export interface HeaderMatch {
  layout: PlanLayout;
  headerTop: number;
  headerBottom: number;
  /** First row after the header (and after a "(1) (2) (3)" column-number row, if any). */
  dataTop: number;
  left: number;
  right: number;
  columns: PlanColumns;
}

// The header is looked for near the top: real plans carry a title block of a dozen lines at most.
const HEADER_SEARCH_ROWS = 60;

/** Finds the plan header on a sheet (or inside one table area) and works out the layout; null when there is none. */
export function findHeader(
  grid: SheetGrid,
  area?: { top: number; left: number; bottom: number; right: number },
): HeaderMatch | null {
  const b = area ?? gridBounds(grid);
  const lastSearch = Math.min(b.bottom, b.top + HEADER_SEARCH_ROWS);
  for (let r = b.top; r <= lastSearch; r++) {
    const kinds = new Map<number, HeaderKind>();
    for (let c = b.left; c <= b.right; c++) {
      const k = classifyHeader(gridValue(grid, r, c));
      if (k && ![...kinds.values()].includes(k)) kinds.set(c, k);
    }
    const has = (k: HeaderKind) => [...kinds.values()].includes(k);
    if (!has("content")) continue;
    if (!(has("number") || has("time") || has("lead") || has("assignmentSpan"))) continue;
    const match = buildMatch(grid, r, kinds, b);
    if (match) return match;
  }
  return null;
}

function buildMatch(
  grid: SheetGrid,
  r: number,
  kinds: Map<number, HeaderKind>,
  b: { top: number; left: number; bottom: number; right: number },
): HeaderMatch | null {
  const colOf = (k: HeaderKind) => [...kinds.entries()].find(([, v]) => v === k)?.[0] ?? null;
  // A second header row holds agency names (under "Phân công nhiệm vụ") or "Chủ trì"/"Phối hợp" under a span.
  const sub = new Map<number, string>();
  const subKinds = new Map<number, HeaderKind>();
  const below = r + 1;
  const numberCol = colOf("number");
  const belowIsData = numberCol !== null && cellText(gridValue(grid, below, numberCol)) !== "";
  const spanCol = colOf("assignmentSpan");
  if (!belowIsData && below <= b.bottom) {
    for (let c = b.left; c <= b.right; c++) {
      if (kinds.has(c) && kinds.get(c) !== "assignmentSpan") continue;
      const text = cellText(gridValue(grid, below, c));
      if (!text) continue;
      const k = classifyHeader(text);
      if (k) subKinds.set(c, k);
      else sub.set(c, text);
    }
  }
  const twoRow =
    spanCol !== null
      ? sub.size + subKinds.size > 0
      : subKinds.size > 0 || (sub.size > 0 && spannedByEmpty(grid, r, sub));
  const all = new Map(kinds);
  if (twoRow) for (const [c, k] of subKinds) all.set(c, k);
  const find = (k: HeaderKind) => [...all.entries()].find(([, v]) => v === k)?.[0] ?? null;
  const headerBottom = twoRow ? below : r;
  const lead = find("lead");
  const coordinators = find("coordinators");
  const layout: PlanLayout = lead !== null ? "columns" : "matrix";
  let agencies: PlanColumns["agencies"] = [];
  if (layout === "matrix") {
    if (twoRow) {
      agencies = [...sub.entries()].map(([col, name]) => ({ name, col, headerCell: cellAddress(below, col) }));
    } else {
      // In a one-row header any other named column could be an agency or an unrelated column ("Kinh phí"):
      // it counts as an agency only when its cells read as roles.
      // Columns between "Nội dung" and "Thời gian" are where plans put agencies, even before any role is typed.
      const content = colOf("content")!;
      const time = colOf("time");
      for (let c = b.left; c <= b.right; c++) {
        if (kinds.has(c)) continue;
        const name = cellText(gridValue(grid, r, c));
        const between = time !== null && c > content && c < time;
        if (name && (between || columnHoldsRoles(grid, c, r + 1, b.bottom)))
          agencies.push({ name, col: c, headerCell: cellAddress(r, c) });
      }
    }
    if (agencies.length === 0) return null;
  }
  const number = find("number");
  const content = find("content")!;
  let dataTop = headerBottom + 1;
  if (isColumnNumberRow(grid, dataTop, b.left, b.right)) dataTop++;
  const used = [...all.keys(), ...agencies.map((a) => a.col)];
  return {
    layout,
    headerTop: r,
    headerBottom,
    dataTop,
    left: Math.min(...used),
    right: Math.max(...used),
    columns: {
      number: number ?? content,
      content,
      time: find("time"),
      status: find("status"),
      completedOn: find("completedOn"),
      note: find("note"),
      result: find("result"),
      agencies,
      lead,
      coordinators,
      deadlineHelper: find("deadlineHelper"),
    },
  };
}

// Names in the row below count as a second header row only when the row above is empty over them (a merged span).
function spannedByEmpty(grid: SheetGrid, r: number, sub: Map<number, string>): boolean {
  return [...sub.keys()].every(
    (c) => cellText(gridValue(grid, r, c)) === "" || classifyHeader(gridValue(grid, r, c)) === "assignmentSpan",
  );
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

// Government plans often number their columns under the header: "(1) (2) (3) …" or "1 2 3 …".
function isColumnNumberRow(grid: SheetGrid, r: number, left: number, right: number): boolean {
  const nums: number[] = [];
  for (let c = left; c <= right; c++) {
    const t = cellText(gridValue(grid, r, c));
    if (!t) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (!m) return false;
    nums.push(Number(m[1]));
  }
  return nums.length >= 3 && nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
}
