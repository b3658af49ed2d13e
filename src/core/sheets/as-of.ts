// The workbook's one as-of date. Every state a workbook shows — the plan sheet's colours, the agency sheets' state
// column, the assignments table the summary counts — is a formula over the defined name NgayDoiChieu, so a leader
// who types another date sees every sheet move together, and with the input left empty the name is TODAY() and
// the colours stay right as days pass. The cell lives on a small sheet of its own rather than on the summary or the
// plan sheet: highlighting alone (without a build) needs it, rebuilding the summary must not lose a typed date, and
// the plan sheet is the user's.
import type { CellValue } from "../model/cell-value";
import { formatViDate, isoToExcelSerial, readDateCell, todayIso, type IsoDate } from "../model/dates";
import type { WorkbookGrids } from "../model/grid";
import { gridValue } from "../model/grid";
import { quoteSheetName } from "../model/address";
import { foldKey } from "../text/normalize";
import type { Bilingual } from "../check/finding";
import { STATE_LABEL } from "../track/task-labels";
import { emptySheet, type SheetSpec, type SpecCell } from "./spec";

/** The defined name every formula reads the as-of date from. */
export const AS_OF_NAME = "NgayDoiChieu";
/** The sheet holding the as-of cells. */
export const AS_OF_SHEET = "Ngày đối chiếu";
/** The cell a leader types a fixed date into (empty: today). */
export const AS_OF_INPUT = { row: 3, col: 2, a1: "B3" } as const;
/** The cell the defined name points at: the input, or TODAY() when the input is empty. */
export const AS_OF_CELL = { row: 4, col: 2, a1: "B4" } as const;

/** The formula of the name's cell: the typed date, or today. */
export const AS_OF_FORMULA = `IF(${AS_OF_INPUT.a1}="",TODAY(),${AS_OF_INPUT.a1})`;

/** The defined name of the last day of the as-of date's quarter (what "due this quarter" is measured against). */
export const QUARTER_END_NAME = "NgayCuoiQuy";
/** The cell QUARTER_END_NAME points at, computed from the as-of cell. */
export const QUARTER_END_CELL = { row: 5, col: 2, a1: "B5" } as const;
// Computed once here so that each of thousands of row formulas names one cell instead of repeating the quarter
// arithmetic: the rows' formulas stay short, and so do the requests that write them. Day 1 of the month after the
// quarter, less one day (DATE rolls month 13 over into January of the next year).
const QUARTER_END_FORMULA = `DATE(YEAR(${AS_OF_CELL.a1}),ROUNDUP(MONTH(${AS_OF_CELL.a1})/3,0)*3+1,1)-1`;

/** The defined name of the three deadline-state words (overdue, due this quarter, upcoming), lower case. */
export const STATE_WORDS_NAME = "NhanHan";
/** The cells holding those words, top to bottom: what INDEX(NhanHan, 1, 2 or 3) picks from. */
export const STATE_WORDS_CELLS = { top: 6, bottom: 8, col: 2 } as const;

/** The deadline-state words as the agency sheets print them after a reported status ("… — quá hạn"). */
export function stateWords(): [string, string, string] {
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return [lower(STATE_LABEL.overdue), lower(STATE_LABEL.due), lower(STATE_LABEL.upcoming)];
}

/** What the defined name refers to, for a sheet of this name. */
export function asOfReference(sheet: string = AS_OF_SHEET): string {
  return `${quoteSheetName(sheet)}!$B$${AS_OF_CELL.row}`;
}

/** Every defined name the generated formulas read, with what it refers to on an as-of sheet of this name. */
export function asOfNames(sheet: string = AS_OF_SHEET): { name: string; reference: string }[] {
  return [
    { name: AS_OF_NAME, reference: asOfReference(sheet) },
    { name: QUARTER_END_NAME, reference: `${quoteSheetName(sheet)}!$B$${QUARTER_END_CELL.row}` },
    {
      name: STATE_WORDS_NAME,
      reference: `${quoteSheetName(sheet)}!$B$${STATE_WORDS_CELLS.top}:$B$${STATE_WORDS_CELLS.bottom}`,
    },
  ];
}

/** The last day of the quarter a date falls in, matching the quarter-end cell's formula. */
export function quarterEnd(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const lastMonth = Math.ceil(Number(date.slice(5, 7)) / 3) * 3;
  const day = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The workbook's as-of setting: a fixed date a leader (or `--as-of`) wrote, or today; null when it has no as-of sheet. */
export type WorkbookAsOf = { fixed: IsoDate | null; note: Bilingual | null } | null;

/** Reads the as-of sheet's input cell: a date, empty (today), or something unreadable (today, with a note). */
export function readWorkbookAsOf(workbook: WorkbookGrids): WorkbookAsOf {
  const sheet = workbook.sheets.find((s) => foldKey(s.name) === foldKey(AS_OF_SHEET));
  if (!sheet) return null;
  return readAsOfInput(gridValue(sheet, AS_OF_INPUT.row, AS_OF_INPUT.col));
}

/** Reads a value typed into the as-of input cell. */
export function readAsOfInput(v: CellValue): NonNullable<WorkbookAsOf> {
  const read = readDateCell(v);
  if (read.kind === "date") return { fixed: read.date, note: null };
  if (read.kind === "empty") return { fixed: null, note: null };
  return {
    fixed: null,
    note: {
      vi: `Ô ${AS_OF_INPUT.a1} trang "${AS_OF_SHEET}" ghi "${read.text}", không phải ngày (dd/mm/yyyy): tính theo ngày hôm nay.`,
      en: `Cell ${AS_OF_INPUT.a1} of sheet "${AS_OF_SHEET}" says "${read.text}", not a date (dd/mm/yyyy): today is used.`,
    },
  };
}

/** The date the workbook's states are judged on: the fixed date, else today. */
export function effectiveAsOf(setting: WorkbookAsOf, now: Date): IsoDate {
  return setting?.fixed ?? todayIso(now);
}

/** Describes the as-of sheet: the input (a fixed date, or empty for today) and the cell the name points at. */
export function asOfSheetSpec(fixed: IsoDate | null, today: IsoDate): SheetSpec {
  const spec = emptySheet("as-of", AS_OF_SHEET);
  const used = fixed ?? today;
  spec.rows.push(
    [{ text: "Ngày đối chiếu", style: "title" }],
    [
      {
        text: "Mọi màu hạn chót, tình trạng và số liệu tổng hợp trong sổ này tính đến ngày ở ô B4. Gõ một ngày vào ô B3 để xem tình hình đến ngày đó; để trống ô B3 thì tính theo ngày hôm nay.",
        style: "muted",
      },
    ],
    [
      { text: "Ngày cố định (để trống: hôm nay)", style: "text" },
      fixed ? { date: fixed, style: "date" } : { text: "", style: "date" },
    ],
    [
      { text: "Ngày đối chiếu đang dùng", style: "text" },
      { formula: AS_OF_FORMULA, result: isoToExcelSerial(used), style: "date" },
    ],
    [
      { text: "Ngày cuối quý của ngày đối chiếu", style: "text" },
      { formula: QUARTER_END_FORMULA, result: isoToExcelSerial(quarterEnd(used)), style: "date" },
    ],
    // The agency sheets' state formulas pick their words here, so each of their rows names the words, not spells them.
    ...stateWords().map((word, i): SpecCell[] => [
      { text: i === 0 ? "Tình trạng theo hạn (dùng trong công thức)" : "", style: "muted" },
      { text: word, style: "text" },
    ]),
  );
  spec.rowStyles!.push(null, null, null, null, null, null, null, null);
  spec.merges.push({ top: 2, left: 1, bottom: 2, right: 4 });
  spec.columns = [{ width: 40 }, { width: 18 }, { width: 14 }, { width: 30 }];
  spec.print = { orientation: "portrait", fitToWidth: true, titleRows: null };
  return spec;
}

/** The as-of line of a generated sheet, as a formula over the name (locale-proof: no TEXT format codes). */
export function asOfLineFormula(prefix = "Tình hình đến ngày "): string {
  const n = AS_OF_NAME;
  return `"${prefix}"&RIGHT("0"&DAY(${n}),2)&"/"&RIGHT("0"&MONTH(${n}),2)&"/"&YEAR(${n})`;
}

/** The as-of line's value for a date, matching asOfLineFormula. */
export function asOfLineText(asOf: IsoDate, prefix = "Tình hình đến ngày "): string {
  return `${prefix}${formatViDate(asOf)}`;
}
