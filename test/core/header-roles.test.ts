// Header cells are classified by their words, whatever the wording, case, diacritics, extra words, column order or
// extra columns: generated headers must land in the right roles, and so must wordings no plan of the corpus uses.
import fc from "fast-check";
import { findHeader } from "../../src/core/read/header";
import { assignRoles, classifyHeaderText, scoreHeaderCell, type HeaderRole } from "../../src/core/read/header-roles";
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import type { CellValue } from "../../src/core/model/cell-value";

// Wordings per role, as plans write them (a few from the corpus, most not).
const SYNONYMS: Record<"number" | "content" | "lead" | "coordinators" | "time", string[]> = {
  number: ["STT", "TT", "Số TT", "Số thứ tự", "Thứ tự"],
  content: [
    "Nội dung",
    "Nội dung công việc",
    "Các nhiệm vụ, giải pháp chủ yếu",
    "Tên đề án, nhiệm vụ",
    "Chỉ tiêu",
    "Nội dung/nhiệm vụ",
    "Nhiệm vụ trọng tâm",
    "Tên hoạt động",
    "Công việc cụ thể",
    "Tên chương trình, đề án",
  ],
  lead: [
    "Cơ quan chủ trì",
    "Cơ quan/Đơn vị chủ trì",
    "Đơn vị chủ trì thực hiện",
    "Chủ trì",
    "Cơ quan phụ trách",
    "Đơn vị đầu mối",
    "Bộ phận chủ trì",
  ],
  coordinators: [
    "Cơ quan phối hợp",
    "Đơn vị phối hợp",
    "Phối hợp",
    "Cơ quan, đơn vị phối hợp thực hiện",
    "Các đơn vị tham gia phối hợp",
  ],
  time: [
    "Thời gian",
    "Thời hạn",
    "Thời hạn trình",
    "Tiến độ thực hiện",
    "Thời gian thực hiện dự kiến",
    "Thời gian hoàn thành",
    "Thời điểm hoàn thành",
    "Mốc thời gian",
    "Hạn hoàn thành",
  ],
};

// Columns a plan carries that are not read: they must stay "other" and never take a role.
const UNREAD = [
  "Người đứng đầu chịu trách nhiệm",
  "Văn bản giao nhiệm vụ",
  "Kinh phí",
  "Kinh phí thực hiện (triệu đồng)",
  "Cấp trình",
  "Nguồn vốn",
  "Căn cứ pháp lý",
  "Đơn vị tính",
];

const stripMarks = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");

const spelling = (text: string) =>
  fc
    .record({
      upper: fc.boolean(),
      plain: fc.boolean(),
      footnote: fc.boolean(),
      spaces: fc.boolean(),
    })
    .map(({ upper, plain, footnote, spaces }) => {
      let t = plain ? stripMarks(text) : text;
      if (upper) t = t.toLocaleUpperCase("vi");
      if (footnote) t += "[1]";
      if (spaces) t = `  ${t.replace(/ /g, "  ")} `;
      return t;
    });

const role = (r: keyof typeof SYNONYMS) => fc.constantFrom(...SYNONYMS[r]).chain(spelling);

describe("header roles from words", () => {
  test("generated headers (synonyms × case × diacritics × footnotes × order × extra columns) land in their roles", () => {
    fc.assert(
      fc.property(
        fc.record({
          number: role("number"),
          content: role("content"),
          lead: role("lead"),
          coordinators: fc.option(role("coordinators"), { nil: null }),
          time: fc.option(role("time"), { nil: null }),
          extra: fc.array(fc.constantFrom(...UNREAD).chain(spelling), { maxLength: 3 }),
          order: fc.array(fc.nat(), { minLength: 9, maxLength: 9 }),
        }),
        (h) => {
          const cells: [string, HeaderRole | undefined][] = [
            [h.number, "number"],
            [h.content, "content"],
            [h.lead, "lead"],
            ...(h.coordinators ? [[h.coordinators, "coordinators"] as [string, HeaderRole]] : []),
            ...(h.time ? [[h.time, "time"] as [string, HeaderRole]] : []),
            ...h.extra.map((t): [string, HeaderRole | undefined] => [t, undefined]),
          ];
          // Any column order: the lead may come before the content.
          const shuffled = cells
            .map((c, i) => ({ c, k: h.order[i] ?? i }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.c);
          const roles = assignRoles(shuffled.map(([t], i) => ({ col: i + 1, scores: scoreHeaderCell(t) })));
          shuffled.forEach(([text, want], i) => {
            const got = roles.get(i + 1);
            if (want) expect([text, got]).toEqual([text, want]);
            else expect([text, got]).toEqual([text, "other"]);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  test.each([
    // wording, role — none of these headers is in the corpus
    ["Nội dung triển khai", "content"],
    ["NHIỆM VỤ, GIẢI PHÁP", "content"],
    ["Tên đề tài, dự án", "content"],
    ["Cơ quan chịu trách nhiệm chính", "lead"],
    ["Đơn vị thực hiện", "lead"],
    ["Cơ quan tham gia phối hợp", "coordinators"],
    ["Tiến độ hoàn thành", "time"],
    ["Lộ trình thực hiện", "time"],
    ["Ngày hoàn thành thực tế", "completedOn"],
    ["Tình trạng thực hiện", "status"],
    ["Sản phẩm dự kiến", "result"],
    ["Lưu ý", "note"],
  ])("an unseen wording %s is %s", (text, want) => {
    const roles = assignRoles([{ col: 1, scores: scoreHeaderCell(text) }]);
    expect(roles.get(1)).toBe(want);
  });

  test('"Đơn vị thực hiện" is the lead only when no column says "chủ trì"', () => {
    const roles = (cells: string[]) =>
      [...assignRoles(cells.map((t, i) => ({ col: i + 1, scores: scoreHeaderCell(t) })))].map(([, r]) => r);
    expect(roles(["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"])).toEqual(["number", "content", "lead", "time"]);
    expect(roles(["STT", "Nội dung", "Cơ quan chủ trì", "Đơn vị thực hiện", "Thời gian"])).toEqual([
      "number",
      "content",
      "lead",
      "other",
      "time",
    ]);
    // "Ngày hoàn thành" is the completion date, and the time column keeps "Thời hạn hoàn thành".
    expect(roles(["TT", "Nội dung", "Chủ trì", "Thời hạn hoàn thành", "Ngày hoàn thành"])).toEqual([
      "number",
      "content",
      "lead",
      "time",
      "completedOn",
    ]);
  });
});

describe("finding the header", () => {
  const grid = (rows: CellValue[][]) => ({ name: "KH", values: rows });

  test("under a title block and a sub-table heading, with a three-column table and an 'A B 1 2' numbering row", () => {
    const h = findHeader(
      grid([
        ["ỦY BAN NHÂN DÂN TỈNH X"],
        ["PHỤ LỤC"],
        ["2. Các chỉ tiêu chủ yếu về chuyển đổi số"],
        ["Số TT", "CHỈ TIÊU", "ĐƠN VỊ CHỦ TRÌ"],
        ["A", "B", "1"],
        ["1", "Tỷ lệ hồ sơ trực tuyến đạt 80%", "Văn phòng UBND tỉnh"],
      ]),
    )!;
    expect([h.headerTop, h.dataTop, h.columns.number, h.columns.content, h.columns.lead]).toEqual([4, 6, 1, 2, 3]);
    expect([h.columns.time, h.columns.coordinators]).toEqual([null, null]);
  });

  test("a three-column table reads without time or coordinators: no deadlines, no finding storm", () => {
    const { plan, findings } = analyseWorkbook(
      {
        sheets: [
          grid([
            ["Kế hoạch năm 2026"],
            ["TT", "Chỉ tiêu", "Chủ trì"],
            ["", "I. Kinh tế số", ""],
            ["1", "Kinh tế số chiếm 30% GRDP", "Sở Tài chính"],
            ["", "II. Xã hội số", ""],
            ["1", "Tỷ lệ dân số có tài khoản định danh điện tử", "Công an tỉnh"],
          ]),
        ],
      },
      { asOf: "2026-06-30" },
    )!;
    expect(plan.tasks.map((t) => [t.key, t.lead, t.deadline])).toEqual([
      ["I.1", "Sở Tài chính", null],
      ["II.1", "Công an tỉnh", null],
    ]);
    // No time column is not a time finding on every task.
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a two-row header: a merged span over agency names, with 'Thời gian' merged down", () => {
    const h = findHeader(
      grid([
        ["KẾ HOẠCH NĂM 2025"],
        ["TT", "Nội dung công việc", "Phân công thực hiện", null, null, "Thời gian"],
        [null, null, "Sở Nội vụ", "Sở Y tế", "Công an tỉnh", null],
        ["1", "Tuyên truyền", "Chủ trì", "Phối hợp", null, "Quý I"],
      ]),
    )!;
    expect(h.layout).toBe("matrix");
    expect([h.headerTop, h.headerBottom, h.dataTop]).toEqual([2, 3, 4]);
    expect(h.columns.agencies.map((a) => a.name)).toEqual(["Sở Nội vụ", "Sở Y tế", "Công an tỉnh"]);
  });
});

describe("a lone header cell", () => {
  test.each([
    ["Ban Quản lý dự án đầu tư xây dựng", null],
    ["Sở Văn hóa, Thể thao và Du lịch", null],
    ["Trung tâm Phục vụ hành chính công", null],
    ["Thời hạn", "time"],
    ["Bộ phận chủ trì", "lead"],
  ])("%s → %s", (text, want) => {
    expect(classifyHeaderText(text)).toBe(want);
  });
});
