// Turns the cell fixes a user accepted into one edit per cell: several fixes of one cell (two agency names respelled in
// the same coordinators cell) each change their own part of the same original text, so they are combined.
import type { Finding } from "./finding";

/** One cell to rewrite: only while it still holds `from`. */
export interface CellEdit {
  sheet: string;
  cell: string;
  from: string;
  to: string;
  findings: Finding[];
}

/** Combines the setCell fixes of the findings into edits; fixes that change the same part of a cell as another are left out. */
export function cellEdits(findings: Finding[]): { edits: CellEdit[]; clashing: Finding[] } {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.fix?.kind !== "setCell") continue;
    const key = `${f.fix.sheet}!${f.fix.cell}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const edits: CellEdit[] = [];
  const clashing: Finding[] = [];
  for (const group of groups.values()) {
    const first = group[0].fix as Extract<Finding["fix"], { kind: "setCell" }>;
    const spans: { start: number; end: number; text: string; finding: Finding }[] = [];
    for (const f of group) {
      const fix = f.fix as typeof first;
      const span = changedSpan(fix.from, fix.to);
      const same = spans.find((s) => s.start === span.start && s.end === span.end && s.text === span.text);
      const overlaps =
        spans.some((s) => span.start < s.end && s.start < span.end) ||
        (span.start === span.end && spans.some((s) => s.start === span.start));
      if (fix.from !== first.from || (overlaps && !same)) clashing.push(f);
      else if (!same) spans.push({ ...span, finding: f });
    }
    let to = first.from;
    for (const s of [...spans].sort((a, b) => b.start - a.start)) to = to.slice(0, s.start) + s.text + to.slice(s.end);
    const applied = group.filter((f) => !clashing.includes(f));
    edits.push({ sheet: first.sheet, cell: first.cell, from: first.from, to, findings: applied });
  }
  return { edits, clashing };
}

// The part of `from` a fix replaces, found by trimming what `from` and `to` share at both ends.
function changedSpan(from: string, to: string): { start: number; end: number; text: string } {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let tail = 0;
  while (
    tail < from.length - start &&
    tail < to.length - start &&
    from[from.length - 1 - tail] === to[to.length - 1 - tail]
  )
    tail++;
  return { start, end: from.length - tail, text: to.slice(start, to.length - tail) };
}
