import fc from "fast-check";
import type { CellValue } from "../../src/core/model/cell-value";
import { isoDate, lastDayOfMonth, lastDayOfQuarter } from "../../src/core/model/dates";
import { readTime } from "../../src/core/read/time";

// Any value a worksheet cell can hold, including odd text, NaN and invalid dates.
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.double(),
  fc.integer({ min: 1800, max: 2300 }),
  fc.integer({ min: 19000, max: 81000 }),
  fc.date(),
  fc.boolean(),
  fc.constant(null),
);
const planYear = fc.option(fc.oneof(fc.integer({ min: 1900, max: 2199 }), fc.integer(), fc.double()));
const nfd = (s: string) => s.normalize("NFD");
const deadline = (iso: string) => expect.objectContaining({ kind: "deadline", deadline: iso });

describe("readTime on the seed plan (plan year 2024)", () => {
  it.each([
    ["Quý I", "2024-03-31"],
    ["Quý II", "2024-06-30"],
    ["Quý II, III", "2024-09-30"],
    ["Quý III", "2024-09-30"],
    ["Cả năm", "2024-12-31"],
  ])("reads %j as due %s, in the plan year", (text, iso) => {
    expect(readTime(text, 2024)).toEqual({ kind: "deadline", deadline: iso, years: [2024], explicitYear: false });
  });
});

describe("readTime on the Government resolution's appendix (plan year 2025)", () => {
  it.each([
    ["01/2025", "2025-01-31", [2025]],
    ["2/2025", "2025-02-28", [2025]],
    ["3/2025", "2025-03-31", [2025]],
    ["03/2025", "2025-03-31", [2025]],
    ["6/2025", "2025-06-30", [2025]],
    ["7/2025", "2025-07-31", [2025]],
    ["9/2025", "2025-09-30", [2025]],
    ["12/2025", "2025-12-31", [2025]],
    ["9/2026", "2026-09-30", [2026]],
    ["12/2026", "2026-12-31", [2026]],
    ["12/2028", "2028-12-31", [2028]],
    ["Tháng 5/2025", "2025-05-31", [2025]],
    ["Tháng 10/2025", "2025-10-31", [2025]],
    ["2025", "2025-12-31", [2025]],
    ["2026", "2026-12-31", [2026]],
    ["2030", "2030-12-31", [2030]],
    ["2025 - 2026", "2026-12-31", [2025, 2026]],
    ["2025-2026", "2026-12-31", [2025, 2026]],
  ])("reads %j as due %s", (text, iso, years) => {
    expect(readTime(text, 2025)).toEqual({ kind: "deadline", deadline: iso, years, explicitYear: true });
  });

  it.each([
    ["Thường xuyên", []],
    ["Nhiệm vụ thường xuyên", []],
    ["Hằng năm", []],
    ["hằng năm", []],
    ["2025 và những năm tiếp theo", [2025]],
  ])("reads %j as ongoing", (text, years) => {
    expect(readTime(text, 2025)).toEqual({ kind: "ongoing", years });
  });

  it("does not guess at the stray 'năm tiếp theo' left over from a split cell", () => {
    expect(readTime("năm tiếp theo", 2025)).toEqual({ kind: "unknown", text: "năm tiếp theo" });
  });
});

describe("readTime on every form of DESIGN §2 (plan year 2024)", () => {
  it.each([
    ["Quý IV", "2024-12-31"],
    ["Quý 1", "2024-03-31"],
    ["Quý 4", "2024-12-31"],
    ["Q1", "2024-03-31"],
    ["Q3", "2024-09-30"],
    ["Quý II/2024", "2024-06-30"],
    ["Quý I - II", "2024-06-30"],
    ["Quý I – II", "2024-06-30"],
    ["Quý I và II", "2024-06-30"],
    ["Quý I, Quý II và Quý III", "2024-09-30"],
    ["Quý I, II năm 2025", "2025-06-30"],
    ["Quý IV/2024 - Quý I/2025", "2025-03-31"],
    ["Tháng 3", "2024-03-31"],
    ["Tháng 3/2024", "2024-03-31"],
    ["Tháng 2", "2024-02-29"],
    ["T3", "2024-03-31"],
    ["Tháng 3 - 5", "2024-05-31"],
    ["Tháng 11, 12/2025", "2025-12-31"],
    ["6 tháng đầu năm", "2024-06-30"],
    ["6 tháng cuối năm", "2024-12-31"],
    ["6 tháng đầu năm 2025", "2025-06-30"],
    ["30/8/2026", "2026-08-30"],
    ["Trước 30/6/2024", "2024-06-30"],
    ["Trước ngày 30/6", "2024-06-30"],
    ["Chậm nhất ngày 15/9", "2024-09-15"],
    ["Chậm nhất là ngày 15/9/2024", "2024-09-15"],
    ["Trước ngày 30 tháng 6 năm 2024", "2024-06-30"],
    ["Chậm nhất tháng 10/2024", "2024-10-31"],
    ["Trong quý III", "2024-09-30"],
    ["Cả năm", "2024-12-31"],
    ["Năm 2024", "2024-12-31"],
    ["Trong năm", "2024-12-31"],
    ["Trong năm 2025", "2025-12-31"],
    ["2021-2025", "2025-12-31"],
    ["Giai đoạn 2021 - 2025", "2025-12-31"],
  ])("reads %j as due %s", (text, iso) => {
    expect(readTime(text, 2024)).toEqual(deadline(iso));
  });

  it.each(["Thường xuyên", "Hằng năm", "Hàng năm", "Định kỳ", "Hằng quý", "Nhiệm vụ thường xuyên"])(
    "reads %j as ongoing, with no deadline",
    (text) => {
      expect(readTime(text, 2024)).toEqual({ kind: "ongoing", years: [] });
    },
  );

  it("tolerates case, spacing, missing diacritics and decomposed Unicode", () => {
    for (const text of ["quý i", "QUÝ I", "Quy I", "quy 1", nfd("Quý I"), "  Quý\u00A0 I ", "Quý\tI", "Qúy I", "q1"]) {
      expect(readTime(text, 2024)).toEqual(deadline("2024-03-31"));
    }
    for (const text of ["THƯỜNG XUYÊN", "thuong xuyen", nfd("Thường xuyên"), "Thường  xuyên"]) {
      expect(readTime(text, 2024)).toEqual({ kind: "ongoing", years: [] });
    }
    expect(readTime(nfd("Tháng 10/2025"), 2024)).toEqual(deadline("2025-10-31"));
    expect(readTime("tháng 3 / 2024", null)).toEqual(deadline("2024-03-31"));
  });

  it("lists every year the text names or implies", () => {
    expect(readTime("2021-2025", 2024)).toEqual(expect.objectContaining({ years: [2021, 2022, 2023, 2024, 2025] }));
    expect(readTime("Quý IV/2024 - Quý I/2025", 2024)).toEqual(expect.objectContaining({ years: [2024, 2025] }));
    expect(readTime("Tháng 11, 12/2025", 2024)).toEqual(expect.objectContaining({ years: [2025] }));
    expect(readTime("Quý III", 2023)).toEqual(expect.objectContaining({ years: [2023], explicitYear: false }));
  });
});

describe("readTime without a plan year", () => {
  it.each([
    "Quý I",
    "Quý II, III",
    "Tháng 3",
    "T3",
    "Cả năm",
    "Trong năm",
    "6 tháng đầu năm",
    "Trước ngày 30/6",
    "29/2",
  ])("says %j needs the year", (text) => {
    expect(readTime(text, null)).toEqual({ kind: "needsYear", text });
  });

  it("reads times that carry their own year", () => {
    expect(readTime("Quý II/2024", null)).toEqual({
      kind: "deadline",
      deadline: "2024-06-30",
      years: [2024],
      explicitYear: true,
    });
    expect(readTime("Quý I, II năm 2025", null)).toEqual(deadline("2025-06-30"));
    expect(readTime("30/8/2026", null)).toEqual(deadline("2026-08-30"));
  });

  it("treats a plan year that is no year as missing", () => {
    expect(readTime("Quý I", NaN)).toEqual({ kind: "needsYear", text: "Quý I" });
    expect(readTime("Quý I", 20245)).toEqual({ kind: "needsYear", text: "Quý I" });
  });
});

describe("readTime never guesses", () => {
  it.each([
    "",
    "x",
    "Quý",
    "Quý V",
    "Quý 0",
    "Quý III, I",
    "Tháng 13",
    "13/2025",
    "31/2",
    "31/2/2024",
    "29/2/2025",
    "32/1",
    "6/30/2024",
    "2026 - 2025",
    "Năm 2500",
    "Quý I/1800",
    "Sau Tết",
    "Đang thực hiện",
    "Năm",
    "2025 và",
  ])("leaves %j for a finding", (text) => {
    expect(readTime(text, 2024)).toEqual({ kind: "unknown", text });
  });

  it("rejects 29/2 in a year that has none", () => {
    expect(readTime("29/2", 2025)).toEqual({ kind: "unknown", text: "29/2" });
    expect(readTime("29/2", 2024)).toEqual(deadline("2024-02-29"));
  });

  it("gives up on huge cells quickly", () => {
    const huge = "Quý I, ".repeat(200_000);
    expect(readTime(huge, 2024).kind).toBe("unknown");
    expect(readTime("x".repeat(1_000_000), 2024).kind).toBe("unknown");
  });

  it("never throws, whatever the cell or plan year", () => {
    fc.assert(
      fc.property(cellValue, planYear, (v, year) => {
        const kind = readTime(v, year).kind;
        return ["deadline", "ongoing", "needsYear", "unknown"].includes(kind);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("readTime on what Excel hands over", () => {
  it("reads a year typed as a number", () => {
    expect(readTime(2025, 2024)).toEqual({
      kind: "deadline",
      deadline: "2025-12-31",
      years: [2025],
      explicitYear: true,
    });
  });

  it("reads a date serial and a Date cell as that day", () => {
    expect(readTime(45473, null)).toEqual({
      kind: "deadline",
      deadline: "2024-06-30",
      years: [2024],
      explicitYear: true,
    });
    expect(readTime(new Date(Date.UTC(2024, 5, 30)), null)).toEqual(deadline("2024-06-30"));
  });

  it.each<[CellValue, string]>([
    [3, "3"],
    [12.5, "12.5"],
    [true, "TRUE"],
    [new Date(NaN), ""],
    [null, ""],
  ])("leaves %j for a finding", (v, text) => {
    expect(readTime(v, 2024)).toEqual({ kind: "unknown", text });
  });
});

describe("readTime on generated times", () => {
  const year = fc.integer({ min: 1900, max: 2199 });
  const quarterWord = fc.constantFrom("Quý", "QUÝ", "quý", "Quy", nfd("Quý"), "Q");
  const quarterNumber = fc
    .integer({ min: 1, max: 4 })
    .chain((q) =>
      fc.tuple(
        fc.constant(q),
        fc.constantFrom(String(q), ["I", "II", "III", "IV"][q - 1], ["i", "ii", "iii", "iv"][q - 1]),
      ),
    );

  it("reads 'Quý <q>' as the end of that quarter of the plan year", () => {
    fc.assert(
      fc.property(quarterWord, quarterNumber, year, (word, [q, written], plan) => {
        const read = readTime(`${word} ${written}`, plan);
        return read.kind === "deadline" && read.deadline === lastDayOfQuarter(plan, q);
      }),
    );
  });

  it("reads 'Quý <q>/<y>' as the end of that quarter, whatever the plan year", () => {
    fc.assert(
      fc.property(quarterNumber, year, fc.option(year), ([q, written], y, plan) => {
        const read = readTime(`Quý ${written}/${y}`, plan);
        return read.kind === "deadline" && read.deadline === lastDayOfQuarter(y, q) && read.years[0] === y;
      }),
    );
  });

  it("reads 'Tháng <m>/<y>' and '<m>/<y>' as the end of that month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), year, fc.boolean(), fc.boolean(), (m, y, word, zero) => {
        const month = zero ? String(m).padStart(2, "0") : String(m);
        const read = readTime(`${word ? "Tháng " : ""}${month}/${y}`, 2024);
        return read.kind === "deadline" && read.deadline === lastDayOfMonth(y, m);
      }),
    );
  });

  it("reads '<d>/<m>/<y>' as that day, and an impossible day as unknown", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), year, (d, m, y) => {
        const read = readTime(`${d}/${m}/${y}`, null);
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        return real ? read.kind === "deadline" && read.deadline === isoDate(y, m, d) : read.kind === "unknown";
      }),
    );
  });
});

describe("readTime on the forms real appendices use", () => {
  it.each([
    // Older spellings, other separators, trailing stops — none of these strings is in the corpus.
    ["Quí IV", "2024-12-31"],
    ["Quí 2/2026", "2026-06-30"],
    ["Quý IV-2025", "2025-12-31"],
    ["Quý IV – 2025", "2025-12-31"],
    ["quý 4 năm 2025", "2025-12-31"],
    ["QUÝ III NĂM 2026.", "2026-09-30"],
    ["Quý I, năm 2027", "2027-03-31"],
    ["Tháng 11 năm 2026", "2026-11-30"],
    ["11/2026.", "2026-11-30"],
    ["2027.", "2027-12-31"],
    ["Năm 2026, 2027", "2027-12-31"],
    ["2026 và 2027", "2027-12-31"],
    ["Giai đoạn 2025-2027.", "2027-12-31"],
    ["Trong 6 tháng cuối năm 2026", "2026-12-31"],
    ["Cuối năm 2026", "2026-12-31"],
    // Spaced ranges end where the range ends.
    ["Quý III/2026 - Quý I/2027", "2027-03-31"],
    ["Từ Quý 3/2026 tới Quý 1/2027", "2027-03-31"],
    ["Từ tháng 3 đến tháng 9/2026", "2026-09-30"],
    ["Từ năm 2026 đến năm 2028", "2028-12-31"],
    // "Before a period" ends the day before it starts; "before a day" is due that day.
    ["Trước năm 2028", "2027-12-31"],
    ["Trước quý III/2026", "2026-06-30"],
    ["Trước tháng 3/2026", "2026-02-28"],
    ["Chậm nhất trước ngày 15/12/2026", "2026-12-15"],
  ])("reads %j as due %s", (text, iso) => {
    expect(readTime(text, 2024)).toEqual(deadline(iso));
  });

  it.each([
    ["Quý II/2026 (nếu được cấp có thẩm quyền phê duyệt)", "2026-06-30"],
    ["Năm 2027 (sau khi Luật được ban hành; theo lộ trình)", "2027-12-31"],
    ["Quý III/2026 (theo định hướng giai đoạn 2026 - 2031)", "2026-09-30"],
    ["Quý I (nếu có)", "2024-03-31"],
  ])("reads the date of %j and leaves its bracketed condition aside", (text, iso) => {
    expect(readTime(text, 2024)).toEqual(deadline(iso));
  });

  it.each([
    ["Trình Chính phủ trong Quý III/2026", "2026-09-30"],
    ["Hoàn thành năm 2027", "2027-12-31"],
    ["Hoàn thành trước 30/6/2026, sau đó duy trì thường xuyên", "2026-06-30"],
    ["Xây dựng đề án trong năm 2027. Định kỳ rà soát, cập nhật (nếu có)", "2027-12-31"],
    ["Hoàn thành thí điểm giai đoạn 2026 - 2028, nhân rộng sau năm 2029", "2028-12-31"],
    ["Triển khai trong giai đoạn 2026 - 2030; trong đó thí điểm trong năm 2027", "2030-12-31"],
    ["Ban hành quy chế trong Quý I/2027. Vận hành hệ thống trong Quý I/2027", "2027-03-31"],
    ["Tháng 12/2026; thường xuyên", "2026-12-31"],
    ["Thường xuyên; Quý IV/2026", "2026-12-31"],
    ["Theo Nghị quyết số 57-NQ/TW ngày 22/12/2024, hoàn thành trong quý II/2026", "2026-06-30"],
    ["- Ban hành hướng dẫn trong năm 2026.\n- Triển khai từ năm 2027.", "2026-12-31"],
  ])("finds the one deadline in the sentence %j", (text, iso) => {
    expect(readTime(text, 2025)).toEqual(deadline(iso));
  });

  it.each([
    "Quý I/2027 trình đề án; Quý III/2027 ban hành",
    "Hoàn thành Quý I/2026; triển khai Quý III/2026",
    "Theo Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024",
    "Thực hiện theo Luật Viên chức năm 2025",
    "Nghị định 12/2025/NĐ-CP",
    "Quý I năm sau",
    "Hằng năm, trước ngày 31/1 năm sau",
    "Đầu năm 2026",
    "2027, 2026",
    "Theo yêu cầu của cấp có thẩm quyền",
    "Theo tiến độ của dự án",
  ])("refuses %j: two unrelated deadlines, a cited document's date, or no date at all", (text) => {
    expect(readTime(text, 2025)).toEqual({ kind: "unknown", text });
  });

  it.each([
    ["Từ quý II/2028", [2028]],
    ["Từ tháng 7/2026, thường xuyên", [2026]],
    ["Bắt đầu từ năm 2027 và duy trì thường xuyên, liên tục", [2027]],
    ["Sau năm 2028", [2028]],
    ["Năm 2026 và các năm tiếp theo", [2026]],
    ["Thường xuyên, liên tục", []],
    ["Thực hiện thường xuyên (hoặc khi có yêu cầu)", []],
    ["Hàng năm và theo từng giai đoạn", []],
    ["Hằng năm, thường xuyên", []],
    ["Định kỳ 6 tháng", []],
    ["Định kỳ hằng quý", []],
  ])("reads %j as ongoing, never overdue", (text, years) => {
    expect(readTime(text, 2025)).toEqual({ kind: "ongoing", years });
  });

  it.each(["Đã hoàn thành", "Đã hoàn thành.", "đã thực hiện", "ĐÃ HOÀN THÀNH", "Hoàn thành"])(
    "reads %j in the time column as a done task",
    (text) => {
      expect(readTime(text, 2025)).toEqual({ kind: "done", text: text });
    },
  );

  it("reads a dated step as the deadline whatever plan year is given, and needs the year only for yearless steps", () => {
    const text = "Hoàn thành trong quý III/2026. Định kỳ cập nhật";
    expect(readTime(text, null)).toEqual(deadline("2026-09-30"));
    expect(readTime("Hoàn thành trong quý III. Định kỳ cập nhật", null)).toEqual({
      kind: "needsYear",
      text: "Hoàn thành trong quý III. Định kỳ cập nhật",
    });
  });

  it("reads a sentence longer than a short time up to the limit, and no further", () => {
    const long = `${"Thực hiện rà soát, cập nhật các hướng dẫn kỹ thuật, ".repeat(12)}hoàn thành trong Quý II/2026`;
    expect(long.length).toBeGreaterThan(200);
    expect(readTime(long, 2025)).toEqual(deadline("2026-06-30"));
    expect(readTime(`${"x ".repeat(600)}Quý II/2026`, 2025).kind).toBe("unknown");
  });
});
