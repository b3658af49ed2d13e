// Names Excel accepts for sheets and tables. Excel compares both without regard to case, refuses a sheet name over 31
// characters, blank, with any of []:*?/\ or starting or ending with an apostrophe, and keeps "History" for itself (the
// change-tracking sheet), so no workbook may have a sheet of that name in any case.
import { foldKey } from "../text/normalize";

const MAX_SHEET_NAME = 31;
const RESERVED_SHEET_NAMES = ["History"];

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

/** Picks a valid sheet name not yet taken nor reserved by Excel (compared without case), adding " (2)", " (3)"… as needed. */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken, ...RESERVED_SHEET_NAMES].map((n) => foldKey(n)));
  const base = validSheetName(wanted);
  if (!used.has(foldKey(base))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = validSheetName(wanted, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(foldKey(candidate))) return candidate;
  }
}

/** Picks a table name not yet taken in the workbook (compared without case), adding 2, 3… as needed. */
export function uniqueTableName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  let name = wanted;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${wanted}${i}`;
  return name;
}
