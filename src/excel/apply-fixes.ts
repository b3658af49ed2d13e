/* global Excel */
import { columnLetters, parseCellAddress } from "../core/model/address";
import type { CellValue } from "../core/model/cell-value";
import { cellEdits, type CellEdit } from "../core/check/cell-edits";
import type { Bilingual, Finding } from "../core/check/finding";
import { REGISTRY_SHEET } from "../core/read/registry";
import { cellText } from "../core/text/normalize";
import { BulkWriter, jsonBytes, RANGE_BYTES, SET_BYTES } from "./bulk-writer";
import { errorCode } from "./office-errors";
import { capabilities } from "./requirements";
import { NO_REGISTRY, NOT_IN_REGISTRY, writeRegistryFixes } from "./registry-fixes";
import { typedText } from "./typed-text";
import type { ExcelEnv } from "./host";
import type { Conflict, FixResult } from "../service/types";

const NO_FIX: Bilingual = {
  vi: "Không có cách sửa tự động: hãy sửa ô này bằng tay.",
  en: "No automatic fix: edit this cell by hand.",
};
const CLASH: Bilingual = {
  vi: "Một cách sửa khác cùng ô đã được áp dụng: hãy kiểm tra lại rồi sửa tiếp.",
  en: "Another fix of the same cell part was applied: run the check again, then fix the rest.",
};

/** Nearby cells of one column that the edits rewrite, read and written as one range. */
interface ColumnEdits {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
  edits: { row: number; edit: CellEdit }[];
}

/**
 * Writes the fixes the user accepted: it re-reads every cell they name first and, if any no longer holds what the
 * check saw (a co-author edited it), writes nothing and lists the conflicts. Registry fixes add aliases or agencies.
 */
export async function applyFixes(
  context: Excel.RequestContext,
  env: ExcelEnv,
  findings: Finding[],
): Promise<FixResult> {
  const { edits, clashing } = cellEdits(findings);
  const registryFixes = findings.filter((f) => f.fix?.kind === "addAlias" || f.fix?.kind === "addAgency");
  const skipped: FixResult["skipped"] = [
    ...findings.filter((f) => !f.fix).map((finding) => ({ finding, reason: NO_FIX })),
    ...clashing.map((finding) => ({ finding, reason: CLASH })),
  ];
  const columns = byColumn(edits);
  const sheets = context.workbook.worksheets;
  const reads = columns.map((c) => sheets.getItem(c.sheet).getRange(columnRange(c)).load("values"));
  const registry = registryFixes.length
    ? sheets.getItemOrNullObject(REGISTRY_SHEET).getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex")
    : null;
  try {
    await context.sync();
  } catch (e) {
    if (errorCode(e) !== "ItemNotFound") throw e;
    return {
      applied: 0,
      conflicts: edits.map((x) => ({
        sheet: x.sheet,
        cell: x.cell,
        expected: x.from,
        found: "",
      })),
      skipped,
      notes: [SHEET_GONE],
    };
  }
  const conflicts: Conflict[] = [];
  columns.forEach((c, i) => {
    for (const { row, edit } of c.edits) {
      const value = (reads[i].values[row - c.top]?.[0] ?? null) as CellValue;
      const found = cellText(value);
      // Fixes name the cell's clean text, except legacy-encoding ones: their raw text (TCVN3 writes "ư" as U+00AD,
      // which cleaning drops).
      if (found !== edit.from && value !== edit.from)
        conflicts.push({
          sheet: edit.sheet,
          cell: edit.cell,
          expected: edit.from,
          found,
        });
    }
  });
  if (conflicts.length) return { applied: 0, conflicts, skipped, notes: [CONFLICTS] };

  const w = new BulkWriter(context, capabilities(env));
  for (const c of columns) {
    const values = Array.from({ length: c.bottom - c.top + 1 }, (): (string | null)[] => [null]);
    for (const { row, edit } of c.edits) values[row - c.top] = [typedText(edit.to)];
    await w.room(RANGE_BYTES + SET_BYTES + jsonBytes(values));
    sheets.getItem(c.sheet).getRange(columnRange(c)).values = values;
  }
  let applied = edits.length;
  if (registry) {
    await w.room(registryFixes.length * (RANGE_BYTES + SET_BYTES));
    const result = registry.isNullObject
      ? null
      : writeRegistryFixes(sheets.getItem(REGISTRY_SHEET), registry, registryFixes);
    if (!result) skipped.push(...registryFixes.map((finding) => ({ finding, reason: NO_REGISTRY })));
    else {
      applied += result.written;
      skipped.push(
        ...result.missing.map((finding) => ({
          finding,
          reason: NOT_IN_REGISTRY,
        })),
      );
    }
  }
  await w.send();
  return { applied, conflicts: [], skipped, notes: [] };
}

const SHEET_GONE: Bilingual = {
  vi: "Trang của kế hoạch đã bị đổi tên hoặc xoá: hãy kiểm tra lại.",
  en: "The plan's sheet was renamed or deleted: run the check again.",
};
const CONFLICTS: Bilingual = {
  vi: "Có ô đã bị người khác sửa sau lần kiểm tra: không ghi gì cả. Hãy kiểm tra lại rồi sửa.",
  en: "Some cells were changed by someone else since the check: nothing was written. Run the check again, then fix.",
};

// Cells of one column further apart than this are read and written as separate ranges: a span over the rows between
// them would carry every cell in between (megabytes on a 50,000-task plan), a range per cell a request part each.
const GAP_ROWS = 24;

// Groups the edits into runs of nearby cells in one column, each read and written as one range.
function byColumn(edits: CellEdit[]): ColumnEdits[] {
  const located = edits.flatMap((edit) => {
    const at = parseCellAddress(edit.cell);
    return at ? [{ ...at, edit }] : [];
  });
  located.sort((a, b) =>
    a.edit.sheet !== b.edit.sheet ? (a.edit.sheet < b.edit.sheet ? -1 : 1) : a.col - b.col || a.row - b.row,
  );
  const out: ColumnEdits[] = [];
  for (const { row, col, edit } of located) {
    const last = out[out.length - 1];
    if (last && last.sheet === edit.sheet && last.col === col && row - last.bottom <= GAP_ROWS) {
      last.bottom = Math.max(last.bottom, row);
      last.edits.push({ row, edit });
    } else
      out.push({
        sheet: edit.sheet,
        col,
        top: row,
        bottom: row,
        edits: [{ row, edit }],
      });
  }
  return out;
}

function columnRange(c: ColumnEdits): string {
  return `${columnLetters(c.col)}${c.top}:${columnLetters(c.col)}${c.bottom}`;
}
