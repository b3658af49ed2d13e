// The rule catalog is the one list of rules: each entry has its titles, every entry can fire on a plan written to
// show it, and docs/rules.md describes exactly the catalog's rules. (The pane's headings: test/taskpane/rule-titles.)
import { readFileSync } from "fs";
import { join } from "path";
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import { RULES, ruleOf, ruleTitle, type RuleId } from "../../src/core/check/catalog";
import type { CellValue } from "../../src/core/model/cell-value";
import type { WorkbookGrids } from "../../src/core/model/grid";
import { encodeLegacyText } from "../../src/core/text/legacy-encoding";
import { matrixPlan, SEED_AGENCIES } from "../helpers/seed";

const asOf = "2024-06-30";
const ids = RULES.map((r) => r.id);

// A plan with lead and coordinator columns, as in the columns-layout tests (rows start at sheet row 5).
const columnsPlan = (rows: CellValue[][], extra: WorkbookGrids["sheets"] = []): WorkbookGrids => ({
  sheets: [
    {
      name: "Nhiệm vụ",
      values: [
        ["KẾ HOẠCH"],
        ["thực hiện chương trình chuyển đổi số năm 2025"],
        [],
        ["TT", "Tên nhiệm vụ", "Cơ quan/Đơn vị chủ trì", "Cơ quan/Đơn vị phối hợp", "Sản phẩm", "Thời hạn"],
        ...rows,
      ],
    },
    ...extra,
  ],
});

// A registry sheet as the import writes it: a title, then a header row starting "Tên cơ quan", then one agency a row.
const registrySheet = (names: string[]) => ({
  name: "Danh mục cơ quan",
  values: [
    ["Danh mục cơ quan"],
    [],
    ["Tên cơ quan", "Tên viết tắt", "Tên khác", "Nhóm cơ quan"],
    ...names.map((n) => [n]),
  ],
});

const task = (n: string, roles: CellValue[], time = "Quý I"): CellValue[] => [n, `Việc ${n}`, ...roles, time];
const LEAD = ["Chủ trì", "Phối hợp", "Phối hợp"];

/** One plan per rule, written to raise it. */
const FIXTURES: Record<RuleId, () => WorkbookGrids> = {
  "lead-missing": () => matrixPlan([task("1.", ["Phối hợp", "Phối hợp", "Phối hợp"])]),
  "lead-multiple": () => matrixPlan([task("1.", ["Chủ trì", "Chủ trì", "Phối hợp"])]),
  "lead-group": () => columnsPlan([["1", "Việc một", "Các bộ, ngành, địa phương", "Bộ Công an", "", "Thường xuyên"]]),
  "lead-also-coordinator": () =>
    columnsPlan([["1", "Việc một", "Bộ Công an", "Bộ Tài chính; Bộ Công an", "", "6/2025"]]),
  "role-unknown": () => matrixPlan([task("1.", ["Chủ trì", "Chỉ đạo", "Phối hợp"])]),
  "role-nonstandard": () => matrixPlan([task("1.", ["CT", "Phối hợp", "Phối hợp"])]),
  "year-unknown": () => matrixPlan([task("1.", LEAD)], { year: null }),
  "time-unknown": () => matrixPlan([task("1.", LEAD, "sớm nhất có thể")]),
  "time-outside-year": () => matrixPlan([task("1.", LEAD, "Quý II/2025")]),
  "deadline-before-plan": () => ({
    sheets: [
      {
        name: "Nhiệm vụ",
        values: [
          ["KẾ HOẠCH thực hiện chương trình chuyển đổi số năm 2025"],
          ["Hải Phòng, ngày 15 tháng 3 năm 2025"],
          [],
          ["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
          ["1", "Việc một", "Sở Tài chính", "", "Tháng 1/2025"],
          ["2", "Việc hai", "Sở Tài chính", "", "Quý IV/2025"],
          ["3", "Việc ba", "Sở Tài chính", "", "12/2025"],
        ],
      },
    ],
  }),
  "status-in-time-column": () => matrixPlan([task("1.", LEAD, "Đã hoàn thành")]),
  "task-duplicate": () =>
    matrixPlan([
      ["1.", "Tổ chức hội nghị sơ kết công tác phối hợp giữa ba cơ quan tại Hải Phòng", ...LEAD, "Quý II"],
      ["2.", "Tổ chức hội nghị sơ kết công tác phối hợp giữa ba cơ quan tại TP. Hải Phòng.", ...LEAD, "Quý II"],
    ]),
  "cell-too-long": () => matrixPlan([["1.", `Việc ${"rất dài ".repeat(5000)}`, ...LEAD, "Quý I"]]),
  "number-missing": () => matrixPlan([task("1.", LEAD), task("", LEAD)]),
  "number-duplicate": () => matrixPlan([task("1.", LEAD), task("1", LEAD)]),
  "content-empty": () => matrixPlan([["1.", "", ...LEAD, "Quý I"]]),
  "status-unknown": () => matrixPlan([[...task("1.", LEAD), "Xong rồi", ""]], { tracking: true }),
  "date-unknown": () => matrixPlan([[...task("1.", LEAD), "Hoàn thành", "3/15/2024"]], { tracking: true }),
  "status-date-mismatch": () => matrixPlan([[...task("1.", LEAD), "Hoàn thành", ""]], { tracking: true }),
  "agency-unused": () => matrixPlan([task("1.", ["Chủ trì", "Phối hợp", ""])]),
  "agency-overloaded": () =>
    matrixPlan([
      ...["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."].map((n) => task(n, LEAD)),
      task("9.", ["Phối hợp", "Chủ trì", "Phối hợp"]),
      task("10.", ["Phối hợp", "Phối hợp", "Chủ trì"]),
    ]),
  "agency-alias": () =>
    columnsPlan([
      ["1", "Việc một", "Bộ Công an", "Bộ Tài chính", "", "6/2025"],
      ["2", "Việc hai", "Bộ Công An", "Bộ Tài chính", "", "6/2025"],
    ]),
  "agency-separator-missing": () =>
    columnsPlan([["1", "Việc một", "Sở Tài chính", "Sở Công Thương Sở Khoa học và Công nghệ", "", "6/2025"]]),
  "agency-unknown": () =>
    columnsPlan(
      [["1", "Việc một", "Sở Tài chính", "Sở Giáo dục và Đào tạo", "", "6/2025"]],
      [registrySheet(["Sở Tài chính"])],
    ),
  "agency-no-column": () => ({
    sheets: [...matrixPlan([task("1.", LEAD)]).sheets, registrySheet([...SEED_AGENCIES, "Sở Nội vụ"])],
  }),
  "text-legacy-encoding": () =>
    matrixPlan([["1.", encodeLegacyText("Tuyên truyền phổ biến pháp luật", "tcvn3"), ...LEAD, "Quý I"]]),
};

describe("the rule catalog", () => {
  it("lists each rule once, with a Vietnamese and an English title", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(ruleOf(rule.id)).toBe(rule);
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)+$/);
      expect(["error", "warning", "info"]).toContain(rule.severity);
      expect(rule.title.vi.trim()).not.toBe("");
      expect(rule.title.en.trim()).not.toBe("");
      expect(rule.title.vi).not.toBe(rule.title.en);
    }
    expect(ruleTitle("text-legacy-encoding")).toEqual({
      vi: "Chữ theo bảng mã cũ (TCVN3/VNI)",
      en: "Text in a legacy encoding (TCVN3/VNI)",
    });
  });

  it("has a plan that raises each rule, each finding's message saying where it is in both languages", () => {
    expect(Object.keys(FIXTURES).sort()).toEqual([...ids].sort());
    for (const rule of RULES) {
      const findings = analyseWorkbook(FIXTURES[rule.id](), { asOf })!.findings;
      const raised = findings.filter((f) => f.rule === rule.id);
      expect([rule.id, raised.length > 0]).toEqual([rule.id, true]);
      for (const f of raised) {
        const where = `${f.sheet}!${f.cell}`;
        expect([rule.id, f.message.vi.includes(where), f.message.en.includes(where)]).toEqual([rule.id, true, true]);
      }
    }
  });
});

describe("docs/rules.md", () => {
  const doc = readFileSync(join(__dirname, "..", "..", "docs", "rules.md"), "utf8");
  // Rows of the rule table: | `id` | severity | when it fires | fix offered |, padded or not.
  const rows = [...doc.matchAll(/^\|\s*`([a-z-]+)`\s*\|\s*(\w+)\s*\|/gm)].map((m) => ({ id: m[1], severity: m[2] }));

  it("describes exactly the catalog's rules, in the catalog's order and at their severities", () => {
    expect(rows).toEqual(RULES.map((r) => ({ id: r.id, severity: r.severity })));
  });
});
