/* global Excel */
// Registry fixes: an alias recorded on its agency's row, a new agency added below the last one, in the sheet
// "Danh mục cơ quan" as the core reads it (a header row starting "Tên…", then name, short name, aliases, group).
import { cellAddress } from "../core/model/address";
import type { CellValue } from "../core/model/cell-value";
import type { Bilingual, Finding } from "../core/check/finding";
import { REGISTRY_SHEET } from "../core/read/registry";
import { cellText, foldAscii, foldKey } from "../core/text/normalize";
import { typedText } from "./typed-text";

export const NO_REGISTRY: Bilingual = {
  vi: `Chưa có trang "${REGISTRY_SHEET}": hãy tạo trang cơ quan (lệnh tạo trang sẽ tạo danh mục) rồi sửa lại.`,
  en: `There is no "${REGISTRY_SHEET}" sheet yet: build the agency sheets (which creates it), then apply this fix.`,
};
export const NOT_IN_REGISTRY: Bilingual = {
  vi: "Cơ quan này không còn trong danh mục.",
  en: "This agency is no longer in the registry.",
};

/** Queues the registry fixes over the registry's used range as read; null when the sheet has no header row to write under. */
export function writeRegistryFixes(
  ws: Excel.Worksheet,
  used: Excel.Range,
  fixes: Finding[],
): { written: number; missing: Finding[] } | null {
  const values = used.values as CellValue[][];
  const header = values.findIndex((row, i) => i <= 10 && foldAscii(cellText(row[0] ?? null)).startsWith("ten"));
  if (header < 0) return null;
  const top = used.rowIndex + 1;
  const left = used.columnIndex + 1;
  const rows = values.slice(header + 1).map((row, i) => ({
    at: top + header + 1 + i,
    name: cellText(row[0] ?? null),
    aliases: cellText(row[2] ?? null),
  }));
  let next = top + values.length;
  let written = 0;
  const missing: Finding[] = [];
  for (const f of fixes) {
    const fix = f.fix!;
    if (fix.kind === "addAlias") {
      const row = rows.find((r) => foldKey(r.name) === foldKey(fix.agency));
      if (!row) {
        missing.push(f);
        continue;
      }
      const list = row.aliases
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean);
      if (list.some((a) => foldKey(a) === foldKey(fix.alias))) continue;
      row.aliases = [...list, fix.alias].join("; ");
      ws.getRange(cellAddress(row.at, left + 2)).values = [[typedText(row.aliases)]];
      written++;
    } else if (fix.kind === "addAgency" && !rows.some((r) => foldKey(r.name) === foldKey(fix.name))) {
      rows.push({ at: next, name: fix.name, aliases: "" });
      ws.getRange(`${cellAddress(next, left)}:${cellAddress(next, left + 3)}`).values = [
        [typedText(fix.name), null, null, "không"],
      ];
      next++;
      written++;
    }
  }
  return { written, missing };
}
