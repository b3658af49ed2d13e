// Splitting a lead or coordinator cell into the agencies it names. ";", line breaks and list bullets always
// separate. A comma or "và" separates only when a new agency or group phrase starts after it, so names that hold
// them ("Bộ Văn hóa, Thể thao và Du lịch", "UBND các phường, xã") stay whole. A second agency written straight after
// a complete name ("Sở Khoa học và Công nghệ Sở Công Thương") is split off and marked. A duty verb after a name
// ("… trình Hội đồng nhân dân cùng cấp") ends the name; the reading with it is kept.
import type { Agency } from "../model/plan";
import { cleanText, foldKey } from "../text/normalize";
import {
  bareKinds,
  capitalised,
  dutyVerbAt,
  endsClosed,
  headAt,
  isAcronym,
  isCloser,
  isDeterminer,
  isRelational,
  isSubunitHead,
  kindAt,
  memberKindAt,
  tokenize,
  type Token,
} from "./agency-words";
import { matchAgency } from "./agency-match";
import { isGroupPhrase } from "./group-phrases";

/** One agency named in a lead or coordinator cell, as written and as matched. */
export interface NamedAgency {
  written: string;
  agency: Agency | null;
  /** The registry entry was matched through an alias or a different spelling. */
  alias: boolean;
  group: boolean;
  /** The name with the role phrase that followed it in the cell ("Sở Y tế thúc đẩy, theo dõi"); same as written when none. */
  raw: string;
  /** Written straight after the previous agency with no ";", "," or line break between them. */
  unseparated: boolean;
}

// Registry names as folded word sequences, by first word, longest first; built once per registry.
type Known = Map<string, string[][]>;
const knownCache = new WeakMap<Agency[], { known: Known; split: Map<string, NamedAgency[]> }>();
// Cells repeat ("Các sở, ban, ngành; UBND các phường, xã" on every row): each distinct short text is split once.
const MAX_MEMO = 200;

/** Splits a lead or coordinator cell into agencies: registry names first, then separators, with care for names that hold commas and "và". */
export function splitAgencies(text: string, registry: Agency[]): NamedAgency[] {
  let cache = knownCache.get(registry);
  if (!cache) {
    cache = { known: knownNames(registry), split: new Map() };
    knownCache.set(registry, cache);
  }
  const hit = cache.split.get(text);
  if (hit) return hit;
  const out: NamedAgency[] = [];
  for (const segment of segments(text)) {
    for (const item of splitSegment(segment, cache.known)) {
      const m = matchAgency(registry, item.written);
      out.push({
        written: item.written,
        agency: m?.agency ?? null,
        alias: m?.alias ?? false,
        group: m ? m.agency.group : isGroupPhrase(item.written),
        raw: item.raw,
        unseparated: item.unseparated,
      });
    }
  }
  if (text.length <= MAX_MEMO) cache.split.set(text, out);
  return out;
}

function knownNames(registry: Agency[]): Known {
  const known: Known = new Map();
  for (const a of registry) {
    for (const p of [a.name, ...(a.short ? [a.short] : []), ...a.aliases]) {
      const keys = tokenize(cleanText(p)).map((t) => t.key);
      if (keys.length === 0) continue;
      const bucket = known.get(keys[0]) ?? [];
      bucket.push(keys);
      known.set(keys[0], bucket);
    }
  }
  for (const bucket of known.values()) bucket.sort((x, y) => y.length - x.length);
  return known;
}

// The stretches between hard separators (";", line breaks, "•"), each cleaned, less a leading list bullet.
function segments(text: string): string[] {
  return text
    .split(/[;\n\r\u2028\u2029•]/)
    .map((s) => cleanText(s).replace(/^(?:[-+*–—]+|\d{1,2}[.)]|[a-zđ]\))\s*/u, ""))
    .filter((s) => s !== "");
}

interface Item {
  written: string;
  raw: string;
  unseparated: boolean;
}

// The decisions below look at the item read so far (its words from `start`) and at what follows a separator.
type Mode = "name" | "group" | "scoped";

function splitSegment(segment: string, known: Known): Item[] {
  const tokens = tokenize(segment);
  const items: Item[] = [];
  let start = -1;
  let unseparated = false;
  const close = (end: number, rawEnd = end) => {
    if (start < 0) return;
    const written = tidy(segment.slice(tokens[start].start, tokens[end - 1].end));
    const raw = tidy(segment.slice(tokens[start].start, tokens[rawEnd - 1].end));
    if (written) items.push({ written, raw, unseparated });
    start = -1;
    unseparated = false;
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (start < 0) {
      // Nothing starts an item but a word: a comma, "và" or a dash left over from a separator is skipped.
      if (t.comma || t.key === "và" || /^[-+–—]+$/.test(t.text)) {
        i++;
        continue;
      }
      start = i;
      // A registry name is read whole, whatever commas or "và" it holds.
      i += knownAt(tokens, i, known) || 1;
      continue;
    }
    if (t.comma) {
      if (newAgencyAfter(tokens, start, i, i + 1, known, ",")) close(i);
      i++;
      continue;
    }
    if (t.key === "và") {
      if (newAgencyAfter(tokens, start, i, i + 1, known, "và")) close(i);
      i++;
      continue;
    }
    // A dash or plus between two names is a bullet whose line break was lost ("- Bộ A - Bộ B").
    if (/^[-+–—]$/.test(t.text) && startsProper(tokens, i + 1, known)) {
      close(i);
      i++;
      continue;
    }
    const role = roleAt(tokens, start, i, known);
    if (role > i) {
      close(i, role);
      i = role;
      continue;
    }
    if (missingSeparator(tokens, start, i, known)) {
      close(i);
      start = i;
      unseparated = true;
      i += knownAt(tokens, i, known) || 1;
      continue;
    }
    i++;
  }
  close(tokens.length);
  return items;
}

const WITH = foldKey("với");

// Trailing punctuation and spaces are not part of a name.
function tidy(s: string): string {
  return s.replace(/[\s.,;:]+$/u, "").trim();
}

function knownAt(tokens: Token[], i: number, known: Known): number {
  const bucket = known.get(tokens[i]?.key ?? "");
  if (!bucket) return 0;
  for (const keys of bucket) if (keys.every((k, n) => tokens[i + n]?.key === k)) return keys.length;
  return 0;
}

// What the item read so far is: a group phrase that begins with a determiner or a bare kind ("Các bộ", "cơ quan"),
// a body scoped to a tier ("UBND các phường"), or an agency's name.
function modeOf(tokens: Token[], start: number, end: number): Mode {
  if (isDeterminer(tokens[start])) return "group";
  let firstComma = start;
  while (firstComma < end && !tokens[firstComma].comma) firstComma++;
  if (bareKinds(tokens, start, firstComma)) return "group";
  for (let k = start + 1; k < end; k++) if (isDeterminer(tokens[k])) return "scoped";
  return "name";
}

// The last stretch of the item (after its last comma) closes a group phrase ("… có liên quan").
function closedAt(tokens: Token[], start: number, end: number): boolean {
  let from = end;
  while (from > start && !tokens[from - 1].comma) from--;
  return endsClosed(tokens, from, end);
}

// A new agency starts at j: a registry name, an acronym standing alone or before a capitalised word ("VTV",
// "BHXH Việt Nam"), or a capitalised head word followed by the rest of a name ("Bộ Y tế", not "Ban" alone).
function startsProper(tokens: Token[], j: number, known: Known): boolean {
  const t = tokens[j];
  if (!t || t.comma) return false;
  if (knownAt(tokens, j, known) > 0) return true;
  if (isAcronym(t)) {
    const next = tokens[j + 1];
    if (!next || next.comma || /^[\p{Lu}\d]/u.test(next.text)) return true;
  }
  const head = headAt(tokens, j);
  if (head === 0 || !capitalised(t)) return false;
  const next = tokens[j + head];
  return next !== undefined && !next.comma;
}

// Whether the separator at `sep` ("," or "và") ends the item that began at `start`, given what starts at j.
function newAgencyAfter(
  tokens: Token[],
  start: number,
  sep: number,
  j: number,
  known: Known,
  kind: "," | "và",
): boolean {
  const next = tokens[j];
  if (!next || next.comma) return false;
  if (isDeterminer(next)) return true;
  const mode = modeOf(tokens, start, sep);
  const proper = startsProper(tokens, j, known);
  if (mode === "name" || closedAt(tokens, start, sep)) return proper || kindAt(tokens, j) > 0;
  // Inside a group, a bare kind continues the enumeration ("Các Sở, Ban, Ngành"), a named body does not.
  let pieceEnd = j;
  while (pieceEnd < tokens.length && !tokens[pieceEnd].comma) pieceEnd++;
  const namedBody = proper && !bareKinds(tokens, j, pieceEnd);
  if (namedBody) return true;
  // "và cơ quan, tổ chức liên quan", "và cộng đồng người dân" start a group of their own; so does ", cơ quan" after
  // a body scoped to a tier ("Ủy ban nhân dân các cấp, cơ quan, đơn vị liên quan"). Tiers continue ("và địa phương").
  return memberKindAt(tokens, j) > 0 && (kind === "và" || mode === "scoped");
}

// A duty verb at i after a complete name starts a role phrase; it runs to the end of the stretch, or to a comma
// that a new agency follows unless the phrase lists partners ("phối hợp với …"). Returns where it ends, or i.
function roleAt(tokens: Token[], start: number, i: number, known: Known): number {
  let words = 0;
  for (let k = start; k < i; k++) if (!tokens[k].comma) words++;
  const prev = tokens[i - 1];
  if (words < 2 || prev.comma || isRelational(prev)) return i;
  const paren = tokens[i].text.startsWith("(");
  if (paren) {
    // "(chủ trì)": a role written in brackets after the name.
    let close = i;
    while (close < tokens.length && !tokens[close].text.endsWith(")")) close++;
    const inner = tokenize(
      tokens
        .slice(i, close + 1)
        .map((t) => t.text)
        .join(" ")
        .replace(/[()]/g, ""),
    );
    return inner.length > 0 && dutyVerbAt(inner, 0) === inner.length ? close + 1 : i;
  }
  if (dutyVerbAt(tokens, i) === 0) return i;
  let end = i;
  let withPartners = false;
  while (end < tokens.length) {
    if (tokens[end].key === WITH) withPartners = true;
    if (tokens[end].comma && !withPartners && startsProper(tokens, end + 1, known)) break;
    end++;
  }
  return end;
}

// A second agency begins at i with no separator: a capitalised head word and a name after a complete name ("Sở
// Khoa học và Công nghệ Sở Công Thương", "Các Bộ, ngành Ủy ban nhân dân cấp tỉnh"), or a group of kinds closed
// by "liên quan" after one ("Sở Y tế cơ quan, đơn vị liên quan"). A unit and its parent ("Vụ Pháp chế Bộ Tư
// pháp") and complements ("các đơn vị thuộc Bộ Y tế") are one name.
function missingSeparator(tokens: Token[], start: number, i: number, known: Known): boolean {
  const prev = tokens[i - 1];
  if (prev.comma || isRelational(prev) || !complete(tokens, start, i)) return false;
  if (capitalised(tokens[i]) && headAt(tokens, i) > 0 && startsProper(tokens, i, known)) {
    // "Hải Phòng" ends a place name: a capitalised word before a head word other than the item's own continues it.
    const sameHead = tokens[i].key === tokens[start].key;
    return !capitalised(prev) || sameHead;
  }
  if (!capitalised(tokens[i]) && memberKindAt(tokens, i) > 0) return closedGroupFrom(tokens, i);
  return false;
}

// Whether the item read so far is a whole name: a head word that is not a unit's, with the name after it, or a
// group phrase whose last word is a kind ("Các Bộ, ngành").
function complete(tokens: Token[], start: number, i: number): boolean {
  if (isDeterminer(tokens[start])) return [1, 2, 3].some((n) => i - n > start && kindAt(tokens, i - n) === n);
  const head = headAt(tokens, start);
  return head > 0 && capitalised(tokens[start]) && !isSubunitHead(tokens, start) && start + head < i;
}

// From i to the end of the stretch: kinds and commas, closed by "liên quan" / "khác" ("cơ quan, đơn vị liên quan").
function closedGroupFrom(tokens: Token[], i: number): boolean {
  let k = i;
  while (k < tokens.length) {
    const n = tokens[k].comma ? 1 : kindAt(tokens, k);
    if (n === 0) break;
    k += n;
  }
  return k > i && isCloser(tokens, k, tokens.length);
}
