import type { Agency } from "../model/plan";
import { cleanText, compareVi, foldAscii, foldKey } from "../text/normalize";
import { headAt, tokenize } from "./agency-words";
import { isGroupPhrase } from "./group-phrases";
import { matchAgency } from "./agency-match";

export { matchAgency } from "./agency-match";
export { isGroupPhrase } from "./group-phrases";
export { splitAgencies, type NamedAgency } from "./split-agencies";

/** The sheet where the agency registry lives in the workbook, editable by users. */
export const REGISTRY_SHEET = "Danh mục cơ quan";

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
  for (const counts of byKey.values()) {
    const [written] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    const name = capitaliseFirst(written);
    registry.push({ name, short: null, aliases: [], group: isGroupPhrase(name) });
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
  const headLen = headAt(tokenize(words.join(" ")), 0);
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
