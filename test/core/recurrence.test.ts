import fc from "fast-check";
import { isoDate } from "../../src/core/model/dates";
import { nextOccurrence } from "../../src/core/read/recurrence";
import { readTime } from "../../src/core/read/time";

const next = (text: string, asOf: string) => nextOccurrence(readTime(text, 2025), asOf);

describe("recurring duties", () => {
  it.each([
    ["Trước ngày 20/11 hằng năm", "2025-12-01", "2026-11-20"],
    ["Trước ngày 20/11 hằng năm", "2025-11-20", "2025-11-20"],
    ["Trước ngày 20/11 hằng năm", "2025-01-15", "2025-11-20"],
    ["Tháng 10 hằng năm", "2025-12-01", "2026-10-31"],
    ["Tháng 2 hàng năm", "2026-03-01", "2027-02-28"],
    ["Tháng 2 hàng năm", "2027-03-01", "2028-02-29"],
    ["Quý I hằng năm", "2025-04-01", "2026-03-31"],
    ["Ngày 15/6 và 15/12 hằng năm", "2025-07-01", "2025-12-15"],
    ["Chậm nhất ngày 31/12 hằng năm", "2025-12-31", "2025-12-31"],
    ["Báo cáo trước ngày 5 hằng tháng", "2025-12-06", "2026-01-05"],
    ["Ngày 31 hằng tháng", "2026-02-10", "2026-02-28"],
    ["Từ năm 2027, trước ngày 20/11 hằng năm", "2025-12-01", "2027-11-20"],
  ])("%j as of %s next falls due on %s, with no deadline", (text, asOf, due) => {
    const reading = readTime(text, 2025);
    expect(reading.kind).toBe("ongoing");
    expect(nextOccurrence(reading, asOf)).toBe(due);
  });

  it.each(["Hằng năm", "Định kỳ 6 tháng", "Định kỳ hằng quý", "Thường xuyên", "Từ quý II/2027"])(
    "%j names no day: ongoing with no next occurrence",
    (text) => {
      expect(readTime(text, 2025).kind).toBe("ongoing");
      expect(next(text, "2025-06-01")).toBeNull();
    },
  );

  it("gives a task with a deadline, a done task or an unreadable time no next occurrence", () => {
    for (const text of ["Quý II/2026", "Đã hoàn thành", "Sau Tết"]) expect(next(text, "2025-06-01")).toBeNull();
  });

  it("never gives a deadline to a yearly date, and its next occurrence is within a year of the as-of date", () => {
    const day = fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    const asOf = fc.date({
      min: new Date(Date.UTC(1990, 0, 1)),
      max: new Date(Date.UTC(2150, 0, 1)),
      noInvalidDate: true,
    });
    const form = fc.constantFrom("Trước ngày {d}/{m} hằng năm", "Ngày {d} tháng {m} hàng năm", "{d}/{m} HẰNG NĂM.");
    fc.assert(
      fc.property(day, asOf, form, ({ m, d }, date, f) => {
        const iso = date.toISOString().slice(0, 10);
        const reading = readTime(f.replace("{d}", String(d)).replace("{m}", String(m)), null);
        const due = nextOccurrence(reading, iso);
        const y = date.getUTCFullYear();
        const expected = isoDate(y, m, d) >= iso ? isoDate(y, m, d) : isoDate(y + 1, m, d);
        return reading.kind === "ongoing" && due === expected;
      }),
    );
  });
});
