import { cellEdits } from "../../src/core/check/cell-edits";
import { isoToExcelSerial } from "../../src/core/model/dates";
import { finding } from "../../src/core/check/catalog";
import type { Finding } from "../../src/core/check/finding";
import { emptySheet } from "../../src/core/sheets/spec";
import { formatPlan, textColumns } from "../../src/excel/format-areas";
import { specInput, typedText } from "../../src/excel/typed-text";

describe("typedText: what to write so Excel keeps text as text", () => {
  test.each([
    ["Xây dựng kế hoạch", "Xây dựng kế hoạch"],
    ["=SUM(1,2)", "'=SUM(1,2)"],
    ["+ Phối hợp", "'+ Phối hợp"],
    ["-Tổ chức", "'-Tổ chức"],
    ["@Chủ trì", "'@Chủ trì"],
    ["6/2025", "'6/2025"],
    ["01", "'01"],
    ["1a", "'1a"],
    ["TRUE", "'TRUE"],
    ["Jun 2025", "'Jun 2025"],
    ["'trích dẫn'", "''trích dẫn'"],
    ["Quý I", "Quý I"],
  ])("%s → %s", (text, written) => expect(typedText(text)).toBe(written));

  test('spec cells: dates become serials, formulas get =, empty text is left alone, "@" columns take text as it is', () => {
    expect(specInput({ date: "2024-06-30" }, false)).toBe(isoToExcelSerial("2024-06-30"));
    expect(specInput({ formula: "SUM(A1:A2)", result: 3 }, false)).toBe("=SUM(A1:A2)");
    expect(specInput({ text: "" }, false)).toBeNull();
    expect(specInput({ text: "=x" }, true)).toBe("=x");
    expect(specInput(7, false)).toBe(7);
  });
});

describe("cellEdits: accepted fixes become one edit per cell", () => {
  const fix = (cell: string, from: string, to: string): Finding =>
    finding(
      "agency-alias",
      { sheet: "KH", cell, task: "1" },
      { vi: "", en: "" },
      { kind: "setCell", sheet: "KH", cell, from, to },
    );

  test("two respellings inside one cell are both applied", () => {
    const from = "Bộ Công An; Bộ Khoa Học và Công Nghệ";
    const { edits, clashing } = cellEdits([
      fix("D4", from, "Bộ Công an; Bộ Khoa Học và Công Nghệ"),
      fix("D4", from, "Bộ Công An; Bộ Khoa học và Công nghệ"),
    ]);
    expect(clashing).toEqual([]);
    expect(edits).toEqual([expect.objectContaining({ cell: "D4", from, to: "Bộ Công an; Bộ Khoa học và Công nghệ" })]);
  });

  test("fixes that rewrite the same part differently clash: the first wins", () => {
    const a = fix("C4", "chu tri", "Chủ trì");
    const b = fix("C4", "chu tri", "Phối hợp");
    const { edits, clashing } = cellEdits([a, b]);
    expect(edits.map((e) => e.to)).toEqual(["Chủ trì"]);
    expect(clashing).toEqual([b]);
  });

  test("the same fix twice is one edit; findings without a cell fix are not edits", () => {
    const a = fix("C4", "ct", "Chủ trì");
    const other = finding("lead-missing", { sheet: "KH", cell: "B4", task: "1" }, { vi: "", en: "" });
    expect(cellEdits([a, a, other]).edits).toEqual([expect.objectContaining({ cell: "C4", to: "Chủ trì" })]);
  });
});

describe("formatPlan: formats as few operations as possible", () => {
  const spec = emptySheet("t", "T");
  spec.rows.push([{ text: "Tiêu đề", style: "title" }]);
  for (let i = 0; i < 30; i++)
    spec.rows.push([
      { text: `${i}`, style: "center" },
      { text: "x", style: i % 2 ? "overdue" : "done" },
    ]);

  test("rows of one style are one rectangle per property; a colour that changes every row goes cell by cell", () => {
    const plan = formatPlan(spec, { numberFormat: true, others: true });
    expect(plan.areas.filter((a) => a.key === "border")).toEqual([
      { key: "border", value: true, area: { top: 2, left: 1, bottom: 31, right: 2 } },
    ]);
    expect(plan.areas.some((a) => a.key === "fill")).toBe(false);
    expect(plan.columns).toEqual([expect.objectContaining({ col: 2, top: 2 })]);
    expect(plan.columns[0].cells.slice(0, 2)).toEqual([
      { fill: "#D1E7DD", color: "#0F5132" },
      { fill: "#F8D7DA", color: "#842029", bold: true },
    ]);
  });

  test("without per-cell properties (ExcelApi < 1.9) the same formats come as one rectangle per run", () => {
    const plan = formatPlan(spec, { numberFormat: true, others: false });
    expect(plan.columns).toEqual([]);
    expect(plan.areas.filter((a) => a.key === "fill")).toHaveLength(30);
  });

  test('text-only table columns are found, so they can be formatted "@" before values are written', () => {
    const t = emptySheet("t", "T");
    t.rows.push(
      [{ text: "Stt" }, { text: "Hạn" }],
      [{ text: "1" }, { date: "2024-03-31" }],
      [{ text: "2" }, { text: "" }],
    );
    t.tables.push({ name: "B", top: 1, left: 1, bottom: 3, right: 2 });
    expect(textColumns(t)).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
  });
});
