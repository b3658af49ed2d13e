import fc from "fast-check";
import { quarterEnd } from "../../src/core/sheets/as-of";

describe("quarterEnd: the last day of a date's quarter, what the as-of sheet's NgayCuoiQuy computes", () => {
  test("known quarters, leap February and the year's end", () => {
    expect(quarterEnd("2024-01-01")).toBe("2024-03-31");
    expect(quarterEnd("2024-05-15")).toBe("2024-06-30");
    expect(quarterEnd("2024-09-30")).toBe("2024-09-30");
    expect(quarterEnd("2025-12-31")).toBe("2025-12-31");
  });

  test("is in the same quarter, not before the date, and the next day starts a new quarter", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const end = quarterEnd(iso);
        const q = (s: string) => `${s.slice(0, 4)}Q${Math.ceil(Number(s.slice(5, 7)) / 3)}`;
        expect(q(end)).toBe(q(iso));
        expect(end >= iso).toBe(true);
        const next = new Date(Date.parse(end) + 86_400_000).toISOString().slice(0, 10);
        expect(q(next)).not.toBe(q(iso));
      }),
    );
  });
});
