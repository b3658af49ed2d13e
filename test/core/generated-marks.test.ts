import {
  isMarkSheet,
  markSheetCells,
  MARK_SHEET,
  parseMarkRows,
  sameMarkRows,
  sheetMarks,
  type MarkRow,
} from "../../src/core/sheets/generated-marks";

const row = (name: string, key: string, id: string | null = null): MarkRow => ({ name, key, id });

describe("parseMarkRows", () => {
  it("reads name, key and optional id; skips rows without a name and a key", () => {
    const rows = parseMarkRows([
      ["Sở Tài chính", "agency:Sở Tài chính", ""],
      ["Tổng hợp", "summary", "{A1-B2}"],
      [2024, "agency:2024"],
      ["Chỉ tên", null],
      [null, "summary"],
      [],
      ["  ", "summary"],
    ]);
    expect(rows).toEqual([
      row("Sở Tài chính", "agency:Sở Tài chính"),
      row("Tổng hợp", "summary", "{A1-B2}"),
      row("2024", "agency:2024"),
    ]);
  });

  it("writes what it reads: three text columns, the id empty when there is none", () => {
    const rows = [row("Phân công", "assignments"), row("Tổng hợp", "summary", "{7}")];
    expect(markSheetCells(rows)).toEqual([
      ["Phân công", "assignments", ""],
      ["Tổng hợp", "summary", "{7}"],
    ]);
    expect(parseMarkRows(markSheetCells(rows))).toEqual(rows);
    expect(sameMarkRows(parseMarkRows(markSheetCells(rows)), rows)).toBe(true);
    expect(sameMarkRows(rows, [rows[0], row("Tổng hợp", "summary")])).toBe(false);
  });
});

describe("sheetMarks", () => {
  it("marks a sheet a row names, only when that sheet exists, and never by a name that merely looks generated", () => {
    const sheets = [{ name: "Kế hoạch" }, { name: "Tổng hợp" }, { name: "Tổng hợp (2)" }, { name: "Sở Tài chính" }];
    const rows = [
      row("Tổng hợp (2)", "summary"),
      row("Phân công", "assignments"),
      row("sở tài chính", "agency:Sở Tài chính"),
    ];
    expect(sheetMarks(sheets, rows)).toEqual([null, null, "summary", null]);
  });

  it("a sheet's own mark (custom property, settings list) wins over the rows", () => {
    const sheets = [
      { name: "Đã đổi tên", id: "{1}", ownMark: "agency:Sở Nội vụ" },
      { name: "Tổng hợp", id: "{2}", ownMark: null },
    ];
    expect(sheetMarks(sheets, [row("Đã đổi tên", "summary"), row("Tổng hợp", "summary")])).toEqual([
      "agency:Sở Nội vụ",
      "summary",
    ]);
  });

  it("a row with an id follows that sheet where ids are known: a new sheet under the old name stays the user's", () => {
    const rows = [row("Sở Tài chính", "agency:Sở Tài chính", "{1}"), row("Sở Nội vụ", "agency:Sở Nội vụ", "{2}")];
    const inExcel = [
      { name: "Sở Tài chính", id: "{9}" },
      { name: "Nội vụ (đổi tên)", id: "{2}" },
    ];
    expect(sheetMarks(inExcel, rows)).toEqual([null, "agency:Sở Nội vụ"]);
    // exceljs knows no sheet ids: there the rows go by name.
    expect(sheetMarks([{ name: "Sở Tài chính" }, { name: "Sở Nội vụ" }], rows)).toEqual([
      "agency:Sở Tài chính",
      "agency:Sở Nội vụ",
    ]);
  });
});

describe("isMarkSheet", () => {
  it("is the hidden sheet of that exact name; a visible one is the user's", () => {
    expect(isMarkSheet(MARK_SHEET, true)).toBe(true);
    expect(isMarkSheet(MARK_SHEET, false)).toBe(false);
    expect(isMarkSheet("_KEHOACH", true)).toBe(false);
  });
});
