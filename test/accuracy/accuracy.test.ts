// The accuracy of `kehoach check` on the real-plan corpus, as `npm run accuracy` measures it, held as a ratchet.
import { realPlanNames } from "../helpers/real-plans";
import { scoreCorpus } from "./corpus";
import { totalOf, type PlanScore } from "./score";

// Today's measured share of checks right. It must only go up: raise it whenever the reading improves (goal: 0.98).
const FLOOR = 0.99;

let scores: PlanScore[];

beforeAll(async () => {
  scores = await scoreCorpus();
});

describe("accuracy on the real-plan corpus", () => {
  test("scores every plan of the corpus", () => {
    expect(scores.map((s) => s.plan)).toEqual(realPlanNames());
    expect(realPlanNames()).toHaveLength(8);
  });

  for (const name of realPlanNames()) {
    test(`${name} opens (a plan is found)`, () => {
      expect(scores.find((s) => s.plan === name)?.opened).toBe(true);
    });
  }

  test(`the share of checks right is at least ${FLOOR}`, () => {
    const { all } = totalOf(scores);
    expect(all.right / all.total).toBeGreaterThanOrEqual(FLOOR);
  });
});
