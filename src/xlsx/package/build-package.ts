// `kehoach build` on the package: the generated sheets written as new parts, earlier generated sheets removed with
// their parts, the plan sheet's part edited only where the highlighting lives, and every other part left as it was.
import type { Analysis } from "../../core/analyse-workbook";
import type { IsoDate } from "../../core/model/dates";
import { emptySheet, STYLES, type SheetSpec } from "../../core/sheets/spec";
import { markSheetCells, MARK_SHEET, type MarkRow } from "../../core/sheets/generated-marks";
import { planReports, type AddedReports } from "../build-reports";
import { HELPER_COLUMN } from "../../core/sheets/appearance";
import { MAPPING_SHEET, savedMappingCells, type SavedMapping } from "../../core/read/saved-mapping";
import type { OpcPackage } from "./package";
import { editPlanSheet } from "./plan-sheet-edit";
import { asOfNames } from "../../core/sheets/as-of";
import type { PackageCells } from "./read-cells";
import { SharedStrings } from "./shared-strings";
import { sheetXml, tableXml } from "./sheet-xml";
import { EMPTY_STYLES, StyleTable } from "./styles";
import type { WorkbookPart } from "./workbook-part";

/** The tables generated sheets add to: the workbook's styles and shared strings, written back once at the end. */
export class SheetWriter {
  readonly styles: StyleTable;
  readonly strings: SharedStrings;
  private readonly stylesPath: string;
  private readonly stringsPath: string;

  constructor(
    private readonly pkg: OpcPackage,
    readonly workbook: WorkbookPart,
  ) {
    this.stylesPath = workbook.stylesPath(EMPTY_STYLES);
    this.styles = new StyleTable(pkg.text(this.stylesPath));
    const sst = workbook.sharedStrings();
    this.stringsPath = sst.path;
    this.strings = new SharedStrings(sst.xml);
  }

  /** Adds one generated sheet (and its tables) at the end of the workbook; returns its part. */
  add(spec: SheetSpec, state?: "veryHidden"): string {
    let { nextId } = this.workbook.tables();
    const tables = spec.tables.map((t) => tableXml(spec, t, nextId++));
    const content = sheetXml(spec, this.styles, {
      tableRelIds: tables.map((_, i) => `rId${i + 1}`),
      date1904: this.workbook.date1904,
      strings: this.strings,
    });
    return this.workbook.addSheet(spec.name, content, { state, tables, printTitles: spec.print.titleRows });
  }

  /** Writes the styles, shared strings and workbook parts the sheets changed. */
  finish(): void {
    if (this.styles.changed()) this.pkg.put(this.stylesPath, this.styles.toXml());
    if (this.strings.changed()) this.workbook.putSharedStrings(this.stringsPath, this.strings.toBuffer());
    this.workbook.save();
  }
}

/** Adds the build's sheets and highlighting to an open package (written later by its owner). */
export function buildPackage(
  pkg: OpcPackage,
  workbook: WorkbookPart,
  cells: PackageCells,
  analysis: Analysis,
  asOf: IsoDate,
  mapping: SavedMapping | null = null,
  fixedAsOf: IsoDate | null = asOf,
): AddedReports & { mappingSaved: boolean } {
  const existing = workbook.sheets().map((s) => ({ name: s.name, generated: cells.generated.get(s.name) ?? null }));
  const tables = cells.grids.sheets.flatMap((g) => (g.tables ?? []).map((t) => ({ name: t.name, sheet: g.name })));
  const plan = planReports(existing, tables, analysis, asOf, fixedAsOf);
  const writer = new SheetWriter(pkg, workbook);
  for (const name of plan.remove) workbook.removeSheet(name);
  for (const spec of plan.sheets) writer.add(spec);
  for (const { name, reference } of asOfNames(plan.asOfSheet)) workbook.setDefinedName(name, reference);
  const planSheet = workbook.sheets().find((s) => s.name === plan.highlight.sheet && s.kind === "worksheet");
  if (planSheet) {
    const styles = writer.styles;
    const edited = editPlanSheet(
      pkg.text(planSheet.part),
      plan.highlight,
      {
        header: styles.xf(STYLES.header),
        helper: styles.xf(HELPER_COLUMN.style),
        rules: plan.highlight.rules.map((r) => styles.dxf(r.fill, r.font)),
      },
      workbook.date1904,
    );
    pkg.put(planSheet.part, edited);
  }
  writeMarks(writer, cells, plan.marks);
  const mappingSaved = mapping ? writeMapping(writer, mapping) : false;
  writer.finish();
  return { ...plan.result, mappingSaved };
}

/** Adds sheets a command generates (the converted plan…) to an open package, with their styles and strings. */
export function addGeneratedSheets(pkg: OpcPackage, workbook: WorkbookPart, specs: SheetSpec[]): void {
  const writer = new SheetWriter(pkg, workbook);
  for (const spec of specs) writer.add(spec);
  writer.finish();
}

// The column mapping a user gave is kept in its very hidden sheet, text cells only, for every later read. A visible
// sheet of that name is the user's: it stays, and the mapping goes unsaved.
function writeMapping(writer: SheetWriter, mapping: SavedMapping): boolean {
  const existing = writer.workbook.sheets().find((s) => s.name === MAPPING_SHEET);
  if (existing && existing.state === "visible") return false;
  if (existing) writer.workbook.removeSheet(existing.name);
  const spec = emptySheet("mapping", MAPPING_SHEET);
  spec.rows = savedMappingCells(mapping);
  writer.add(spec, "veryHidden");
  return true;
}

// The marks sheet is the build's own: rewritten whole. A visible sheet of that name is the user's: it stays, and this
// run's marks go unrecorded.
function writeMarks(writer: SheetWriter, cells: PackageCells, rows: MarkRow[]): void {
  const sheets = writer.workbook.sheets();
  if (sheets.some((s) => s.name === MARK_SHEET) && !cells.marks) return;
  if (cells.marks) writer.workbook.removeSheet(cells.marks.name);
  if (rows.length === 0) return;
  const spec = emptySheet("marks", MARK_SHEET);
  spec.rows = markSheetCells(rows);
  writer.add(spec, "veryHidden");
}
