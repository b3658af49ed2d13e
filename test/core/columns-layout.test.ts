import { analyseWorkbook } from "../../src/core/analyse-workbook";
import type { CellValue } from "../../src/core/model/cell-value";
import { convertedGrid } from "../../src/core/sheets/convert-layout";
import { splitAgencies, suggestInitialsMatch } from "../../src/core/read/registry";
import { agencySheetSpecs } from "../../src/core/sheets/agency-sheets";
import { agencyViews } from "../../src/core/track/agency-views";
import { resolutionWorkbook, seedWorkbook, sheet, planOf } from "../helpers/seed";

const asOf = "2025-07-01";

describe("the real government plan (Phụ lục II, Nghị quyết 03/NQ-CP 2025)", () => {
  const a = analyseWorkbook(resolutionWorkbook(), { asOf })!;
  const task = (n: string) => a.plan.tasks.find((t) => t.number === n)!;

  it("reads every numbered row as a task and the five section rows as sections", () => {
    expect(a.plan.layout).toBe("columns");
    expect(a.plan.tasks).toHaveLength(52);
    expect(new Set(a.plan.tasks.map((t) => t.section?.split(" ")[0]))).toEqual(
      new Set(["I.", "II.", "III.", "IV.", "V."]),
    );
    expect(a.plan.year).toBe(2025);
    expect(a.plan.yearSource).toBe("date-line");
  });

  it("splits leads and coordinators with the registry and group phrases, never inside a name", () => {
    expect(task("1").lead).toBe("Bộ Khoa học và Công nghệ");
    expect(task("1").coordinators).toEqual([
      "Ban Tuyên giáo Trung ương",
      "Các bộ, ngành, địa phương",
      "VTV",
      "VOV",
      "TTXVN",
    ]);
    expect(task("3").lead).toBe("Các bộ, ngành, địa phương");
    expect(task("3").coordinators).toEqual(["Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo"]);
    expect(task("29").coordinators).toEqual(["Các bộ, ngành có liên quan"]);
    expect(task("90").coordinators).toEqual([
      "Các cơ quan Đảng, Quốc hội",
      "Tòa án nhân dân tối cao",
      "Viện Kiểm sát nhân dân tối cao",
    ]);
    expect(task("52").coordinators).toEqual(["Bộ Khoa học và Công nghệ", "Các bộ, ngành, địa phương"]);
  });

  it("turns month/year, year ranges and ongoing times into deadlines", () => {
    expect(task("1").deadline).toBe("2025-06-30");
    expect(task("7").deadline).toBe("2025-01-31");
    expect(task("16").deadline).toBe("2025-10-31");
    expect(task("29").deadline).toBe("2025-07-31");
    expect(task("29").state).toBe("due");
    expect(task("47").deadline).toBe("2026-12-31");
    expect(task("76").time.kind).toBe("ongoing");
    expect(task("9").state).toBe("ongoing");
  });

  it("raises no false error: the only errors are cells that really name several leads", () => {
    const errors = a.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.rule}:${f.task}`)).toEqual([
      "lead-multiple:I.2",
      "lead-multiple:III.45",
      "lead-multiple:III.46",
      "lead-multiple:III.51",
      "lead-multiple:III.52",
      "lead-multiple:IV.83",
    ]);
    expect(errors.find((f) => f.task === "I.2")!.message.vi).toContain("VTV; VOV; TTXVN; các địa phương");
    const rules = new Set(a.findings.map((f) => f.rule));
    expect(rules).not.toContain("time-unknown");
    expect(rules).not.toContain("agency-alias");
    expect(a.findings.filter((f) => f.rule === "lead-group").length).toBeGreaterThan(5);
    expect(a.findings.find((f) => f.rule === "lead-also-coordinator")!.task).toBe("III.46");
  });

  it("lists group-led tasks on every agency's sheet under 'Nhiệm vụ chung'", () => {
    const views = agencyViews(a.plan);
    const ministry = views.find((v) => v.agency === "Bộ Nội vụ")!;
    expect(ministry.lead.map((t) => t.number)).toEqual(["5", "10", "13", "20"]);
    expect(ministry.shared.map((t) => t.number)).toContain("3");
    const spec = agencySheetSpecs(a.plan, asOf).find((s) => s.key === "agency:Bộ Nội vụ")!;
    const texts = spec.rows.flat().map((c) => (c && typeof c === "object" && "text" in c ? c.text : ""));
    expect(texts.some((t) => t.startsWith("C. Nhiệm vụ chung"))).toBe(true);
    expect(views.some((v) => v.agency.startsWith("Các "))).toBe(false);
  });
});

const header: CellValue[] = [
  "TT",
  "Tên nhiệm vụ",
  "Cơ quan/Đơn vị chủ trì",
  "Cơ quan/Đơn vị phối hợp",
  "Sản phẩm",
  "Thời hạn",
];
const plan = (rows: CellValue[][], extra: { name: string; values: CellValue[][] }[] = []) => ({
  sheets: [
    {
      name: "Nhiệm vụ",
      values: [["KẾ HOẠCH"], ["thực hiện chương trình chuyển đổi số năm 2025"], [], header, ...rows],
    },
    ...extra,
  ],
});

describe("lead/coordinator columns: variants written by hand", () => {
  it("children 1a, 1b and 13.5 inherit the group row's lead, coordinators and deadline; their own value wins", () => {
    const a = analyseWorkbook(
      plan([
        [
          "1",
          "Chuyển đổi số trong cơ quan nhà nước",
          "Sở Thông tin và Truyền thông",
          "Các sở, ban, ngành",
          "",
          "Quý IV",
        ],
        ["1a", "Số hóa hồ sơ", "", "", "Dữ liệu", ""],
        ["1b", "Chữ ký số", "Văn phòng UBND tỉnh", "", "", "Quý II"],
        ["13.0", "Đào tạo kỹ năng số", "Sở Nội vụ", "Sở Thông tin và Truyền thông", "", "2025"],
        ["13.5", "Bồi dưỡng cán bộ cấp xã", "", "UBND các xã, phường", "", ""],
      ]),
      { asOf },
    )!;
    expect(a.plan.tasks.map((t) => t.number)).toEqual(["1a", "1b", "13.5"]);
    const [t1a, t1b, t135] = a.plan.tasks;
    expect([t1a.parent, t1a.lead, t1a.coordinators, t1a.deadline]).toEqual([
      "1",
      "Sở Thông tin và Truyền thông",
      ["Các sở, ban, ngành"],
      "2025-12-31",
    ]);
    expect([t1b.lead, t1b.deadline]).toEqual(["Văn phòng UBND tỉnh", "2025-06-30"]);
    expect([t135.parent, t135.lead, t135.coordinators, t135.deadline]).toEqual([
      "13.0",
      "Sở Nội vụ",
      ["UBND các xã, phường"],
      "2025-12-31",
    ]);
    expect(t1a.cells.lead).toBe("C5");
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a coordinator list mixing ';' and ',' with names that hold 'và' and commas", () => {
    const reg = [{ name: "Sở Văn hóa, Thể thao và Du lịch", short: null, aliases: [], group: false }];
    const names = splitAgencies(
      "Sở Khoa học và Công nghệ; Sở Tài chính, Sở Văn hóa, Thể thao và Du lịch, các cơ quan liên quan",
      reg,
    );
    expect(names.map((n) => [n.written, n.group])).toEqual([
      ["Sở Khoa học và Công nghệ", false],
      ["Sở Tài chính", false],
      ["Sở Văn hóa, Thể thao và Du lịch", false],
      ["các cơ quan liên quan", true],
    ]);
    expect(splitAgencies("Bộ Tài chính, Bộ Công Thương", []).map((n) => n.written)).toEqual([
      "Bộ Tài chính",
      "Bộ Công Thương",
    ]);
    expect(splitAgencies("Các Sở, ban, ngành; UBND các xã, phường", []).map((n) => [n.written, n.group])).toEqual([
      ["Các Sở, ban, ngành", true],
      ["UBND các xã, phường", true],
    ]);
  });

  it("lead-multiple, lead-missing, lead-also-coordinator, lead-group point at the exact cell", () => {
    const a = analyseWorkbook(
      plan([
        ["1", "Việc một", "Bộ Tài chính, Bộ Công Thương", "Bộ Công an", "", "6/2025"],
        ["2", "Việc hai", "", "Bộ Công an", "", "6/2025"],
        ["3", "Việc ba", "Bộ Công an", "Bộ Tài chính; Bộ Công an", "", "6/2025"],
        ["4", "Việc bốn", "Các bộ, ngành, địa phương", "Bộ Công an", "", "Thường xuyên"],
      ]),
      { asOf },
    )!;
    expect(a.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "lead-multiple@C5",
      "lead-missing@C6",
      "lead-also-coordinator@D7",
      "lead-group@C8",
    ]);
    expect(a.findings[0].message.vi).toContain("Bộ Tài chính; Bộ Công Thương");
  });

  it("agency-alias for a spelling that differs from the registry entry, with a rewrite fix", () => {
    const a = analyseWorkbook(
      plan([
        ["1", "Việc một", "Bộ Công an", "Bộ Tài chính", "", "6/2025"],
        ["2", "Việc hai", "Bộ Công an", "Bộ Tài chính", "", "6/2025"],
        ["3", "Việc ba", "Bộ Công An", "Bộ  tài chính; Bộ Ngoại giao", "", "6/2025"],
      ]),
      { asOf },
    )!;
    expect(a.plan.agencies.map((x) => x.name)).toEqual(["Bộ Công an", "Bộ Tài chính", "Bộ Ngoại giao"]);
    expect(a.plan.tasks[2].lead).toBe("Bộ Công an");
    const aliases = a.findings.filter((f) => f.rule === "agency-alias");
    expect(aliases.map((f) => f.fix)).toEqual([
      { kind: "setCell", sheet: "Nhiệm vụ", cell: "C7", from: "Bộ Công An", to: "Bộ Công an" },
      {
        kind: "setCell",
        sheet: "Nhiệm vụ",
        cell: "D7",
        from: "Bộ tài chính; Bộ Ngoại giao",
        to: "Bộ Tài chính; Bộ Ngoại giao",
      },
    ]);
  });

  it("with a registry sheet in the workbook, unknown names are findings and initials are suggested, never merged", () => {
    const registry = {
      name: "Danh mục cơ quan",
      values: [
        ["Danh mục cơ quan"],
        [],
        [],
        ["Tên cơ quan", "Tên viết tắt", "Tên khác", "Nhóm cơ quan"],
        ["Sở Khoa học và Công nghệ", "", "", "không"],
        ["Sở Tài chính", "STC", "", "không"],
        ["Sở Nội vụ", "", "Sở NV", "không"],
      ] as CellValue[][],
    };
    const a = analyseWorkbook(
      plan(
        [
          ["1", "Việc một", "Sở KHCN", "STC; Sở NV; Sở Giáo dục và Đào tạo", "", "6/2025"],
          ["2", "Việc hai", "Sở Tài chính", "các cơ quan liên quan", "", "6/2025"],
        ],
        [registry],
      ),
      { asOf },
    )!;
    expect(a.registryFromWorkbook).toBe(true);
    const unknown = a.findings.filter((f) => f.rule === "agency-unknown");
    expect(unknown.map((f) => [f.cell, f.fix])).toEqual([
      ["C5", { kind: "addAlias", alias: "Sở KHCN", agency: "Sở Khoa học và Công nghệ" }],
      ["D5", { kind: "addAgency", name: "Sở Giáo dục và Đào tạo" }],
    ]);
    expect(a.plan.tasks[0].coordinators).toEqual(["Sở Tài chính", "Sở Nội vụ", "Sở Giáo dục và Đào tạo"]);
    expect(a.findings.filter((f) => f.rule === "agency-alias").map((f) => f.cell)).toEqual(["D5"]);
    expect(suggestInitialsMatch("Sở KHCN", a.plan.agencies)!.name).toBe("Sở Khoa học và Công nghệ");
  });
});

describe("converting between the layouts", () => {
  it("matrix → columns → read gives the same leads, coordinators and deadlines as the seed", () => {
    const seed = planOf(seedWorkbook(), { asOf })!;
    const grid = convertedGrid(seed, "columns", "KH");
    grid.values.splice(1, 0, ["năm 2024"]);
    const back = planOf({ sheets: [grid] }, { asOf, year: 2024 })!;
    expect(back.layout).toBe("columns");
    expect(back.tasks.map((t) => [t.number, t.lead, t.coordinators, t.deadline])).toEqual(
      seed.tasks.map((t) => [t.number, t.lead, t.coordinators, t.deadline]),
    );
  });

  it("columns → matrix keeps sections, leads and coordinators of the real plan", () => {
    const real = planOf(resolutionWorkbook(), { asOf })!;
    const back = planOf({ sheets: [convertedGrid(real, "matrix", "KH")] }, { asOf, year: 2025 })!;
    expect(back.layout).toBe("matrix");
    expect(back.tasks).toHaveLength(52);
    const pick = (p: typeof real, n: string) => p.tasks.find((t) => t.number === n)!;
    for (const n of ["1", "3", "29", "90"]) {
      expect(pick(back, n).lead).toBe(pick(real, n).lead);
      expect(new Set(pick(back, n).coordinators)).toEqual(new Set(pick(real, n).coordinators));
    }
    expect(pick(back, "15").section).toBe(pick(real, "15").section);
  });

  it("reads a one-row sheet built by hand in the columns layout", () => {
    const p = planOf(
      sheet([
        ["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian thực hiện"],
        ["1", "Việc một", "Sở Y tế", "Sở Tài chính", "Quý III"],
      ]),
      { asOf, year: 2025 },
    )!;
    expect([p.layout, p.tasks[0].lead, p.tasks[0].deadline]).toEqual(["columns", "Sở Y tế", "2025-09-30"]);
  });
});

describe("agency sheet names", () => {
  it("are unique even when two long names cut to the same 31 characters", () => {
    const a = analyseWorkbook(
      plan([
        [
          "1",
          "Việc một",
          "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
          "Viện Hàn lâm Khoa học và Công nghệ quốc gia",
          "",
          "6/2025",
        ],
      ]),
      { asOf },
    )!;
    const names = agencySheetSpecs(a.plan, asOf).map((s) => s.name);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });
});
