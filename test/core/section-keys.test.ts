// Task keys: numbering restarts in each section, so a task is its section label plus its number. Section rows are
// found by their label in the number cell or at the start of the content ("I. Kinh tế số"), or by an upper-case
// title; an item spanning several rows (its STT merged down) gives its further rows "-2", "-3".
import fc from "fast-check";
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import type { CellValue } from "../../src/core/model/cell-value";
import type { SheetGrid } from "../../src/core/model/grid";
import { sectionLabel } from "../../src/core/read/number-cell";
import { planOf } from "../helpers/seed";

const AS_OF = "2026-06-30";
const HEADER = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

const plan = (rows: CellValue[][], merges: SheetGrid["merges"] = []) =>
  planOf({ sheets: [{ name: "KH", values: [["KẾ HOẠCH NĂM 2026"], HEADER, ...rows], merges }] }, { asOf: AS_OF })!;

describe("section labels", () => {
  test.each([
    ["I.", "I"],
    ["IV", "IV"],
    ["ii)", "II"],
    ["B.", "B"],
    ["C", "C"],
    ["Phần II", "II"],
    ["PHẦN 3", "3"],
    ["Mục IV. Kiểm tra", "IV"],
    ["III. CÔNG TÁC TUYÊN TRUYỀN", "III"],
    ["II CÔNG TÁC KIỂM TRA", "II"],
    ["vi phạm hành chính", null],
    ["A lot of text", null],
    ["Phân công nhiệm vụ", null],
    ["Tổ chức hội nghị", null],
  ])("%s → %s", (text, label) => {
    expect(sectionLabel(text)).toBe(label);
  });
});

describe("task keys", () => {
  test("numbering restarting in sections of any label style gives keys label.number, and no duplicate finding", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom("roman", "letter", "part", "inContent"),
        fc.boolean(),
        (sizes, style, dotted) => {
          const rows: CellValue[][] = [];
          const want: string[] = [];
          sizes.forEach((n, s) => {
            const label = style === "letter" ? String.fromCharCode(65 + s) : ROMAN[s];
            if (style === "inContent") rows.push([null, `${label}. Nhóm nhiệm vụ thứ ${s + 1}`, null, null, null]);
            else if (style === "part") rows.push([`Phần ${label}`, "NHÓM NHIỆM VỤ", null, null, null]);
            else rows.push([`${label}.`, `Nhóm nhiệm vụ thứ ${s + 1}`, null, null, null]);
            for (let i = 1; i <= n; i++) {
              rows.push([
                dotted ? `${i}.` : String(i),
                `Nhiệm vụ ${i} của nhóm ${s + 1}`,
                "Sở Nội vụ",
                "Sở Y tế",
                "Quý IV",
              ]);
              want.push(`${label}.${i}`);
            }
          });
          const a = analyseWorkbook(
            { sheets: [{ name: "KH", values: [["KẾ HOẠCH NĂM 2026"], HEADER, ...rows] }] },
            {
              asOf: AS_OF,
            },
          )!;
          expect(a.plan.tasks.map((t) => t.key)).toEqual(want);
          expect(a.findings.filter((f) => f.rule === "number-duplicate")).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("a number used twice within one section is still a duplicate, named by its key", () => {
    const a = analyseWorkbook(
      {
        sheets: [
          {
            name: "KH",
            values: [
              ["KẾ HOẠCH NĂM 2026"],
              HEADER,
              ["I", "Nhóm một"],
              ["1", "Việc một", "Sở Nội vụ", "", "Quý I"],
              ["1", "Việc hai", "Sở Y tế", "", "Quý II"],
              ["II", "Nhóm hai"],
              ["1", "Việc ba", "Sở Y tế", "", "Quý III"],
            ],
          },
        ],
      },
      { asOf: AS_OF },
    )!;
    expect(a.findings.filter((f) => f.rule === "number-duplicate").map((f) => [f.task, f.cell])).toEqual([
      ["I.1", "A5"],
    ]);
  });

  test("sub-numbers under a section and two section levels: the innermost label (A, then I) with n.m numbers", () => {
    const p = plan([
      ["A", "PHÁT TRIỂN HẠ TẦNG"],
      ["I", "Hạ tầng số"],
      ["1.1", "Triển khai hạ tầng", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành", "2026 - 2030"],
      ["1.2", "Phổ cập 5G", "Sở Khoa học và Công nghệ", "", "2027"],
      ["II", "Dữ liệu số"],
      ["2.1", "Kho dữ liệu", "Công an tỉnh", "", "2026"],
    ]);
    expect(p.tasks.map((t) => t.key)).toEqual(["I.1.1", "I.1.2", "II.2.1"]);
  });

  test("an item over several rows: continuation rows get -2, -3 and the item's lead; unnumbered items take the section label", () => {
    const rows: CellValue[][] = [
      ["A.", "BỘ TÀI CHÍNH"],
      ["1", "Hoàn thiện chính sách thuế", "Bộ Tài chính", "Bộ Tư pháp", "Quý I/2027"],
      [null, "Rà soát phí, lệ phí", null, null, "Năm 2027"],
      [null, "Sửa đổi Luật Quản lý thuế", null, null, "Năm 2028"],
      ["2", "Thí điểm hóa đơn điện tử", "Bộ Tài chính", "", "Năm 2026"],
      ["B.", "BỘ Y TẾ"],
      [null, "Bảo hiểm y tế toàn dân", "Bộ Y tế", "Bộ Tài chính", "Năm 2030"],
      [null, "Chuyển đổi số y tế", null, null, "Năm 2027"],
    ];
    const p = plan(rows);
    expect(p.tasks.map((t) => [t.key, t.number, t.lead])).toEqual([
      ["A.1", "1", "Bộ Tài chính"],
      ["A.1-2", "1", "Bộ Tài chính"],
      ["A.1-3", "1", "Bộ Tài chính"],
      ["A.2", "2", "Bộ Tài chính"],
      ["B", null, "Bộ Y tế"],
      ["B-2", null, "Bộ Y tế"],
    ]);
    // With the STT and lead merged down and copied into every row (as a reader filling merges gives them), the same.
    const filled = rows.map((r, i) => (i === 2 || i === 3 ? ["1", r[1], "Bộ Tài chính", "Bộ Tư pháp", r[4]] : r));
    const merged = plan(filled, [
      { top: 4, left: 1, bottom: 6, right: 1 },
      { top: 4, left: 3, bottom: 6, right: 4 },
    ]);
    expect(merged.tasks.map((t) => t.key)).toEqual(["A.1", "A.1-2", "A.1-3", "A.2", "B", "B-2"]);
  });
});
