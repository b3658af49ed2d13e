// What changed in a simulated workbook between two snapshots: the cells (by "Sheet!A1") and anything else.
import type { WorkbookSnapshot } from "../../excel-sim";

/** The cells whose value or format differs between two snapshots, as "Sheet!A1", sorted. */
export function changedCells(before: WorkbookSnapshot, after: WorkbookSnapshot): string[] {
  const out: string[] = [];
  const names = new Set([...before.sheets, ...after.sheets].map((s) => s.name));
  for (const name of names) {
    const a = before.sheets.find((s) => s.name === name)?.cells ?? {};
    const b = after.sheets.find((s) => s.name === name)?.cells ?? {};
    for (const cell of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (JSON.stringify(a[cell]) !== JSON.stringify(b[cell])) out.push(`${name}!${cell}`);
    }
  }
  return out.sort();
}

/** The snapshot without cells and selection: sheets, tables, rules, validations, settings… */
export function withoutCells(snapshot: WorkbookSnapshot): unknown {
  return {
    ...snapshot,
    selection: undefined,
    sheets: snapshot.sheets.map((s) => ({ ...s, cells: undefined, selection: undefined })),
  };
}
