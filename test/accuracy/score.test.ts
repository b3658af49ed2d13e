import { allOf, scorePlan, totalOf, type ToolReading } from "./score";
import type { Truth } from "../helpers/real-plans";

// A hand-made plan: two sections, a lead with an accepted raw reading, a row under a vertical merge, a table problem.
const truth: Truth = {
  name: "tiny",
  document: { number: "1/KH-UBND", date: "2025-12-01", issuer: "UBND xã" },
  headerRows: [3],
  taskCount: 3,
  tasks: [
    {
      key: "I.1",
      row: 5,
      content: "Rà soát",
      leads: ["Phòng Văn hóa"],
      coordinators: ["Công an xã", "Các thôn"],
      time: "Quý I/2026",
      deadline: "2026-03-31",
      state: null,
      accept: { leads: [["Phòng Văn hóa - Xã hội"]] },
    },
    {
      key: "I.2",
      row: 6,
      content: "Báo cáo",
      leads: ["Phòng Văn hóa"],
      coordinators: [],
      time: "Quý I/2026",
      deadline: "2026-03-31",
      state: null,
      inheritedFromMerge: true,
      accept: { deadline: [null] },
    },
    {
      key: "II.1",
      row: 8,
      content: "Tuyên truyền",
      leads: ["Văn phòng"],
      coordinators: [],
      time: "Thường xuyên",
      deadline: null,
      state: "ongoing",
    },
  ],
  problems: [
    { rule: "several-leads", task: "I.1, II.1", note: "" },
    { rule: "same-agency-spelled-two-ways", task: null, note: "" },
    { rule: "footnote-markers", task: null, note: "" },
  ],
};

const perfect: NonNullable<ToolReading> = {
  tasks: [
    { row: 5, lead: "Phòng Văn hóa", coordinators: ["Các thôn", "Công an xã"], deadline: "2026-03-31" },
    { row: 6, lead: "Phòng Văn hóa", coordinators: [], deadline: "2026-03-31" },
    { row: 8, lead: "Văn phòng", coordinators: [], deadline: null },
  ],
  findings: [
    { rule: "lead-multiple", severity: "error", task: "1", cell: "C8" },
    { rule: "agency-alias", severity: "warning", task: "1", cell: "C5" },
  ],
};

describe("scorePlan", () => {
  test("a reading equal to the truth passes every check; layout-only table problems are listed, not scored", () => {
    const s = scorePlan("tiny", truth, perfect);
    expect(s.opened).toBe(true);
    expect(s.misses).toEqual([]);
    expect(s.tallies.tasks).toEqual({ right: 3, total: 3 });
    expect(s.tallies.problems).toEqual({ right: 2, total: 2 });
    expect(s.tallies.keys).toEqual({ right: 0, total: 0 });
    expect(s.unscored).toEqual(["footnote-markers"]);
    expect(allOf(s.tallies)).toEqual({ right: 14, total: 14 });
  });

  test("accepted alternatives count, and a row under a merge may read empty", () => {
    const reading: ToolReading = {
      findings: perfect.findings,
      tasks: [
        { row: 5, leads: ["Phòng Văn hóa - Xã hội"], coordinators: ["Các thôn", "Công an xã"], deadline: "2026-03-31" },
        { row: 6, lead: null, coordinators: [], deadline: null },
        perfect.tasks[2],
      ],
    };
    expect(scorePlan("tiny", truth, reading).misses).toEqual([]);
  });

  test("a missing task misses every field; an extra task, a wrong list and a wrong deadline are misses", () => {
    const reading: ToolReading = {
      findings: [],
      tasks: [
        { row: 4, lead: "I", coordinators: [], deadline: null, content: "II. TUYÊN TRUYỀN" },
        { row: 5, lead: "Phòng Văn hóa", coordinators: ["Công an xã, Các thôn"], deadline: "2026-12-31" },
        { row: 6, lead: "Phòng Văn hóa", coordinators: [], deadline: "2026-03-31" },
      ],
    };
    const s = scorePlan("tiny", truth, reading);
    expect(s.misses.map((m) => `${m.key} ${m.field}`)).toEqual([
      "I.1 coordinators",
      "I.1 deadlines",
      "II.1 tasks",
      "II.1 leads",
      "II.1 coordinators",
      "II.1 deadlines",
      "row 4 tasks",
      "I.1, II.1 problems",
      "(table) problems",
    ]);
    expect(s.tallies.tasks).toEqual({ right: 2, total: 4 });
    expect(s.misses.find((m) => m.key === "row 4")).toMatchObject({ expected: "no task", got: "II. TUYÊN TRUYỀN" });
  });

  test("keys are scored once the reading gives them; info findings flag nothing", () => {
    const reading: ToolReading = {
      findings: [{ rule: "agency-unused", severity: "info", task: null, cell: "C8" }],
      tasks: perfect.tasks.map((t, i) => ({ ...t, key: ["I.1", "2", "II.1"][i] })),
    };
    const s = scorePlan("tiny", truth, reading);
    expect(s.tallies.keys).toEqual({ right: 2, total: 3 });
    expect(s.misses.filter((m) => m.field === "keys")).toEqual([
      { plan: "tiny", key: "I.2", field: "keys", expected: "I.2", got: "2" },
    ]);
    expect(s.tallies.problems).toEqual({ right: 0, total: 2 });
  });

  test("no plan fails every task check; totals add plans up", () => {
    const none = scorePlan("tiny", truth, null);
    expect(none.opened).toBe(false);
    expect(allOf(none.tallies)).toEqual({ right: 0, total: 14 });
    const total = totalOf([none, scorePlan("tiny", truth, perfect)]);
    expect(total.all).toEqual({ right: 14, total: 28 });
    expect(total.tallies.leads).toEqual({ right: 3, total: 6 });
  });
});
