// Suggestions for role and status words that are almost right: a typo ("Chủ chì", "Phói hợp") or a word people use
// for the same thing ("xong rồi", "đang làm"). They are only offered to the user as a fix, never read as the word.
import { foldAscii } from "../text/normalize";
import { ROLE_LABEL, STATUS_LABEL, type Role, type Status } from "./vocabulary";

/**
 * Other words people write for a status, keyed by foldAscii. Only whole phrases: a single "xong" inside a longer note
 * ("xong phần 1") is not a status.
 */
export const STATUS_SYNONYMS: [string, Status][] = [
  ["xong", "done"],
  ["da xong", "done"],
  ["xong roi", "done"],
  ["hoan tat", "done"],
  ["da hoan tat", "done"],
  ["hoan thanh roi", "done"],
  ["da thuc hien", "done"],
  ["dang lam", "inProgress"],
  ["dang trien khai", "inProgress"],
  ["dang tien hanh", "inProgress"],
  ["dang xu ly", "inProgress"],
  ["dang thuc hien do", "inProgress"],
  ["chua lam", "notStarted"],
  ["chua bat dau", "notStarted"],
  ["chua trien khai", "notStarted"],
];
/** Other words people write for a role, keyed by foldAscii. */
export const ROLE_SYNONYMS: [string, Role][] = [
  ["chu tri thuc hien", "lead"],
  ["don vi chu tri", "lead"],
  ["phoi hop thuc hien", "coordinate"],
  ["don vi phoi hop", "coordinate"],
];

/** The most likely standard role a role cell's text means, when it is near one; null when it is not. */
export function suggestRole(text: string): Role | null {
  return nearest(text, ROLE_SYNONYMS, ROLE_LABEL);
}

/** The most likely standard status a status cell's text means, when it is near one; null when it is not. */
export function suggestStatus(text: string): Status | null {
  return nearest(text, STATUS_SYNONYMS, STATUS_LABEL);
}

/**
 * Folds a word as it sounds in the North, where "tr"/"ch", "s"/"x" and "d"/"gi"/"r" are said alike and so are
 * often typed in place of each other; case, tone marks, punctuation and spacing are dropped first.
 */
export function soundKey(text: string): string {
  return foldAscii(text)
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .map((syllable) =>
      syllable
        .replace(/^tr/, "ch")
        .replace(/^s/, "x")
        .replace(/^(gi|r)/, "d"),
    )
    .join(" ");
}

/** The number of one-character insertions, deletions and substitutions that turn `a` into `b` (Levenshtein). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** How many edits a word of this many letters may be away from a known one: one per five letters, at most two. */
export function allowedEdits(length: number): number {
  return Math.min(2, Math.floor(length / 5));
}

// The known word nearest to `text` by sound and edits, if it is near enough and no word of another meaning is as near.
function nearest<T extends string>(text: string, synonyms: [string, T][], labels: Record<T, string>): T | null {
  const key = soundKey(text);
  if (key === "") return null;
  const known: [string, T][] = [
    ...(Object.entries(labels) as [T, string][]).map(([meaning, label]): [string, T] => [soundKey(label), meaning]),
    ...synonyms.map(([word, meaning]): [string, T] => [soundKey(word), meaning]),
  ];
  let best: { distance: number; meanings: Set<T> } = { distance: Infinity, meanings: new Set() };
  for (const [word, meaning] of known) {
    const distance = editDistance(key, word);
    if (distance < best.distance) best = { distance, meanings: new Set([meaning]) };
    else if (distance === best.distance) best.meanings.add(meaning);
  }
  if (best.meanings.size !== 1 || best.distance > allowedEdits(key.length)) return null;
  return [...best.meanings][0];
}
