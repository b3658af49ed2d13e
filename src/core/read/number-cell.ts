import { foldAscii } from "../text/normalize";

// "1", "1.", "01", "1a", "13.5", "13.0" — markdown bold from copied documents tolerated.
const TASK_NUMBER = /^0*(\d{1,6})((?:\.\d{1,3})*|[a-zđ])\.?$/i;
const ROMAN = /^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/i;
// "Phần II", "Mục 3", "Chương IV", "Nhóm A": a word that names a part, then its label.
const PART = /^(phan|muc|chuong|nhom)\s+([mdclxvi]+|\d{1,3}|[a-z])\b/;

/** Reads a number cell: a task number ("1." → "1"), a section marker ("I.", "A.", "Phần II"), or nothing. */
export function readNumberCell(
  text: string,
): { kind: "task"; number: string } | { kind: "section" } | { kind: "none" } {
  const t = strip(text);
  if (!t) return { kind: "none" };
  const m = TASK_NUMBER.exec(t);
  if (m) return { kind: "task", number: `${Number(m[1])}${m[2].toLowerCase()}` };
  return sectionLabel(t) !== null ? { kind: "section" } : { kind: "none" };
}

/**
 * The label a section row starts with, as a task key uses it: "I." → "I", "B" → "B", "Phần II" → "II",
 * "III. CÔNG TÁC …" → "III"; null when the text does not start with one.
 */
export function sectionLabel(text: string): string | null {
  const t = strip(text);
  if (!t) return null;
  const part = PART.exec(foldAscii(t));
  if (part) return part[2].toUpperCase();
  const head = t.split(/[.\s:)]/)[0];
  // Upper-case numerals may be followed by a space ("II CÔNG TÁC"); lower-case ones only by "." or ")", so that
  // words such as "vi phạm" are not read as "VI".
  const after = t.slice(head.length);
  const upper = head === head.toUpperCase();
  if (ROMAN.test(head) && (after === "" || /^[.:)]/.test(after) || (upper && /^\s/.test(after))))
    return head.toUpperCase();
  // A single capital: alone, or followed by "." or ")" (so "A Lưới" in running text is not a label).
  const letter = /^([A-ZĐ])(?:[.)]|$)/.exec(t);
  if (letter) return letter[1];
  return null;
}

function strip(text: string): string {
  return text.replace(/\*+|<\/?[a-z]+>/gi, "").trim();
}
