import { planPeriod } from "../../src/core/read/plan-period";

const due = (...dates: string[]) => dates.map((deadline) => ({ deadline }));

describe("planPeriod: the years a plan runs over", () => {
  test("the title's period wins over the deadlines", () => {
    expect(planPeriod({ first: 2026, last: 2030 }, 2026, due("2024-03-31", "2031-12-31"))).toEqual({
      first: 2026,
      last: 2030,
    });
  });

  test("a title naming only its end starts at the plan year, or at the end when the year is later", () => {
    expect(planPeriod({ first: null, last: 2030 }, 2025, [])).toEqual({ first: 2025, last: 2030 });
    expect(planPeriod({ first: null, last: 2030 }, 2032, [])).toEqual({ first: 2030, last: 2030 });
  });

  test("no period in the title: the span of the deadlines' years (a resolution's year does not count)", () => {
    expect(planPeriod(null, 2024, [...due("2027-06-30", "2025-03-31"), { deadline: null }])).toEqual({
      first: 2025,
      last: 2027,
    });
  });

  test("no period and no deadline: the plan year alone, or nothing", () => {
    expect(planPeriod(null, 2024, [{ deadline: null }])).toEqual({ first: 2024, last: 2024 });
    expect(planPeriod(null, null, [])).toBeNull();
  });
});
