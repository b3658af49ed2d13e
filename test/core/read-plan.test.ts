import fc from "fast-check";
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import type { CellValue } from "../../src/core/model/cell-value";
import { readNumberCell } from "../../src/core/read/read-plan";
import { matrixPlan, SEED_AGENCIES, SEED_LEADS, seedWorkbook, sheet, planOf } from "../helpers/seed";

const asOf = "2024-06-30";

describe("reading the seed plan (matrix layout, copied out of Word)", () => {
  const plan = planOf(seedWorkbook(), { asOf })!;

  it("finds 20 tasks, 3 agencies and the year 2024 from the title", () => {
    expect(plan.tasks).toHaveLength(20);
    expect(plan.agencies.map((a) => a.name)).toEqual(SEED_AGENCIES);
    expect(plan.year).toBe(2024);
    expect(plan.yearSource).toBe("title");
    expect(plan.layout).toBe("matrix");
    expect(plan.title).toMatch(/^KẾ HOẠCH phối hợp thực hiện .* năm 2024$/);
  });

  it("reads the right lead and two coordinators on every task", () => {
    for (const t of plan.tasks) {
      expect(t.lead).toBe(SEED_LEADS[t.number!]);
      expect(t.coordinators).toHaveLength(2);
      expect(t.coordinators).not.toContain(t.lead);
    }
    expect(plan.tasks.map((t) => t.number)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  });

  it("turns the times into deadlines and states as of 30/06/2024", () => {
    const byNumber = new Map(plan.tasks.map((t) => [t.number, t]));
    expect(byNumber.get("1")!.deadline).toBe("2024-03-31");
    expect(byNumber.get("1")!.state).toBe("overdue");
    expect(byNumber.get("4")!.deadline).toBe("2024-06-30");
    expect(byNumber.get("4")!.state).toBe("due");
    expect(byNumber.get("7")!.timeText).toBe("Quý II, III");
    expect(byNumber.get("7")!.deadline).toBe("2024-09-30");
    expect(byNumber.get("20")!.deadline).toBe("2024-12-31");
    expect(byNumber.get("20")!.state).toBe("upcoming");
  });

  it("keeps the address of every value so findings can point at cells", () => {
    const t1 = plan.tasks[0];
    expect(t1.cells.number).toBe(`A${t1.row}`);
    expect(t1.cells.content).toBe(`B${t1.row}`);
    expect(t1.cells.time).toBe(`F${t1.row}`);
    expect(t1.assignments.find((a) => a.role === "lead")!.cell).toBe(`C${t1.row}`);
    // Addresses are worked out when asked for; printed as JSON they are the plain addresses.
    expect(JSON.parse(JSON.stringify(t1.cells))).toEqual({
      number: `A${t1.row}`,
      content: `B${t1.row}`,
      time: `F${t1.row}`,
      status: null,
      completedOn: null,
      note: null,
      lead: null,
      coordinators: null,
    });
  });

  it("has no findings at all", () => {
    const a = analyseWorkbook(seedWorkbook(), { asOf })!;
    expect(a.findings).toEqual([]);
  });
});

describe("header and row variants real workbooks carry", () => {
  it("reads a one-row header with TT / Nhiệm vụ / Thời hạn, a column-number row, sections and blank rows", () => {
    const wb = sheet([
      ["BAN CHỈ ĐẠO"],
      ["KẾ HOẠCH PHỐI HỢP NĂM 2025"],
      [],
      ["TT", "Nhiệm vụ", "Sở Nội vụ", "Sở Tài chính", "Thời hạn", "Ghi chú"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      ["I.", "CÔNG TÁC TUYÊN TRUYỀN"],
      ["01", "Tuyên truyền pháp luật lao động", "Chủ trì", "Phối hợp", "Quý I", ""],
      [],
      [null, null],
      ["02.", "Tổ chức hội nghị", "Phối hợp", "Chủ trì", "Tháng 3/2025", "họp tại Sở"],
      ["Phần II", "KIỂM TRA, GIÁM SÁT"],
      ["3", "Kiểm tra việc thực hiện", "CT", "ph", "Cả năm"],
    ]);
    const plan = planOf(wb, { asOf: "2025-01-15" })!;
    expect(plan.year).toBe(2025);
    expect(plan.tasks.map((t) => t.number)).toEqual(["1", "2", "3"]);
    expect(plan.tasks[0].section).toBe("I. CÔNG TÁC TUYÊN TRUYỀN");
    expect(plan.tasks[2].section).toBe("Phần II KIỂM TRA, GIÁM SÁT");
    expect(plan.tasks[1].lead).toBe("Sở Tài chính");
    expect(plan.tasks[1].note).toBe("họp tại Sở");
    expect(plan.tasks[2].lead).toBe("Sở Nội vụ");
    expect(plan.tasks[2].deadline).toBe("2025-12-31");
  });

  it("reads decomposed (NFD) text pasted from macOS and older tone placement", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const wb = matrixPlan([
      ["1.", nfd("Tổ chức hội nghị hoà giải"), nfd("Chủ trì"), nfd("Phối hợp"), nfd("Phối hợp"), nfd("Quý II")],
    ]);
    const a = analyseWorkbook(wb, { asOf })!;
    expect(a.plan.tasks[0].lead).toBe(SEED_AGENCIES[0]);
    expect(a.plan.tasks[0].deadline).toBe("2024-06-30");
    // Decomposed role text is recognised, and offered for rewriting in the standard form.
    expect(a.findings.filter((f) => f.rule === "role-nonstandard")).toHaveLength(3);
  });

  it("returns null when a workbook holds no plan", () => {
    expect(
      planOf(sheet([["Danh sách cán bộ"], ["Họ tên", "Chức vụ"], ["Nguyễn Văn A", "Trưởng phòng"]]), { asOf }),
    ).toBeNull();
    expect(planOf({ sheets: [] }, { asOf })).toBeNull();
  });

  it("prefers an Excel table holding the plan over other text on the sheet", () => {
    const values: CellValue[][] = [
      ["Ghi chú: Stt Nội dung"],
      [],
      ["Stt", "Nội dung", "Sở A", "Sở B", "Thời gian"],
      ["1", "Việc một", "Chủ trì", "Phối hợp", "Quý I"],
    ];
    const plan = planOf(
      { sheets: [{ name: "KH", values, tables: [{ name: "KeHoach", top: 3, left: 1, bottom: 4, right: 5 }] }] },
      { asOf, year: 2024 },
    )!;
    expect(plan.table).toBe("KeHoach");
    expect(plan.yearSource).toBe("option");
    expect(plan.tasks).toHaveLength(1);
  });
});

describe("task numbers", () => {
  it.each([
    ["1", "1"],
    ["1.", "1"],
    ["01", "1"],
    ["**3.**", "3"],
    ["1a", "1a"],
    ["13.5", "13.5"],
    ["10234.", "10234"],
  ])("%s is task %s", (text, number) => {
    expect(readNumberCell(text)).toEqual({ kind: "task", number });
  });
  it.each(["I.", "II", "**IV.**", "XL.", "CD.", "MMXXIV", "A.", "Phần II", "Mục 3"])("%s is a section", (text) => {
    expect(readNumberCell(text).kind).toBe("section");
  });
});

describe("the grid reader never throws", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.string(),
    fc.constantFrom(
      "Stt",
      "Nội dung",
      "Thời gian",
      "Chủ trì",
      "Phối hợp",
      "Quý I",
      "1.",
      "I.",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Các bộ, ngành",
    ),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.date(),
  );
  it("on arbitrary grids", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 }), (values) => {
        const a = analyseWorkbook(sheet(values), { asOf });
        if (a) expect(a.plan.tasks.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
  it("on plans with arbitrary task rows", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 15 }), (rows) => {
        const a = analyseWorkbook(matrixPlan(rows), { asOf })!;
        expect(a).not.toBeNull();
        for (const f of a.findings) expect(f.message.vi.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
