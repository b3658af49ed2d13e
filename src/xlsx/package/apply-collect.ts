// Writes what collect decided into the plan's package: the plan sheet's cells edited in place (every other cell,
// format and part as it was), the change log appended to (or created), and the collect report added.
import type { CollectResult } from "../../core/exchange/collect";
import { isLogSheet, LOG_SHEET, logRow, logSheetSpec, nextLogRow } from "../../core/exchange/change-log";
import { isoToExcelSerial } from "../../core/model/dates";
import { uniqueSheetName } from "../../core/sheets/sheet-names";
import { STYLES, type SheetSpec } from "../../core/sheets/spec";
import { SheetWriter } from "./build-package";
import { numberCell, setCells, textCell, type CellXml } from "./cell-edit";
import type { OpenedPackage } from "./open-package";
import { rootPrefix } from "./xml";

const DAYS_1900_TO_1904 = 1462;

/** Applies collect's writes, log rows and report sheet to an open package (written later by its owner). */
export function applyCollect(opened: OpenedPackage, planSheet: string, r: CollectResult, report: SheetSpec): void {
  const { pkg, workbook, cells } = opened;
  const writer = new SheetWriter(pkg, workbook);
  const sheets = workbook.sheets();
  const plan = sheets.find((s) => s.name === planSheet && s.kind === "worksheet");
  if (plan && r.writes.length > 0) {
    const dateStyle = writer.styles.xf(STYLES.date);
    const edits = new Map<number, Map<number, CellXml>>();
    for (const w of r.writes) {
      const row = edits.get(w.row) ?? new Map<number, CellXml>();
      edits.set(w.row, row);
      row.set(
        w.col,
        "date" in w.value
          ? numberCell(isoToExcelSerial(w.value.date) - (workbook.date1904 ? DAYS_1900_TO_1904 : 0), dateStyle)
          : textCell(w.value.text),
      );
    }
    const xml = pkg.text(plan.part);
    pkg.put(plan.part, setCells(xml, rootPrefix(xml), edits));
  }
  if (r.log.length > 0) {
    const grid = cells.grids.sheets.find((g) => g.name === LOG_SHEET);
    const entry = sheets.find((s) => s.name === LOG_SHEET && s.kind === "worksheet");
    if (grid && entry && isLogSheet(grid)) {
      const first = nextLogRow(grid);
      const edits = new Map<number, Map<number, CellXml>>();
      r.log.forEach((e, i) => edits.set(first + i, new Map(logRow(e).map((text, c) => [c + 1, textCell(text)]))));
      const xml = pkg.text(entry.part);
      pkg.put(entry.part, setCells(xml, rootPrefix(xml), edits));
    } else if (!entry) writer.add(logSheetSpec(r.log));
    else
      writer.add({
        ...logSheetSpec(r.log),
        name: uniqueSheetName(
          LOG_SHEET,
          sheets.map((s) => s.name),
        ),
      });
  }
  writer.add(report);
  writer.finish();
}
