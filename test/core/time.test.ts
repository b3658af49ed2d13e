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
