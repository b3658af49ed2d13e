// `kehoach build` on the package: the generated sheets written as new parts, earlier generated sheets removed with
// their parts, the plan sheet's part edited only where the highlighting lives, and every other part left as it was.
import type { Analysis } from "../../core/analyse-workbook";
import type { IsoDate } from "../../core/model/dates";
import { emptySheet, STYLES, type SheetSpec } from "../../core/sheets/spec";
import { markSheetCells, MARK_SHEET, type MarkRow } from "../../core/sheets/generated-marks";
import { HELPER_STYLE, planReports, type BuildResult } from "../build-reports";
import type { OpcPackage } from "./package";
import { editPlanSheet } from "./plan-sheet-edit";
import type { PackageCells } from "./read-cells";
import { sheetXml, tableXml } from "./sheet-xml";
import { EMPTY_STYLES, StyleTable } from "./styles";
import type { WorkbookPart } from "./workbook-part";

/** Adds the build's sheets and highlighting to an open package (written later by its owner). */
export function buildPackage(
  pkg: OpcPackage,
  workbook: WorkbookPart,
  cells: PackageCells,
  analysis: Analysis,
  asOf: IsoDate,
): BuildResult {
  const existing = workbook.sheets().map((s) => ({ name: s.name, key: cells.generated.get(s.name) ?? null }));
  const plan = planReports(existing, analysis, asOf);
  const stylesPath = workbook.stylesPath(EMPTY_STYLES);
  const styles = new StyleTable(pkg.text(stylesPath));
  for (const name of plan.remove) workbook.removeSheet(name);
  for (const spec of plan.sheets) addSheet(workbook, styles, spec);
  const planSheet = workbook.sheets().find((s) => s.name === plan.highlight.sheet && s.kind === "worksheet");
  if (planSheet) {
    const edited = editPlanSheet(
      pkg.text(planSheet.part),
      plan.highlight,
      {
        header: styles.xf(STYLES.header),
        helper: styles.xf(HELPER_STYLE),
        rules: plan.highlight.rules.map((r) => styles.dxf(r.fill, r.font)),
      },
      workbook.date1904,
    );
    pkg.put(planSheet.part, edited);
  }
  writeMarks(workbook, styles, cells, plan.marks);
  if (styles.changed()) pkg.put(stylesPath, styles.toXml());
  workbook.save();
  return plan.result;
}

/** Adds one generated sheet (and its tables) at the end of the workbook. */
export function addSheet(workbook: WorkbookPart, styles: StyleTable, spec: SheetSpec, state?: "veryHidden"): string {
  let { nextId } = workbook.tables();
  const tables = spec.tables.map((t) => tableXml(spec, t, nextId++));
  const content = sheetXml(spec, styles, {
    tableRelIds: tables.map((_, i) => `rId${i + 1}`),
    date1904: workbook.date1904,
  });
  return workbook.addSheet(spec.name, content, { state, tables, printTitles: spec.print.titleRows });
}

// The marks sheet is the build's own: rewritten whole. A visible sheet of that name is the user's: it stays, and this
// run's marks go unrecorded.
function writeMarks(workbook: WorkbookPart, styles: StyleTable, cells: PackageCells, rows: MarkRow[]): void {
  const sheets = workbook.sheets();
  if (sheets.some((s) => s.name === MARK_SHEET) && !cells.marks) return;
  if (cells.marks) workbook.removeSheet(cells.marks.name);
  if (rows.length === 0) return;
  const spec = emptySheet("marks", MARK_SHEET);
  spec.rows = markSheetCells(rows);
  addSheet(workbook, styles, spec, "veryHidden");
}

/** Adds sheets a command generates (the converted plan…) to an open package, with their styles. */
export function addGeneratedSheets(pkg: OpcPackage, workbook: WorkbookPart, specs: SheetSpec[]): void {
  const stylesPath = workbook.stylesPath(EMPTY_STYLES);
  const styles = new StyleTable(pkg.text(stylesPath));
  for (const spec of specs) addSheet(workbook, styles, spec);
  if (styles.changed()) pkg.put(stylesPath, styles.toXml());
  workbook.save();
}
