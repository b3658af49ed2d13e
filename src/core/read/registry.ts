import type { Agency } from "../model/plan";
import { cleanText, compareVi, foldAscii, foldKey } from "../text/normalize";

/** The sheet where the agency registry lives in the workbook, editable by users. */
export const REGISTRY_SHEET = "Danh mục cơ quan";

// Group phrases stand for many agencies; they are one entry each, never split on their inner commas.
export const GROUP_PHRASES = [
  "Các bộ, ngành, địa phương",
  "Các bộ, ngành và địa phương",
  "Bộ, ngành, địa phương",
  "Các bộ, ngành",
  "Các bộ, ngành có liên quan",
  "Các bộ, ngành liên quan",
  "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
  "Các cơ quan liên quan",
  "Các cơ quan, đơn vị liên quan",
  "Các cơ quan, đơn vị",
  "Các đơn vị liên quan",
  "Các địa phương",
  "Các tỉnh, thành phố trực thuộc Trung ương",
  "UBND các tỉnh, thành phố trực thuộc Trung ương",
  "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
  "Các Sở, ban, ngành",
  "Các sở, ngành",
  "Các sở, ngành, địa phương",
  "Các Sở, ban, ngành; UBND các xã, phường",
  "UBND các xã, phường",
  "UBND các quận, huyện",
  "Các quận, huyện",
  "Các tổ chức chính trị - xã hội",
  "Các hội, hiệp hội",
  "Các doanh nghiệp",
  "Địa phương",
];

// Words an agency name starts with: after a comma, such a word begins a new agency; anything else
// ("ngành", "địa phương", "Thể thao và Du lịch") continues the name before the comma.
const AGENCY_HEADS = [
  "bo",
  "so",
  "ban",
  "uy ban",
  "ubnd",
  "cuc",
  "tong cuc",
  "vien",
  "truong",
  "hoi",
  "lien doan",
  "doan",
  "cong an",
  "quan khu",
  "van phong",
  "thanh tra",
  "kho bac",
  "ngan hang",
  "toa an",
  "vien kiem sat",
  "mat tran",
  "dai",
  "bao",
  "thong tan",
  "tap doan",
  "tong cong ty",
  "cong ty",
  "trung tam",
  "hiep hoi",
  "phong",
  "chi cuc",
  "hoc vien",
  "dai hoc",
  "quy",
  "hoi dong",
  "tinh uy",
  "thanh uy",
  "huyen uy",
  "dang uy",
  "tong lien doan",
  "cac",
  "bo tu lenh",
  "bao hiem",
  "kiem toan",
  "hoc vien",
  "vien nghien cuu",
  "ubmttq",
  "hdnd",
  "tand",
  "vksnd",
  "cong doan",
  "thanh doan",
];

/** One agency named in a lead or coordinator cell, as written and as matched. */
export interface NamedAgency {
  written: string;
  agency: Agency | null;
  /** The registry entry was matched through an alias or a different spelling. */
  alias: boolean;
  group: boolean;
}

/** Finds the registry entry a written name means (case, space, tone-placement insensitive), or null. */
export function matchAgency(registry: Agency[], written: string): { agency: Agency; alias: boolean } | null {
  const key = foldKey(written);
  for (const a of registry) {
    // Group phrases are spelt freely ("các sở, ban, ngành"); only agency names have one right spelling.
    if (foldKey(a.name) === key)
      return { agency: a, alias: !a.group && !sameButFirstLetterCase(cleanText(written), a.name) };
  }
  for (const a of registry) {
    if ((a.short && foldKey(a.short) === key) || a.aliases.some((x) => foldKey(x) === key)) {
      // A declared short name is a standard way to write the agency, not a misspelling.
      const exactShort = a.short !== null && cleanText(written) === a.short;
      return { agency: a, alias: !exactShort };
    }
  }
  return null;
}

// "các bộ, ngành" inside a list is "Các bộ, ngành" at the start of a cell: Vietnamese capitalises only the first word.
function sameButFirstLetterCase(a: string, b: string): boolean {
  return a.slice(1) === b.slice(1) && a.charAt(0).toLocaleLowerCase("vi") === b.charAt(0).toLocaleLowerCase("vi");
}

/** Says whether a written name is a group phrase standing for many agencies ("các cơ quan liên quan"). */
export function isGroupPhrase(written: string): boolean {
  const ascii = foldAscii(written);
  return (
    GROUP_PHRASES.some((g) => foldAscii(g) === ascii) ||
    /^(cac|moi|nhung)\s/.test(ascii) ||
    /\blien quan$/.test(ascii) ||
    /^(bo|so), nganh\b/.test(ascii) ||
    /^dia phuong\b/.test(ascii)
  );
}

type Token = { text: string; sep: boolean; key: string };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of cleanText(text).matchAll(/[;,]|[^\s;,]+/g)) {
    out.push({ text: m[0], sep: m[0] === ";" || m[0] === ",", key: foldKey(m[0]) });
  }
  return out;
}

function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

/** Splits a lead or coordinator cell into agencies: registry names and group phrases first, then ";" and "," with care for names that hold commas. */
export function splitAgencies(text: string, registry: Agency[]): NamedAgency[] {
  const tokens = tokenize(text.replace(/\.$/, ""));
  const known: { keys: string[]; phrase: string }[] = [];
  for (const a of registry)
    for (const p of [a.name, ...(a.short ? [a.short] : []), ...a.aliases])
      known.push({ keys: phraseKeys(p), phrase: p });
  for (const g of GROUP_PHRASES) known.push({ keys: phraseKeys(g), phrase: g });
  known.sort((x, y) => y.keys.length - x.keys.length);

  const parts: string[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].sep) {
      i++;
      continue;
    }
    const hit = known.find(
      (k) => k.keys.every((key, j) => tokens[i + j]?.key === key) && endsAtBoundary(tokens, i + k.keys.length),
    );
    if (hit) {
      parts.push(tokens.slice(i, i + hit.keys.length).map((t) => t.text));
      i += hit.keys.length;
      continue;
    }
    // Unknown text runs to the next ";" — or to a "," that a new agency name follows, or to a "và" that a group
    // phrase or a listed agency follows ("Bộ Khoa học và Công nghệ và các địa phương").
    const afterComma = tokens[i - 1]?.text === ",";
    const words: string[] = [];
    while (i < tokens.length && tokens[i].text !== ";") {
      if (tokens[i].text === "," && words.length > 0 && startsAgency(tokens, i + 1, known)) break;
      if (tokens[i].key === "và" && words.length > 0 && startsKnownOrGroup(tokens, i + 1, known)) {
        i++;
        break;
      }
      words.push(tokens[i].text);
      i++;
    }
    // A run that starts in lower case after a comma continues the name before it ("…, địa phương là chủ quản CSDLQG").
    if (afterComma && parts.length > 0 && /^\p{Ll}/u.test(words[0] ?? "") && foldAscii(words[0]) !== "cac")
      parts[parts.length - 1].push(",", ...words);
    else parts.push(words);
  }
  return parts
    .map((words) => joinWords(words))
    .filter((w) => w !== "")
    .map((written) => {
      const m = matchAgency(registry, written);
      const group = m ? m.agency.group : isGroupPhrase(written);
      return { written, agency: m?.agency ?? null, alias: m?.alias ?? false, group };
    });
}

function endsAtBoundary(tokens: Token[], j: number): boolean {
  return j >= tokens.length || tokens[j].sep;
}

function startsAgency(tokens: Token[], j: number, known: { keys: string[] }[]): boolean {
  const t = tokens[j];
  if (!t || t.sep) return false;
  if (known.some((k) => k.keys.every((key, n) => tokens[j + n]?.key === key))) return true;
  // An acronym starts an agency when it stands alone ("VTV") or before a capitalised word ("BHXH Việt Nam"),
  // not when it begins a common noun phrase ("CSDL chuyên ngành").
  if (/^[A-ZĐ]{2,}$/.test(t.text)) {
    const next = tokens[j + 1];
    if (!next || next.sep || /^[\p{Lu}\d]/u.test(next.text)) return true;
  }
  const ascii = foldAscii(
    tokens
      .slice(j, j + 3)
      .map((x) => x.text)
      .join(" "),
  );
  return AGENCY_HEADS.some((h) => ascii === h || ascii.startsWith(h + " "));
}

function startsKnownOrGroup(tokens: Token[], j: number, known: { keys: string[] }[]): boolean {
  const t = tokens[j];
  if (!t || t.sep) return false;
  return foldAscii(t.text) === "cac" || known.some((k) => k.keys.every((key, n) => tokens[j + n]?.key === key));
}

function joinWords(words: string[]): string {
  return words
    .join(" ")
    .replace(/\s+([,;])/g, "$1")
    .replace(/[,;]\s*$/, "")
    .trim();
}

/** Builds the registry from the names a plan uses, keeping a user-edited registry's entries and adding only new names. */
export function buildRegistry(written: string[], existing: Agency[] = []): Agency[] {
  const registry = existing.map((a) => ({ ...a, aliases: [...a.aliases] }));
  // The spelling used most often becomes the name; the others are reported as aliases of it.
  const byKey = new Map<string, Map<string, number>>();
  for (const w of written) {
    const name = cleanText(w);
    if (!name || matchAgency(registry, name)) continue;
    const key = foldKey(name);
    const counts = byKey.get(key) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    byKey.set(key, counts);
  }
  for (const [key, counts] of byKey) {
    const canonical = GROUP_PHRASES.find((g) => foldKey(g) === key);
    const [written] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    const name = canonical ?? capitaliseFirst(written);
    registry.push({ name, short: null, aliases: [], group: canonical !== undefined || isGroupPhrase(name) });
  }
  return registry;
}

// A registry entry starts with a capital, as it would at the start of a cell.
function capitaliseFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/** Sorts a registry for display: agencies first, then group phrases, each in Vietnamese order. */
export function sortRegistry(registry: Agency[]): Agency[] {
  return [...registry].sort((a, b) => Number(a.group) - Number(b.group) || compareVi(a.name, b.name));
}

/** The initials of an agency name's words after its head word ("Sở Khoa học và Công nghệ" → "KHCN"), for alias suggestions. */
export function nameInitials(name: string): { head: string; initials: string } | null {
  const words = cleanText(name).split(" ");
  const headLen = AGENCY_HEADS.filter((h) => foldAscii(words.slice(0, h.split(" ").length).join(" ")) === h)
    .map((h) => h.split(" ").length)
    .sort((a, b) => b - a)[0];
  if (!headLen || words.length - headLen < 2) return null;
  const rest = words.slice(headLen).filter((w) => !["và", "-", "–"].includes(w.toLocaleLowerCase("vi")));
  const initials = rest.map((w) => foldAscii(w)[0]?.toUpperCase() ?? "").join("");
  return { head: foldAscii(words.slice(0, headLen).join(" ")), initials };
}

/** Suggests that a short written name may be the initials of a registry agency ("Sở KHCN" → "Sở Khoa học và Công nghệ"); never merges by itself. */
export function suggestInitialsMatch(written: string, registry: Agency[]): Agency | null {
  const words = cleanText(written).split(" ");
  const last = words[words.length - 1] ?? "";
  if (!/^[A-ZĐ]{2,}$/.test(last)) return null;
  const head = foldAscii(words.slice(0, -1).join(" "));
  const target = foldAscii(last).toUpperCase();
  return (
    registry.find((a) => {
      const ini = nameInitials(a.name);
      return !a.group && ini !== null && ini.head === head && ini.initials === target;
    }) ?? null
  );
}
