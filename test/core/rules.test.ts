import { analyseWorkbook } from "../../src/core/analyse-workbook";
import type { CellValue } from "../../src/core/model/cell-value";
import type { Finding } from "../../src/core/check/finding";
import { matrixPlan, seedWorkbook } from "../helpers/seed";

const asOf = "2024-06-30";

function findings(rows: CellValue[][], opts: Parameters<typeof matrixPlan>[1] = {}): Finding[] {
  return analyseWorkbook(matrixPlan(rows, opts), { asOf })!.findings;
}
const rules = (fs: Finding[]) => fs.map((f) => `${f.rule}@${f.cell}`);

// Rows start at sheet row 6 in matrixPlan: title (3 rows) and a two-row header.
describe("consistency rules on the matrix layout (docs/rules.md)", () => {
  it("lead-missing: no agency is Chủ trì", () => {
    const fs = findings([["1.", "Việc một", "Phối hợp", "Phối hợp", "Phối hợp", "Quý I"]]);
    expect(rules(fs)).toEqual(["lead-missing@C6"]);
    expect(fs[0]).toMatchObject({ severity: "error", task: "1", sheet: "Kế hoạch" });
    expect(fs[0].message.vi).toContain("Nhiệm vụ 1 (Kế hoạch!C6)");
    expect(fs[0].message.en).toContain("Task 1 (Kế hoạch!C6)");
  });

  it("lead-multiple names the agencies and points at the second lead", () => {
    const fs = findings([["1.", "Việc một", "Chủ trì", "Chủ trì", "Phối hợp", "Quý I"]]);
    expect(rules(fs)).toEqual(["lead-multiple@D6"]);
    expect(fs[0].message.vi).toContain("Ban Dân vận Thành ủy, Ban Quản lý Khu kinh tế Hải Phòng");
  });

  it("role-unknown for Chỉ đạo, x and 'Chủ trì, phối hợp' — a finding, not a guess", () => {
    const fs = findings([
      ["1.", "Việc một", "Chủ trì", "Chỉ đạo", "x", "Quý I"],
      ["2.", "Việc hai", "Chủ trì, phối hợp", "Phối hợp", "Chủ trì", "Quý I"],
    ]);
    expect(rules(fs).sort()).toEqual(["role-unknown@C7", "role-unknown@D6", "role-unknown@E6"]);
  });

  it("role-nonstandard offers a safe rewrite of CT / ph / chu tri", () => {
    const fs = findings([
      ["1.", "Việc một", "CT", "ph", " phối  hợp ", "Quý I"],
      ["2.", "Việc hai", "Phối hợp", "chu tri", "PHỐI HỢP", "Quý I"],
    ]);
    const fixes = fs.filter((f) => f.rule === "role-nonstandard").map((f) => f.fix);
    expect(fixes).toEqual([
      { kind: "setCell", sheet: "Kế hoạch", cell: "C6", from: "CT", to: "Chủ trì" },
      { kind: "setCell", sheet: "Kế hoạch", cell: "D6", from: "ph", to: "Phối hợp" },
      { kind: "setCell", sheet: "Kế hoạch", cell: "E6", from: "phối hợp", to: "Phối hợp" },
      { kind: "setCell", sheet: "Kế hoạch", cell: "D7", from: "chu tri", to: "Chủ trì" },
      { kind: "setCell", sheet: "Kế hoạch", cell: "E7", from: "PHỐI HỢP", to: "Phối hợp" },
    ]);
    expect(fs.every((f) => f.severity === "warning")).toBe(true);
  });

  it("time-unknown for unreadable and empty times; time-outside-year for another year", () => {
    const fs = findings([
      ["1.", "Việc một", "Chủ trì", "Phối hợp", "Phối hợp", "sớm nhất có thể"],
      ["2.", "Việc hai", "Chủ trì", "Phối hợp", "Phối hợp", ""],
      ["3.", "Việc ba", "Chủ trì", "Phối hợp", "Phối hợp", "Quý II/2025"],
      ["4.", "Việc bốn", "Chủ trì", "Phối hợp", "Phối hợp", "Thường xuyên"],
    ]);
    expect(rules(fs)).toEqual(["time-unknown@F6", "time-unknown@F7", "time-outside-year@F8"]);
  });

  it("year-unknown when the title has no year; yearless times then have no deadline", () => {
    const a = analyseWorkbook(
      matrixPlan([["1.", "Việc một", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I"]], { year: null }),
      { asOf },
    )!;
    expect(rules(a.findings)).toEqual(["year-unknown@A3"]);
    expect(a.plan.tasks[0].state).toBe("unknown");
    const withYear = analyseWorkbook(
      matrixPlan([["1.", "Việc một", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I"]], { year: null }),
      { asOf, year: 2024 },
    )!;
    expect(withYear.findings).toEqual([]);
    expect(withYear.plan.tasks[0].deadline).toBe("2024-03-31");
  });

  it("number-duplicate, number-missing, content-empty", () => {
    const fs = findings([
      ["1.", "Việc một", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I"],
      ["1", "Việc lặp số", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I"],
      ["", "Việc không số", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I"],
      ["3.", "", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I"],
    ]);
    expect(rules(fs)).toEqual(["number-duplicate@A7", "content-empty@B9", "number-missing@A8"]);
  });

  it("status-unknown, status-date-mismatch and an unreadable completion date", () => {
    const fs = findings(
      [
        ["1.", "Việc một", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I", "Xong rồi", ""],
        ["2.", "Việc hai", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I", "Hoàn thành", ""],
        ["3.", "Việc ba", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I", "Đang thực hiện", "15/03/2024"],
        ["4.", "Việc bốn", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I", "đã hoàn thành", "3/15/2024"],
        ["5.", "Việc năm", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I", "Hoàn thành", "20/03/2024"],
      ],
      { tracking: true },
    );
    expect(rules(fs)).toEqual([
      "status-unknown@G6",
      "status-date-mismatch@H7",
      "status-date-mismatch@G8",
      "date-unknown@H9",
    ]);
  });

  it("agency-unused is an info on the agency's header cell", () => {
    const fs = findings([["1.", "Việc một", "Chủ trì", "Phối hợp", "", "Quý I"]]);
    expect(rules(fs)).toEqual(["agency-unused@E5"]);
    expect(fs[0].severity).toBe("info");
    expect(fs[0].message.vi).toContain("Liên đoàn Lao động thành phố");
    expect(findings([["1.", "Việc một", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I"]])).toEqual([]);
  });

  it("agency-overloaded when one agency leads far more than the others", () => {
    const rows: CellValue[][] = [];
    for (let i = 1; i <= 8; i++) rows.push([`${i}.`, `Việc ${i}`, "Chủ trì", "Phối hợp", "Phối hợp", "Cả năm"]);
    rows.push(
      ["9.", "Việc 9", "Phối hợp", "Chủ trì", "Phối hợp", "Cả năm"],
      ["10.", "Việc 10", "Phối hợp", "Phối hợp", "Chủ trì", "Cả năm"],
    );
    const fs = findings(rows);
    expect(rules(fs)).toEqual(["agency-overloaded@C6"]);
    expect(fs[0].message.en).toContain(
      "Ban Dân vận Thành ủy leads 8 tasks, 8.0 times the average of the other agencies (1.0)",
    );
    // Each language's decimal mark: a comma in Vietnamese.
    expect(fs[0].message.vi).toContain("gấp 8,0 lần trung bình của các cơ quan khác (1,0)");
    expect(analyseWorkbook(matrixPlan(rows), { asOf, check: { overloadRatio: 10 } })!.findings).toEqual([]);
  });

  it("the seed plan raises nothing, not even an overload info (9 vs 6 and 5 leads)", () => {
    expect(analyseWorkbook(seedWorkbook(), { asOf })!.findings).toEqual([]);
  });
});
