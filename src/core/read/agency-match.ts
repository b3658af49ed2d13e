import type { Agency } from "../model/plan";
import { cleanText, foldKey } from "../text/normalize";

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
