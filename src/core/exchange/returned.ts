// Reading a returned workbook: its hidden record (which plan, which agency, what was sent) and its report rows, found
// by the header's words so a file re-saved by another program, or with its rows sorted, still reads.
import type { Bilingual } from "../check/finding";
import type { CellValue } from "../model/cell-value";
import { gridBounds, gridValue, type SheetGrid, type WorkbookGrids } from "../model/grid";
import { cellText, foldKey } from "../text/normalize";
import { COL, REPORT_COLUMNS } from "./agency-workbook";
import { parseRecord, SPLIT_RECORD_SHEET, type SplitRecord } from "./fingerprint";

/** One row of a returned report: its key and the cells as the agency left them. */
export interface ReturnedRow {
  key: string;
  /** Sheet row, to name the place of a problem. */
  row: number;
  locked: CellValue[];
  status: CellValue;
  completedOn: CellValue;
  note: CellValue;
  proposed: CellValue;
  reason: CellValue;
}

/** A returned workbook read: its file name, what it records, its rows. */
export interface ReturnedFile {
  file: string;
  sheet: string;
  record: SplitRecord;
  rows: ReturnedRow[];
}

/** A returned workbook, or why it cannot be taken. */
export type ReadReturned = { ok: true; returned: ReturnedFile } | { ok: false; file: string; message: Bilingual };

/** Reads a returned workbook's record and report rows; a file that is not a split workbook gets a sentence why. */
export function readReturned(file: string, grids: WorkbookGrids): ReadReturned {
  const recordGrid = grids.sheets.find((s) => s.name === SPLIT_RECORD_SHEET);
  if (!recordGrid)
    return {
      ok: false,
      file,
      message: {
        vi: `${file}: không phải tệp báo cáo do "kehoach split" tạo (không có phần nhận dạng ẩn) — có thể đã sao chép sang sổ khác. Hãy dùng đúng tệp đã gửi.`,
        en: `${file}: not a report file made by "kehoach split" (its hidden identification is missing) — perhaps copied into another workbook. Use the file that was sent.`,
      },
    };
  const record = parseRecord(recordGrid.values);
  if (!record)
    return {
      ok: false,
      file,
      message: {
        vi: `${file}: phần nhận dạng ẩn của tệp đã bị sửa, không đọc được. Hãy dùng đúng tệp đã gửi.`,
        en: `${file}: the file's hidden identification was altered and cannot be read. Use the file that was sent.`,
      },
    };
  const found = grids.sheets.map((g) => ({ g, header: headerRow(g) })).find((x) => x.header !== null);
  if (!found || found.header === null)
    return {
      ok: false,
      file,
      message: {
        vi: `${file} (${record.agency}): không tìm thấy bảng báo cáo (dòng tiêu đề "${REPORT_COLUMNS.join(" | ")}").`,
        en: `${file} (${record.agency}): the report table (header "${REPORT_COLUMNS.join(" | ")}") is not there.`,
      },
    };
  const { g, header } = found;
  const rows: ReturnedRow[] = [];
  const bottom = gridBounds(g).bottom;
  for (let r = header + 1; r <= bottom; r++) {
    const at = (c: number) => gridValue(g, r, c);
    const cells = REPORT_COLUMNS.map((_, i) => at(i + 1));
    if (cells.every((v) => cellText(v) === "")) continue;
    rows.push({
      key: cellText(at(COL.key)),
      row: r,
      locked: [COL.key, COL.content, COL.role, COL.time, COL.deadline].map(at),
      status: at(COL.status),
      completedOn: at(COL.completedOn),
      note: at(COL.note),
      proposed: at(COL.proposed),
      reason: at(COL.reason),
    });
  }
  return { ok: true, returned: { file, sheet: g.name, record, rows } };
}

// The row whose cells read as the report's column titles.
function headerRow(g: SheetGrid): number | null {
  const b = gridBounds(g);
  const want = REPORT_COLUMNS.map(foldKey);
  for (let r = b.top; r <= Math.min(b.bottom, b.top + 60); r++)
    if (want.every((w, i) => foldKey(cellText(gridValue(g, r, i + 1))) === w)) return r;
  return null;
}
