import { deadlineState } from "../../src/core/track/deadline";
import type { IsoDate } from "../../src/core/model/dates";
import { type TimeReading, readTime } from "../../src/core/read/time";
import type { Status } from "../../src/core/read/vocabulary";

// A task of the seed plan (year 2024) as read from its cells.
const task = (time: string, status: Status = "notStarted", completedOn: IsoDate | null = null) => ({
  time: readTime(time, 2024),
  status,
  completedOn,
});
const open = (state: string) => ({ state, punctuality: null });

describe("deadlineState of done tasks", () => {
  it("is done on time when completed by the deadline, the deadline day included", () => {
    expect(deadlineState(task("Quý I", "done", "2024-03-15"), "2024-07-01")).toEqual({
      state: "done",
      punctuality: "onTime",
    });
    expect(deadlineState(task("Quý I", "done", "2024-03-31"), "2024-07-01")).toEqual({
      state: "done",
      punctuality: "onTime",
    });
  });

  it("is done when the time column says so ('Đã hoàn thành'), whatever the status column holds", () => {
    for (const status of ["notStarted", "inProgress", "done"] as const)
      expect(deadlineState(task("Đã hoàn thành", status), "2024-07-01")).toEqual({ state: "done", punctuality: null });
  });

  it("keeps a recurring duty ongoing, never overdue", () => {
    expect(deadlineState(task("Trước ngày 20/11 hằng năm"), "2030-12-31")).toEqual(open("ongoing"));
  });

  it("is done late when completed after the deadline", () => {
    expect(deadlineState(task("Quý II, III", "done", "2024-10-01"), "2024-12-31")).toEqual({
      state: "done",
      punctuality: "late",
    });
  });

  it("is done, without punctuality, when there is no completion date or no deadline", () => {
    expect(deadlineState(task("Quý I", "done"), "2024-07-01")).toEqual({ state: "done", punctuality: null });
    expect(deadlineState(task("Thường xuyên", "done", "2024-05-01"), "2024-07-01")).toEqual({
      state: "done",
      punctuality: null,
    });
    expect(deadlineState(task("Sau Tết", "done", "2024-05-01"), "2024-07-01")).toEqual({
      state: "done",
      punctuality: null,
    });
  });
});

describe("deadlineState of open tasks", () => {
  it("is overdue once the as-of date is after the deadline", () => {
    expect(deadlineState(task("Quý I"), "2024-04-01")).toEqual(open("overdue"));
    expect(deadlineState(task("Quý I", "inProgress"), "2024-12-31")).toEqual(open("overdue"));
  });

  it("is not overdue on the deadline day itself", () => {
    expect(deadlineState(task("Quý I"), "2024-03-31")).toEqual(open("due"));
    expect(deadlineState(task("Trước ngày 30/6"), "2024-06-30")).toEqual(open("due"));
  });

  it("is due when the deadline falls in the as-of quarter", () => {
    expect(deadlineState(task("Quý II"), "2024-04-01")).toEqual(open("due"));
    expect(deadlineState(task("Tháng 5"), "2024-04-15")).toEqual(open("due"));
    expect(deadlineState(task("Quý II, III"), "2024-08-20")).toEqual(open("due"));
  });

  it("is upcoming when the deadline is after the end of the as-of quarter", () => {
    expect(deadlineState(task("Quý II"), "2024-03-31")).toEqual(open("upcoming"));
    expect(deadlineState(task("Cả năm"), "2024-02-01")).toEqual(open("upcoming"));
    expect(deadlineState(task("Quý I/2025"), "2024-12-31")).toEqual(open("upcoming"));
  });

  it("is ongoing when the task has no deadline, never overdue", () => {
    expect(deadlineState(task("Thường xuyên"), "2030-01-01")).toEqual(open("ongoing"));
    expect(deadlineState(task("2025 và những năm tiếp theo", "inProgress"), "2030-01-01")).toEqual(open("ongoing"));
  });

  it("is unknown when the time could not be read or still needs the plan year", () => {
    expect(deadlineState(task("Sau Tết"), "2024-06-01")).toEqual(open("unknown"));
    const needsYear: TimeReading = readTime("Quý I", null);
    expect(needsYear.kind).toBe("needsYear");
    expect(deadlineState({ time: needsYear, status: "notStarted", completedOn: null }, "2024-06-01")).toEqual(
      open("unknown"),
    );
  });
});
