import { analyseWorkbook } from "../../src/core/analyse-workbook";
import type { CellValue } from "../../src/core/model/cell-value";
import { encodeLegacyText } from "../../src/core/text/legacy-encoding";
import { quarterReport } from "../../src/core/track/quarter-report";
import { quarterReportSpec } from "../../src/core/sheets/quarter-report-sheet";
import { rowHeights, type SpecCell } from "../../src/core/sheets/spec";
import { matrixPlan, SEED_TEXT, planOf } from "../helpers/seed";
import { parsePastedText, pastedGrid } from "../../src/core/read/import-text";

// The seed plan with progress reported by the agencies after quarter II.
function seedWithStatuses(): ReturnType<typeof planOf> {
  const grid = pastedGrid(parsePastedText(SEED_TEXT), "Kế hoạch");
  const header = grid.values.findIndex((r) => r[0] === "Stt");
  grid.values[header].push("Trạng thái", "Ngày hoàn thành");
  const progress: Record<string, [string, string]> = {
    "1.": ["Hoàn thành", "15/03/2024"], // Q1, on time
    "2.": ["Hoàn thành", "10/04/2024"], // Q1, late
    "4.": ["Hoàn thành", "28/06/2024"], // Q2, on time
    "5.": ["Đang thực hiện", ""], // Q2, open on 30/6, overdue after
    "6.": ["Hoàn thành", "02/07/2024"], // Q2, late
    "7.": ["Đang thực hiện", ""], // Quý II, III → Q3
  };
  for (const row of grid.values) {
    const p = progress[String(row[0])];
    if (p) row.push(...(p as CellValue[]));
  }
  return planOf({ sheets: [grid] }, { asOf: "2024-07-15" });
}

describe("the quarter report (2×2 of Vietnamese task tracking)", () => {
  const plan = seedWithStatuses()!;

  it("counts quarter II per lead agency: due, done on time, done late, open, overdue", () => {
    const r = quarterReport(plan, 2, 2024, "2024-07-15");
    expect(r.agencies).toEqual([
      { name: "Ban Dân vận Thành ủy", due: 1, done: 1, doneLate: 0, open: 0, overdue: 0 },
      { name: "Ban Quản lý Khu kinh tế Hải Phòng", due: 0, done: 0, doneLate: 0, open: 0, overdue: 0 },
      { name: "Liên đoàn Lao động thành phố", due: 2, done: 0, doneLate: 1, open: 0, overdue: 1 },
    ]);
    for (const a of r.agencies) expect(a.due).toBe(a.done + a.doneLate + a.open + a.overdue);
  });

  it("agrees with the core's deadline states task by task", () => {
    const r = quarterReport(plan, 2, 2024, "2024-07-15");
    const q2 = plan.tasks.filter((t) => t.deadline === "2024-06-30");
    const lateOrOnTime = q2.filter((t) => t.state === "done");
    expect(r.agencies.reduce((s, a) => s + a.done + a.doneLate, 0)).toBe(lateOrOnTime.length);
    expect(r.agencies.reduce((s, a) => s + a.doneLate, 0)).toBe(
      lateOrOnTime.filter((t) => t.punctuality === "late").length,
    );
    expect(r.agencies.reduce((s, a) => s + a.overdue, 0)).toBe(q2.filter((t) => t.state === "overdue").length);
  });

  it("lists the backlog: every task not done whose deadline passed by the as-of date, earlier quarters included", () => {
    const r = quarterReport(plan, 2, 2024, "2024-07-15");
    expect(r.overdueTasks.map((t) => [t.number, t.deadline, t.lead])).toEqual([
      ["3", "2024-03-31", "Liên đoàn Lao động thành phố"],
      ["5", "2024-06-30", "Liên đoàn Lao động thành phố"],
    ]);
    // As of the quarter's last day nothing of quarter II is overdue yet.
    const onTheDay = quarterReport(plan, 2, 2024, "2024-06-30");
    expect(onTheDay.overdueTasks.map((t) => t.number)).toEqual(["3"]);
    expect(onTheDay.agencies[2]).toMatchObject({ open: 1, overdue: 0 });
  });

  it("is described as a printable sheet: A4 landscape, fit to width, the backlog's header repeated on every page", () => {
    const spec = quarterReportSpec(quarterReport(plan, 2, 2024, "2024-07-15"), plan.title);
    expect(spec.print).toEqual({ orientation: "landscape", fitToWidth: true, titleRows: [12, 12] });
    expect(spec.rows[11].map(textOf)).toEqual(["Nhiệm vụ số", "Nội dung", "", "", "Cơ quan chủ trì", "", "Hạn chót"]);
    const texts = spec.rows.flat().map(textOf);
    expect(texts[0]).toBe("Báo cáo quý II/2024 — tình hình đến ngày 15/07/2024");
    expect(texts).toContain("2. Nhiệm vụ quá hạn chưa hoàn thành (2), kể cả từ các quý trước");
  });

  it("repeats the count table's header instead when nothing is overdue", () => {
    const q1 = quarterReportSpec(quarterReport(plan, 1, 2024, "2024-03-31"), plan.title);
    expect(q1.rows.flat().map(textOf)).toContain("Không có nhiệm vụ quá hạn.");
    expect(q1.print.titleRows).toEqual([5, 5]);
  });

  it("labels the total row across the Stt and agency columns (A:B), the label in A where a merge shows it", () => {
    const spec = quarterReportSpec(quarterReport(plan, 2, 2024, "2024-07-15"), plan.title);
    const totalRow = spec.rows.findIndex((r) => r.some((c) => textOf(c) === "Tổng cộng")) + 1;
    expect(totalRow).toBe(9);
    expect(spec.rows[totalRow - 1].slice(0, 3)).toEqual([
      { text: "Tổng cộng", style: "total" },
      { text: "", style: "total" },
      { number: 3, style: "total" },
    ]);
    expect(spec.merges.filter((m) => m.top === totalRow)).toEqual([{ top: 9, left: 1, bottom: 9, right: 2 }]);
  });

  it("sizes backlog rows to their text wrapped across B–D, 14.25 pt a line of 11-pt Times New Roman", () => {
    const spec = quarterReportSpec(quarterReport(plan, 2, 2024, "2024-07-15"), plan.title);
    const heights = rowHeights(spec);
    // Task 3 (257 characters) wraps to 3 lines across B–D (68 width units), task 5 (136) to 2; in column B alone
    // (42 units) they would take 5 and 3. The lead's name fits in E–F on one line.
    expect(spec.rows.slice(12).map((r) => [textOf(r[0]), textOf(r[1]).length, textOf(r[4])])).toEqual([
      ["3", 257, "Liên đoàn Lao động thành phố"],
      ["5", 136, "Liên đoàn Lao động thành phố"],
    ]);
    expect(heights.slice(12)).toEqual([3 * 14.25, 2 * 14.25]);
    // One-line rows keep the sheet's default height.
    expect(heights.slice(5, 9)).toEqual([null, null, null, null]);
  });
});

function textOf(c: SpecCell): string {
  return c !== null && typeof c === "object" && "text" in c ? c.text : "";
}

describe("text typed with the legacy TCVN3 / VNI fonts", () => {
  it("is reported on each affected cell with the Unicode text as a fix", () => {
    const tcvn = (s: string) => encodeLegacyText(s, "tcvn3");
    const vni = (s: string) => encodeLegacyText(s, "vni");
    const a = analyseWorkbook(
      matrixPlan([
        ["1.", tcvn("Xây dựng kế hoạch phối hợp năm 2024"), tcvn("Chủ trì"), "Phối hợp", "Phối hợp", "Quý I"],
        ["2.", vni("Tổ chức hội nghị đối thoại"), "Phối hợp", vni("Chủ trì"), "Phối hợp", "Quý II"],
      ]),
      { asOf: "2024-06-30" },
    )!;
    const legacy = a.findings.filter((f) => f.rule === "text-legacy-encoding");
    expect(legacy.map((f) => [f.cell, f.fix && "to" in f.fix ? f.fix.to : null])).toEqual([
      ["B6", "Xây dựng kế hoạch phối hợp năm 2024"],
      ["C6", "Chủ trì"],
      ["B7", "Tổ chức hội nghị đối thoại"],
      ["D7", "Chủ trì"],
    ]);
    expect(legacy[0].message.vi).toContain("TCVN3");
    expect(legacy[2].message.en).toContain("VNI");
    // Until converted, the role cells are not roles.
    expect(a.findings.filter((f) => f.rule === "role-unknown").map((f) => f.cell)).toEqual(["C6", "D7"]);
  });
});
