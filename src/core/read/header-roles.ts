// Classifies plan header cells by their words. Real plans word their headers in many ways ("Nội dung công việc",
// "Các nhiệm vụ, giải pháp chủ yếu", "Tên đề án, nhiệm vụ", "Thời hạn trình", "Đơn vị chịu trách nhiệm phổ biến"),
// so each cell is scored for every role from weighted keywords, compared without diacritics, case or spacing, and
// the roles are then given to columns so that the total score is highest. A wording never seen still lands where its
// words point; a column whose words point nowhere is "other" and simply not read.
import { foldAscii } from "../text/normalize";

/** What a header cell names. "agency" is an agency's own column in the matrix layout; "other" is a column not read. */
export type HeaderRole =
  | "number"
  | "content"
  | "lead"
  | "coordinators"
  | "time"
  | "status"
  | "completedOn"
  | "note"
  | "result"
  | "assignmentSpan"
  | "deadlineHelper"
  | "agency"
  | "other";

/** Roles only one column can hold; "agency" and "other" may fall to many. */
export const SINGLE_ROLES = [
  "number",
  "content",
  "lead",
  "coordinators",
  "time",
  "status",
  "completedOn",
  "note",
  "result",
  "assignmentSpan",
  "deadlineHelper",
] as const satisfies readonly HeaderRole[];

/** A role one column at most holds. */
export type SingleRole = (typeof SINGLE_ROLES)[number];

/** The header text of the add-in's own helper deadline column (real dates for the highlight rules). */
export const DEADLINE_HELPER_HEADER = "Hạn chót (tự động)";

// Header cells are short: a longer text is a title line or a task, never a column heading.
const MAX_HEADER_LENGTH = 90;

/** The words of a header cell, folded: no diacritics or case, footnote markers and punctuation as spaces. */
export function headerWords(text: string): string {
  return ` ${foldAscii(text)
    .replace(/\[\d+\]|\(\d+\)$|\*+/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

// Whole-cell spellings of the number column.
const NUMBER_CELLS = new Set([" stt ", " tt ", " so tt ", " so thu tu ", " thu tu ", " s tt ", " no ", " so ", " # "]);

// Words that name an acting body ("Cơ quan …", "Đơn vị …", "Bộ phận …"): with "thực hiện" or "chịu trách nhiệm"
// they make a lead column, and with "phối hợp" or "tham gia" a coordinator column.
const BODY = /\b(co quan|don vi|bo phan|ca nhan)\b/;

// Weighted evidence: [role, words (a regular expression over the folded words), weight].
const EVIDENCE: [HeaderRole, RegExp, number][] = [
  ["content", /\bnoi dung\b/, 6],
  ["content", /\bnhiem vu\b/, 4],
  ["content", /\bcong viec\b/, 4],
  ["content", /\bde an\b/, 3],
  ["content", /\bchi tieu\b/, 3],
  ["content", /\bgiai phap\b/, 3],
  ["content", /\bhoat dong\b/, 3],
  ["content", /\bchuong trinh\b|\bdu an\b|\bdanh muc\b|\bcong tac\b/, 2],
  ["content", /^ ten\b/, 3],
  ["lead", /\bchu tri\b/, 10],
  ["lead", /\bphu trach\b|\bdau moi\b/, 6],
  ["lead", /\bchiu trach nhiem\b/, 4],
  ["coordinators", /\bphoi hop\b/, 10],
  ["coordinators", /\btham gia\b/, 3],
  ["time", /\bthoi gian\b|\bthoi han\b|\btien do\b|\bthoi diem\b/, 7],
  ["time", /\bhan\b|\bmoc\b|\blo trinh\b/, 3],
  ["time", /\bhoan thanh\b/, 3],
  ["completedOn", /\bngay (thuc te )?(hoan thanh|xong)\b|\bhoan thanh (ngay|thuc te)\b/, 12],
  ["status", /\btrang thai\b|\btinh trang\b|\btinh hinh\b/, 10],
  ["note", /\bghi chu\b|\bluu y\b/, 10],
  ["result", /\bket qua\b|\bsan pham\b/, 7],
  ["result", /\bdau ra\b|\bdat duoc\b/, 4],
  ["result", /\bhinh thuc\b/, 3],
  ["assignmentSpan", /\bphan cong\b/, 12],
  ["deadlineHelper", /\bhan chot tu dong\b/, 30],
  // Columns plans carry that the reader does not need: named so their words do not pull them into a role.
  ["other", /\bvan ban\b|\bkinh phi\b|\bnguon (von|luc)\b|\bdu toan\b|\bcan cu\b|\bco so phap ly\b/, 8],
  ["other", /\bnguoi dung dau\b|\blanh dao\b|\bcap trinh\b|\bthuoc nhom\b|\bdon vi tinh\b|\bmuc do\b|\bdia ban\b/, 8],
  ["other", /\bma so\b|\bky hieu\b|\bly do\b|\bnguyen nhan\b|\bde xuat\b|\bkien nghi\b/, 8],
];

// How agencies' names begin (an agency's own column in the matrix layout): "Bộ …", "Sở …", "UBND …", "Công an …".
const AGENCY_START =
  /^ (bo|so|ubnd|uy ban|ban|vu|cuc|tong cuc|chi cuc|phong|trung tam|cong an|vien|hoi|doan|tinh doan|thanh doan|mat tran|ngan hang|bao|dai|van phong|thanh tra|kho bac|toa an|vien kiem sat|truong|benh vien|quan|huyen|thi xa|xa|phuong|tinh|thanh pho|ttxvn|vtv|vov|bhxh|hdnd|lien doan|cong ty|tap doan|hoc vien|dai hoc)\b/;

/** Each role a header cell's words point to, with its score (higher is surer); empty for an empty or long cell. */
export function scoreHeaderCell(text: string): Map<HeaderRole, number> {
  const scores = new Map<HeaderRole, number>();
  if (!text || text.length > MAX_HEADER_LENGTH) return scores;
  const w = headerWords(text);
  if (w.trim() === "") return scores;
  if (NUMBER_CELLS.has(w)) return scores.set("number", 20);
  const add = (role: HeaderRole, n: number) => scores.set(role, (scores.get(role) ?? 0) + n);
  for (const [role, re, weight] of EVIDENCE) if (re.test(w)) add(role, weight);
  const body = BODY.test(w);
  // "Đơn vị thực hiện", "Cơ quan chịu trách nhiệm": a body that acts, so the lead, unless a column says "chủ trì".
  if (body && /\bthuc hien\b|\btrach nhiem\b/.test(w)) add("lead", 4);
  // A cell of body words alone ("Cơ quan", "Cơ quan/Đơn vị") names who acts: the lead, weakly.
  if (body && w.replace(new RegExp(BODY.source, "g"), " ").trim() === "") add("lead", 2);
  if (body && scores.has("coordinators")) add("coordinators", 2);
  // A column named for something the reader does not need ("Văn bản giao nhiệm vụ", "Người đứng đầu chịu trách
  // nhiệm") keeps only the roles its other words name more strongly.
  const other = scores.get("other") ?? 0;
  if (other > 0) for (const [role, s] of scores) if (role !== "other" && s <= other) scores.delete(role);
  if (AGENCY_START.test(w)) add("agency", 5);
  return scores;
}

/** One header cell as the assignment sees it: its column and its scores. */
export interface ScoredCell {
  col: number;
  scores: Map<HeaderRole, number>;
}

// Columns with evidence for a single role, beyond which the exhaustive search gives way to a greedy one.
const EXACT_LIMIT = 12;

/**
 * Gives each single role to at most one column so that the sum of scores is highest (each column holds one role).
 * Columns left over take "other" when their words named something, "agency" when they read as an agency's name,
 * and nothing at all when they are empty. Ties go to the leftmost column.
 */
export function assignRoles(cells: ScoredCell[]): Map<number, HeaderRole> {
  const candidates = cells.filter((c) => SINGLE_ROLES.some((r) => (c.scores.get(r) ?? 0) > 0));
  const chosen = candidates.length <= EXACT_LIMIT ? bestExact(candidates) : bestGreedy(candidates);
  const out = new Map<number, HeaderRole>();
  for (const c of cells) {
    const role = chosen.get(c.col);
    if (role) out.set(c.col, role);
    else if (c.scores.has("agency")) out.set(c.col, "agency");
    else if (c.scores.size > 0) out.set(c.col, "other");
  }
  return out;
}

function singleOptions(c: ScoredCell): [SingleRole, number][] {
  return SINGLE_ROLES.flatMap((r): [SingleRole, number][] => {
    const s = c.scores.get(r) ?? 0;
    return s > 0 ? [[r, s]] : [];
  }).sort((a, b) => b[1] - a[1]);
}

function bestExact(cells: ScoredCell[]): Map<number, SingleRole> {
  const options = cells.map(singleOptions);
  let best = -1;
  let bestPick: (SingleRole | null)[] = [];
  const pick: (SingleRole | null)[] = [];
  const used = new Set<SingleRole>();
  const walk = (i: number, total: number) => {
    if (i === cells.length) {
      if (total > best) {
        best = total;
        bestPick = [...pick];
      }
      return;
    }
    for (const [role, s] of options[i]) {
      if (used.has(role)) continue;
      used.add(role);
      pick.push(role);
      walk(i + 1, total + s);
      pick.pop();
      used.delete(role);
    }
    pick.push(null);
    walk(i + 1, total);
    pick.pop();
  };
  walk(0, 0);
  const out = new Map<number, SingleRole>();
  bestPick.forEach((r, i) => r && out.set(cells[i].col, r));
  return out;
}

function bestGreedy(cells: ScoredCell[]): Map<number, SingleRole> {
  const pairs = cells.flatMap((c, i) => singleOptions(c).map(([r, s]) => ({ col: c.col, i, r, s })));
  pairs.sort((a, b) => b.s - a.s || a.i - b.i);
  const out = new Map<number, SingleRole>();
  const taken = new Set<SingleRole>();
  for (const p of pairs) {
    if (out.has(p.col) || taken.has(p.r)) continue;
    out.set(p.col, p.r);
    taken.add(p.r);
  }
  return out;
}

/** The role a lone header cell names when it stands alone (its best single role), or null. */
export function classifyHeaderText(text: string): HeaderRole | null {
  const scores = scoreHeaderCell(text);
  // An agency's name with a stray keyword ("Ban Quản lý dự án") is the agency, not a column of the plan.
  const agency = scores.get("agency") ?? 0;
  if (agency > 0 && SINGLE_ROLES.every((r) => (scores.get(r) ?? 0) <= agency)) return null;
  const role = assignRoles([{ col: 1, scores }]).get(1);
  return role === undefined || role === "other" || role === "agency" ? null : role;
}
