import type { CellValue } from "../model/cell-value";

// Characters Word and the web leave in pasted text that show as nothing. A zero-width joiner after a pictograph (or
// its skin-tone or emoji modifier) is kept: it joins emoji such as 👩‍💻, which would otherwise split in two.
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- the emoji modifiers are listed apart on purpose
  /[\u00AD\u200B\u200C\u2060\uFEFF]|(?<!\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?)\u200D/gu;
// White space, including NBSP, and control characters all count as one space.
// eslint-disable-next-line no-control-regex -- control characters pasted into cells are cleaned on purpose
const SPACES = /[\s\u0000-\u001F\u007F-\u009F]+/g;
// Invisible or control characters, or white space other than a plain space: what cleanText would change besides
// the Unicode form and runs of spaces.
// eslint-disable-next-line no-control-regex -- control characters pasted into cells are cleaned on purpose
const UNCLEAN = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0000-\u001F\u007F-\u009F]|[^\S ]/;
// Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng) — as opposed to letter marks such as â, ă, ơ.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

const collator = new Intl.Collator("vi", { numeric: true });

/** Tidies cell text so that what looks the same compares the same (NFC, no invisible characters, single spaces). */
export function cleanText(s: string): string {
  if (isClean(s)) return s;
  return s.replace(INVISIBLE, "").normalize("NFC").replace(SPACES, " ").trim();
}

// Most cells are already clean, and a scan of character codes costs far less than normalising: text made only of
// ASCII, Latin letters up to U+02FF and the precomposed Vietnamese letters (U+1E00–U+1EFF) is NFC as it stands, so
// only spaces and control characters need looking at. Any other character takes the exact check.
function isClean(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    if (c < 32 || (c >= 0x7f && c <= 0xa0) || c === 0xad) return false;
    if (c < 0x300 || (c >= 0x1e00 && c <= 0x1eff)) continue;
    return !s.includes("  ") && !UNCLEAN.test(s) && s.normalize("NFC") === s;
  }
  return true;
}

/** The key two spellings of a name share when they differ only in case, spacing, Unicode form or tone placement. */
export function foldKey(s: string): string {
  return cleanText(s)
    .toLocaleLowerCase("vi")
    .normalize("NFD")
    .replace(/[\p{L}\p{M}]+/gu, placeTonesLast)
    .normalize("NFC");
}

// Old ("hoà", "uỷ") and new ("hòa", "ủy") placement differ only in which vowel carries the tone,
// so each syllable's tone marks are moved behind its last letter, in a fixed order. Keys are compared, never shown.
function placeTonesLast(syllable: string): string {
  const tones = syllable.match(TONE_MARKS);
  return tones ? syllable.replace(TONE_MARKS, "") + tones.sort().join("") : syllable;
}

/** The key for text typed without diacritics ("chu tri" for "Chủ trì"). */
export function foldAscii(s: string): string {
  // A mark standing alone after a space leaves the space behind, hence the second clean.
  return cleanText(foldKey(s).normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d"));
}

/** Sorts names in Vietnamese alphabetical order (a < ă < â, d < đ, "2" < "10"). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** The cell as the user sees it, as clean text (dates as dd/mm/yyyy). */
export function cellText(v: CellValue): string {
  if (typeof v === "string") return cleanText(v);
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date && !Number.isNaN(v.getTime())) {
    return `${pad2(v.getUTCDate())}/${pad2(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  }
  return "";
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
