// Problems a coordinator flags that are about the plan as a whole document: deadlines before the plan was signed,
// a task written twice, progress written where the deadline belongs. Variants not in the real-plan corpus.
import fc from "fast-check";
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import type { CellValue } from "../../src/core/model/cell-value";
import { matrixPlan } from "../helpers/seed";

const asOf = "2025-06-30";
const LEAD = ["Chủ trì", "Phối hợp", "Phối hợp"];

function findings(rows: CellValue[][], dateLine: string | null = "Hải Phòng, ngày 15 tháng 3 năm 2025") {
  const values: CellValue[][] = [
    ["KẾ HOẠCH triển khai công tác cải cách hành chính năm 2025"],
    [dateLine],
    [],
    ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"],
    ...rows,
  ];
  return analyseWorkbook({ sheets: [{ name: "KH", values }] }, { asOf })!.findings;
}
const rule = (id: string, list: ReturnType<typeof findings>) => list.filter((f) => f.rule === id);

describe("deadline-before-plan", () => {
  test("a deadline before the plan's own date is flagged on its task; later ones are not", () => {
    const f = rule(
      "deadline-before-plan",
      findings([
        ["1", "Rà soát thủ tục", "Sở Nội vụ", "", "Tháng 2/2025"],
        ["2", "Công bố thủ tục", "Sở Nội vụ", "", "Quý III/2025"],
        ["3", "Báo cáo kết quả", "Sở Nội vụ", "", "15/12/2025"],
      ]),
    );
    expect(f.map((x) => [x.task, x.cell])).toEqual([["1", "E5"]]);
    expect(f[0].message.vi).toContain("28/02/2025");
    expect(f[0].message.en).toContain("15/03/2025");
  });

  test("when most deadlines precede the plan's date, one finding asks whether the table lists work already due", () => {
    const f = rule(
      "deadline-before-plan",
      findings([
        ["1", "Rà soát thủ tục", "Sở Nội vụ", "", "Tháng 1/2025"],
        ["2", "Công bố thủ tục", "Sở Nội vụ", "", "10/02/2025"],
        ["3", "Báo cáo kết quả", "Sở Nội vụ", "", "Quý IV/2025"],
      ]),
    );
    expect(f).toHaveLength(1);
    expect(f[0].task).toBeNull();
    expect(f[0].message.en).toMatch(/2 of 3 deadlines/);
  });

  test("without a date line nothing is judged", () => {
    expect(rule("deadline-before-plan", findings([["1", "Rà soát", "Sở Nội vụ", "", "Tháng 1/2025"]], null))).toEqual(
      [],
    );
  });
});

describe("task-duplicate", () => {
  const base = "Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác một cửa tại các xã, phường";
  const plan = (a: string, b: string, leads = ["Sở Nội vụ", "Sở Nội vụ"]) =>
    findings([
      ["1", a, leads[0], "", "Quý II/2025"],
      ["2", b, leads[1], "", "Quý III/2025"],
    ]);

  test("the same task written again with case, tone placement, spacing and trailing marks changed is flagged once, on the later row", () => {
    const respell = fc.record({
      upper: fc.boolean(),
      oldTones: fc.boolean(),
      spaces: fc.boolean(),
      stop: fc.constantFrom("", ".", ";"),
    });
    fc.assert(
      fc.property(respell, ({ upper, oldTones, spaces, stop }) => {
        let b = base;
        if (upper) b = b.toUpperCase();
        if (oldTones) b = b.replace("hóa", "hoá");
        if (spaces) b = b.replaceAll(" ", "  ");
        const f = rule("task-duplicate", plan(base, b + stop));
        return f.length === 1 && f[0].task === "2" && f[0].message.vi.includes("nhiệm vụ 1");
      }),
      { numRuns: 40 },
    );
  });

  test("different work, a different lead, or too short a content to tell is not a duplicate", () => {
    expect(
      rule("task-duplicate", plan(base, "Kiểm tra việc giải quyết thủ tục hành chính tại bộ phận một cửa cấp xã")),
    ).toEqual([]);
    expect(rule("task-duplicate", plan(base, base, ["Sở Nội vụ", "Sở Tư pháp"]))).toEqual([]);
    expect(rule("task-duplicate", plan("Họp giao ban", "Họp giao ban"))).toEqual([]);
  });
});

describe("status-in-time-column", () => {
  test.each(["Đã hoàn thành", "đã hoàn thành.", "ĐÃ HOÀN THÀNH"])(
    "%s in the time column is read as done and flagged",
    (time) => {
      const analysis = analyseWorkbook(matrixPlan([["1.", "Sơ kết", ...LEAD, time]]), { asOf: "2024-06-30" })!;
      expect(analysis.plan.tasks[0].state).toBe("done");
      expect(analysis.findings.filter((f) => f.rule === "status-in-time-column").map((f) => f.task)).toEqual(["1"]);
    },
  );
});
