// The pure logic behind the staff sections of the pane: my agency's list (chips, filters, Vietnamese sorting), the
// update form, the live re-check's debounce policy, where the agency is remembered, and the pane state's new actions.
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import type { CellValue } from "../../src/core/model/cell-value";
import type { Plan } from "../../src/core/model/plan";
import { findingKey } from "../../src/core/check/ignored-findings";
import type { PlanChange } from "../../src/service/types";
import { legacyFixes } from "../../src/taskpane/components/LegacyTextNotice";
import { Debouncer, needsRecheck, type Timers } from "../../src/taskpane/live-check";
import {
  agencyChoices,
  agencyTasks,
  chipCounts,
  defaultQuarter,
  filterTasks,
  NO_FILTER,
  quarterOptions,
  sortTasks,
  taskChip,
} from "../../src/core/track/agency-tasks";
import { rememberAgency, rememberedAgency, type KeyValueStore } from "../../src/taskpane/my-agency-store";
import { initialState, paneReducer } from "../../src/taskpane/pane-state";
import { stringsFor } from "../../src/ui-text/strings";
import { formChange, initialForm, withStatus } from "../../src/taskpane/task-form";
import { matrixPlan, sheet } from "../helpers/seed";
import { aFinding, setCell } from "./helpers/findings";

const BDV = "Ban Dân vận Thành ủy";
const AS_OF = "2024-05-15";

function planOf(rows: CellValue[][]): Plan {
  const analysis = analyseWorkbook(matrixPlan(rows, { tracking: true }), { asOf: AS_OF });
  if (!analysis) throw new Error("no plan");
  return analysis.plan;
}

// Roles of Ban Dân vận (first agency column), Ban Quản lý, Liên đoàn; then time, status, completion date.
const PLAN = planOf([
  ["1.", "Xây dựng kế hoạch", "Chủ trì", "Phối hợp", "", "Quý I", "Hoàn thành", "15/03/2024"],
  ["2.", "Đánh giá", "Phối hợp", "Chủ trì", "", "Quý I", "Hoàn thành", "10/04/2024"],
  ["10.", "Ăn Tết cùng công nhân", "Chủ trì", "", "Phối hợp", "Quý II", "", ""],
  ["3.", "Báo cáo", "Chủ trì", "", "", "Quý I", "Đang thực hiện", ""],
  ["4.", "Đối thoại", "", "Chủ trì", "Phối hợp", "Quý IV", "", ""],
  ["5.", "Âm nhạc", "Phối hợp", "", "Chủ trì", "Thường xuyên", "", ""],
  ["6.", "đào tạo", "Chủ trì", "", "", "Quý III", "", ""],
  ["7.", "Zalo", "Phối hợp", "", "Chủ trì", "Quý V", "", ""],
  ["8.", "Hoàn thành sớm", "Chủ trì", "", "", "Quý II", "Hoàn thành", ""],
]);

describe("my agency's list", () => {
  const list = agencyTasks(PLAN, BDV);
  const numbers = (l: typeof list) => l.map((e) => e.task.number);

  test("the tasks the agency leads, then those it coordinates, each with its chip and quarter", () => {
    expect(list.map((e) => [e.task.number, e.role, e.chip, e.quarter])).toEqual([
      ["1", "lead", "doneOnTime", "2024-Q1"],
      ["10", "lead", "due", "2024-Q2"],
      ["3", "lead", "overdue", "2024-Q1"],
      ["6", "lead", "upcoming", "2024-Q3"],
      ["8", "lead", "done", "2024-Q2"],
      ["2", "coordinate", "doneLate", "2024-Q1"],
      ["5", "coordinate", "ongoing", "ongoing"],
      ["7", "coordinate", "unknown", "unknown"],
    ]);
    expect(agencyTasks(PLAN, "Sở không có")).toEqual([]);
    expect(chipCounts(list)).toEqual({
      overdue: 1,
      due: 1,
      upcoming: 1,
      ongoing: 1,
      doneLate: 1,
      doneOnTime: 1,
      done: 1,
      unknown: 1,
    });
    expect(taskChip({ state: "done", punctuality: "late" })).toBe("doneLate");
  });

  test("filters by quarter, state and role; quarters listed in time order", () => {
    expect(quarterOptions(list)).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "ongoing", "unknown"]);
    expect(numbers(filterTasks(list, { ...NO_FILTER, quarter: "2024-Q1" }))).toEqual(["1", "3", "2"]);
    expect(numbers(filterTasks(list, { ...NO_FILTER, chip: "overdue" }))).toEqual(["3"]);
    expect(numbers(filterTasks(list, { quarter: "2024-Q1", chip: "all", role: "coordinate" }))).toEqual(["2"]);
    expect(filterTasks(list, NO_FILTER)).toHaveLength(8);
  });

  test("sorts by deadline (none last), by number ('8' before '10') or by content in Vietnamese order (Ă before Â, Đ after D)", () => {
    expect(numbers(sortTasks(list, "deadline"))).toEqual(["1", "2", "3", "8", "10", "6", "5", "7"]);
    expect(numbers(sortTasks(list, "number"))).toEqual(["1", "2", "3", "5", "6", "7", "8", "10"]);
    expect(sortTasks(list, "content").map((e) => e.task.content)).toEqual([
      "Ăn Tết cùng công nhân",
      "Âm nhạc",
      "Báo cáo",
      "Đánh giá",
      "đào tạo",
      "Hoàn thành sớm",
      "Xây dựng kế hoạch",
      "Zalo",
    ]);
  });

  test("agencies to pick from: no group phrases, Vietnamese alphabetical order", () => {
    const analysis = analyseWorkbook(
      sheet([
        ["KẾ HOẠCH năm 2024"],
        ["Stt", "Nội dung", "Ủy ban Mặt trận Tổ quốc", "Sở Tài chính", "Đài Phát thanh", "Ban Dân vận", "Thời gian"],
        ["1.", "Việc", "Chủ trì", "Phối hợp", "", "", "Quý I"],
      ]),
      { asOf: AS_OF },
    )!;
    expect(agencyChoices(analysis.plan)).toEqual([
      "Ban Dân vận",
      "Đài Phát thanh",
      "Sở Tài chính",
      "Ủy ban Mặt trận Tổ quốc",
    ]);
  });

  test("the quarter a report is wanted for", () => {
    expect(defaultQuarter("2024-05-15", 2024)).toBe(2);
    expect(defaultQuarter("2025-01-09", 2024)).toBe(4);
    expect(defaultQuarter("2023-12-01", 2024)).toBe(1);
    expect(defaultQuarter("2024-11-30", null)).toBe(4);
  });

  test("quarter names in both languages", () => {
    expect(["2024-Q2", "ongoing", "unknown"].map(stringsFor("vi").quarterName)).toEqual([
      "Quý II/2024",
      "Thường xuyên",
      "Chưa rõ hạn",
    ]);
    expect(["2024-Q2", "ongoing", "unknown"].map(stringsFor("en").quarterName)).toEqual([
      "Q2 2024",
      "Ongoing",
      "Unknown deadline",
    ]);
  });
});

describe("the update form", () => {
  const task = (n: string) => PLAN.tasks.find((t) => t.number === n)!;

  test("opens with the task's status, date and note; a status the add-in cannot read is kept", () => {
    expect(initialForm(task("1"), "vi")).toEqual({ status: "done", date: "15/03/2024", note: "" });
    expect(initialForm(task("1"), "en")).toEqual({ status: "done", date: "15 Mar 2024", note: "" });
    const odd = planOf([["1.", "Việc", "Chủ trì", "", "", "Quý I", "xong rồi", "ngày mai"]]).tasks[0];
    expect(initialForm(odd, "vi")).toEqual({ status: "keep", date: "ngày mai", note: "" });
  });

  test("picking done fills an empty date with today; leaving done clears it", () => {
    const open = initialForm(task("10"), "vi");
    const done = withStatus(open, "done", "2024-05-15", "vi");
    expect(done).toEqual({ status: "done", date: "15/05/2024", note: "" });
    expect(withStatus(done, "inProgress", "2024-05-15", "vi")).toEqual({ status: "inProgress", date: "", note: "" });
    expect(withStatus({ ...open, date: "01/05/2024" }, "done", "2024-05-15", "vi").date).toBe("01/05/2024");
  });

  test("sends only what the user changed; an unreadable date is held back", () => {
    const initial = initialForm(task("3"), "vi");
    expect(formChange(initial, initial)).toEqual({ change: {}, dateInvalid: false, changed: false });
    expect(formChange(initial, { ...initial, note: "Đã họp" })).toEqual({
      change: { note: "Đã họp" },
      dateInvalid: false,
      changed: true,
    });
    expect(formChange(initial, withStatus(initial, "done", "2024-05-15", "vi")).change).toEqual({
      status: "done",
      completedOn: "2024-05-15",
    });
    expect(formChange(initial, { ...initial, date: "31/02/2024" })).toMatchObject({ dateInvalid: true, change: {} });
    const done = initialForm(task("1"), "vi");
    expect(formChange(done, { ...done, date: "" }).change).toEqual({ completedOn: null });
  });
});

describe("live re-check policy", () => {
  const change = (over: Partial<PlanChange> = {}): PlanChange => ({
    source: "Remote",
    triggerSource: "Unknown",
    worksheetId: "s1",
    address: "G21",
    changeType: "RangeEdited",
    ...over,
  });

  test("every change but the add-in's own writes calls for a re-check", () => {
    expect(needsRecheck(change())).toBe(true);
    expect(needsRecheck(change({ source: "Local" }))).toBe(true);
    expect(needsRecheck(change({ source: "Local", triggerSource: null }))).toBe(true);
    expect(needsRecheck(change({ source: "Local", triggerSource: "ThisLocalAddin" }))).toBe(false);
  });

  describe("the debouncer (fake timers)", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());
    const timers: Timers = {
      setTimeout: (f, ms) => setTimeout(f, ms),
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
      now: () => Date.now(),
    };

    test("a burst of changes makes one call, after the quiet time", () => {
      const fire = jest.fn();
      const d = new Debouncer(fire, 1000, 8000, timers);
      for (let i = 0; i < 20; i++) {
        d.poke();
        jest.advanceTimersByTime(200);
      }
      expect(fire).not.toHaveBeenCalled();
      jest.advanceTimersByTime(799);
      expect(fire).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(fire).toHaveBeenCalledTimes(1);
      jest.advanceTimersByTime(60000);
      expect(fire).toHaveBeenCalledTimes(1);
      d.poke();
      jest.advanceTimersByTime(1000);
      expect(fire).toHaveBeenCalledTimes(2);
    });

    test("a stream that never stops is checked at least every maxWait", () => {
      const fire = jest.fn();
      const d = new Debouncer(fire, 1000, 5000, timers);
      for (let i = 0; i < 120; i++) {
        d.poke();
        jest.advanceTimersByTime(100);
      }
      expect(fire.mock.calls.length).toBeGreaterThanOrEqual(2);
      expect(fire.mock.calls.length).toBeLessThanOrEqual(3);
    });

    test("cancel drops a waiting call", () => {
      const fire = jest.fn();
      const d = new Debouncer(fire, 1000, 5000, timers);
      d.poke();
      expect(d.pending).toBe(true);
      d.cancel();
      jest.advanceTimersByTime(10000);
      expect(fire).not.toHaveBeenCalled();
    });
  });
});

describe("where my agency is remembered", () => {
  function memoryStore(): KeyValueStore & { data: Map<string, string> } {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
  }

  test("per workbook, on this computer; a blocked storage remembers nothing and breaks nothing", () => {
    const store = memoryStore();
    rememberAgency(store, "https://x/a.xlsx", BDV);
    expect(rememberedAgency(store, "https://x/a.xlsx")).toBe(BDV);
    expect(rememberedAgency(store, "https://x/b.xlsx")).toBeNull();
    rememberAgency(store, "https://x/a.xlsx", null);
    expect(store.data.size).toBe(0);
    const blocked: KeyValueStore = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceeded");
      },
      removeItem: () => undefined,
    };
    expect(() => rememberAgency(blocked, "a", BDV)).not.toThrow();
    expect(rememberedAgency(blocked, "a")).toBeNull();
    expect(rememberedAgency(null, "a")).toBeNull();
  });
});

describe("legacy text and the pane state", () => {
  test("the convert-all button takes the legacy findings with a fix that are not ignored", () => {
    const legacy = [
      aFinding("text-legacy-encoding", "C20", "3", setCell("C20", "Chñ tr×", "Chủ trì")),
      aFinding("text-legacy-encoding", "B21", "4", setCell("B21", "Phèi hîp", "Phối hợp")),
    ];
    const others = [aFinding("role-unknown", "C20", "3")];
    expect(legacyFixes([...others, ...legacy], new Set())).toEqual(legacy);
    expect(legacyFixes(legacy, new Set([findingKey(legacy[0])]))).toEqual([legacy[1]]);
  });

  test("a re-check keeps the notes, the fix and the update on screen; a check of the user's own clears them", () => {
    const update = {
      done: true,
      refused: null,
      number: "5",
      sheet: "Kế hoạch",
      row: 21,
      cells: ["G21"],
      changes: [],
      notes: [],
    };
    const read = { found: false as const, notes: [] };
    let s = paneReducer(initialState("2024-06-30"), { type: "start", operation: "update" });
    s = paneReducer(s, { type: "updated", result: update });
    s = paneReducer(s, { type: "read", result: read, ignored: [] });
    s = paneReducer(paneReducer(s, { type: "finish" }), { type: "opened", sheet: "X", found: false });
    s = paneReducer(s, { type: "start", operation: "recheck" });
    expect(s.notes).toHaveLength(1);
    s = paneReducer(paneReducer(s, { type: "read", result: read, ignored: [] }), { type: "finish" });
    expect([s.update, s.notes.length]).toEqual([update, 1]);
    s = paneReducer(s, { type: "start", operation: "read" });
    expect(paneReducer(s, { type: "read", result: read, ignored: [] }).update).toBeNull();
  });
});
