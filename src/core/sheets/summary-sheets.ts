import { cellAddress, quoteSheetName } from "../model/address";
import type { IsoDate } from "../model/dates";
import type { Plan } from "../model/plan";
import { asOfLineFormula, asOfLineText } from "./as-of";
import { deadlineStateCell } from "./state-cells";
import { assignmentRows, summaryTables, type AssignmentRow } from "../track/summary-counts";
import { emptySheet, type SheetSpec, type SpecCell, type SummarySpec } from "./spec";

export const ASSIGNMENTS_SHEET = "Phân công";
export const ASSIGNMENTS_TABLE = "PhanCong";
export const SUMMARY_SHEET = "Tổng hợp";

// No task text: the table is what the PivotTables count, one row per task × agency (a 50,000-task plan makes ~325,000
// rows), and repeating each task's text on every row of it would be most of what Excel on the web has to carry; the
// agency sheets show the text, and Stt leads back to it.
const FIELDS: { key: keyof AssignmentRow; header: string; width: number }[] = [
  { key: "number", header: "Stt", width: 6 },
  { key: "agency", header: "Cơ quan", width: 30 },
  { key: "role", header: "Vai trò", width: 11 },
  { key: "time", header: "Thời gian", width: 14 },
  { key: "deadline", header: "Hạn chót", width: 12 },
  { key: "quarter", header: "Quý", width: 13 },
  { key: "status", header: "Trạng thái", width: 15 },
  { key: "state", header: "Tình trạng", width: 20 },
];
const TABLE_TOP = 4;

/** Header of an assignments-table field, as the pivots and COUNTIFS formulas refer to it. */
export function fieldHeader(key: keyof AssignmentRow): string {
  return FIELDS.find((f) => f.key === key)!.header;
}

/** The sheet and table names of the summary: the generation plan's, or the wanted ones. */
export interface SummaryNames {
  assignments: string;
  summary: string;
  table: string;
}

/** Describes the assignments sheet (one row per task × agency, as an Excel table) and the summary over it. */
export function summarySpecs(
  plan: Plan,
  asOf: IsoDate,
  names: SummaryNames = { assignments: ASSIGNMENTS_SHEET, summary: SUMMARY_SHEET, table: ASSIGNMENTS_TABLE },
): SummarySpec {
  const rows = assignmentRows(plan);
  const assignments = emptySheet("assignments", names.assignments);
  assignments.rows.push(
    [{ text: "Phân công nhiệm vụ theo cơ quan", style: "title" }],
    [{ text: plan.title, style: "muted" }],
    [asOfLineCell(asOf)],
  );
  assignments.rowStyles!.push(null, null, null);
  assignments.rows.push(FIELDS.map((f) => ({ text: f.header })));
  assignments.rowStyles!.push("header");
  // The rows are the tasks' assignments in order: each row's state follows its task's deadline cell.
  const owners = plan.tasks.flatMap((t) => t.assignments.map(() => t));
  const deadlineLetter = cellAddress(1, FIELDS.findIndex((f) => f.key === "deadline") + 1).replace(/\d+$/, "");
  rows.forEach((r, i) => {
    const row = TABLE_TOP + 1 + i;
    assignments.rows.push(
      FIELDS.map((f): SpecCell =>
        f.key === "deadline"
          ? r.deadline
            ? { date: r.deadline, style: "date" }
            : { text: "", style: "date" }
          : f.key === "state"
            ? deadlineStateCell(owners[i], `$${deadlineLetter}${row}`)
            : { text: r[f.key] ?? "", style: "text" },
      ),
    );
    assignments.rowStyles!.push(null);
  });
  const bottom = TABLE_TOP + Math.max(rows.length, 1);
  if (rows.length === 0) assignments.rows.push(FIELDS.map(() => ({ text: "" })));
  assignments.tables.push({ name: names.table, top: TABLE_TOP, left: 1, bottom, right: FIELDS.length });
  assignments.columns = FIELDS.map((f) => ({ width: f.width }));
  assignments.freezeRows = TABLE_TOP;
  assignments.print.titleRows = [TABLE_TOP, TABLE_TOP];

  const counts = countsSheet(plan, asOf, names, bottom);
  const tables = summaryTables(plan);
  return {
    assignments,
    counts,
    sourceTable: names.table,
    pivots: tables.map((t, i) => ({
      name: ["PivotVaiTro", "PivotQuy", "PivotTinhTrang"][i],
      title: t.title,
      rowField: fieldHeader(t.rowField),
      columnField: fieldHeader(t.columnField),
      // Every assignment row has an agency; counting "Stt" would miss tasks written without a number.
      dataField: fieldHeader("agency"),
    })),
    chart: { title: "Nhiệm vụ theo cơ quan và vai trò", pivot: "PivotVaiTro" },
  };
}

// COUNTIFS over plain ranges of the assignments sheet (not structured references), because LibreOffice and
// older Excel read those reliably; the cached results are the core's own counts.
function countsSheet(
  plan: Plan,
  asOf: IsoDate,
  names: { assignments: string; summary: string },
  bottom: number,
): SheetSpec {
  const spec = emptySheet("summary", names.summary);
  const tables = summaryTables(plan);
  const sheetRef = quoteSheetName(names.assignments);
  const colRange = (key: keyof AssignmentRow) => {
    const col = FIELDS.findIndex((f) => f.key === key) + 1;
    const letter = cellAddress(1, col).replace(/\d+$/, "");
    return `${sheetRef}!$${letter}$${TABLE_TOP + 1}:$${letter}$${bottom}`;
  };
  spec.rows.push(
    [{ text: "Tổng hợp nhiệm vụ theo cơ quan", style: "title" }],
    [{ text: plan.title, style: "muted" }],
    [asOfLineCell(asOf)],
  );
  spec.rowStyles!.push(null, null, null);
  let width = 2;
  for (const t of tables) {
    spec.rows.push([]);
    spec.rowStyles!.push(null);
    spec.rows.push([{ text: t.title, style: "section" }]);
    spec.rowStyles!.push(null);
    const headerRow = spec.rows.length + 1;
    spec.rows.push([{ text: "Cơ quan" }, ...t.columns.map((c) => ({ text: c })), { text: "Tổng" }]);
    spec.rowStyles!.push("header");
    t.rows.forEach((agency, i) => {
      const row = spec.rows.length + 1;
      const cells: SpecCell[] = [{ text: agency, style: "wrap" }];
      t.columns.forEach((_, j) => {
        const col = j + 2;
        cells.push({
          formula: `COUNTIFS(${colRange("agency")},$A${row},${colRange(t.columnField)},${cellAddress(headerRow, col).replace(/(\d+)$/, "$$$1")})`,
          result: t.counts[i][j],
          style: "count",
        });
      });
      const total = t.counts[i].reduce((s, n) => s + n, 0);
      cells.push({
        formula: `SUM(${cellAddress(row, 2)}:${cellAddress(row, t.columns.length + 1)})`,
        result: total,
        style: "total",
      });
      spec.rows.push(cells);
      spec.rowStyles!.push(null);
    });
    width = Math.max(width, t.columns.length + 2);
  }
  spec.columns = [{ width: 36 }, ...Array.from({ length: width - 1 }, () => ({ width: 14 }))];
  spec.print = { orientation: "landscape", fitToWidth: true, titleRows: null };
  return spec;
}

// The as-of line of a summary sheet, following the workbook's as-of cell. (The title has a row of its own: a formula's
// string constants stop at 255 characters, and titles run longer.)
function asOfLineCell(asOf: IsoDate): SpecCell {
  return { formula: asOfLineFormula(), result: asOfLineText(asOf), style: "muted" };
}
