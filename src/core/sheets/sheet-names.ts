import { foldKey } from "../text/normalize";

const MAX_SHEET_NAME = 31;

/** Makes a valid, readable Excel sheet name: no []:*?/\ , not blank, at most 31 characters (cut at a word, with "…"). */
export function validSheetName(wanted: string, max = MAX_SHEET_NAME): string {
  let name = wanted
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  if (!name) name = "Trang";
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const atWord = cut.lastIndexOf(" ") > max / 2 ? cut.slice(0, cut.lastIndexOf(" ")) : cut;
  return `${atWord.trim()}…`;
}

/** Picks a sheet name not yet taken (Excel compares names case-insensitively), adding " (2)", " (3)"… as needed. */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => foldKey(n)));
  const base = validSheetName(wanted);
  if (!used.has(foldKey(base))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = validSheetName(wanted, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(foldKey(candidate))) return candidate;
  }
}
