import { type IsoDate, lastDayOfQuarter, quarterOf, yearOf } from "../model/dates";
import type { TimeReading } from "../read/time";
import type { Status } from "../read/vocabulary";

export type DeadlineState = "done" | "overdue" | "due" | "upcoming" | "ongoing" | "unknown";

/** Where a task stands against its deadline on a given day (DESIGN §3), and for done tasks whether they were on time. */
export function deadlineState(
  t: { time: TimeReading; status: Status; completedOn: IsoDate | null },
  asOf: IsoDate,
): { state: DeadlineState; punctuality: "onTime" | "late" | null } {
  const deadline = t.time.kind === "deadline" ? t.time.deadline : null;
  // "Đã hoàn thành" written in the time column says the same as a done status.
  if (t.status === "done" || t.time.kind === "done") {
    const punctuality = deadline && t.completedOn ? (t.completedOn <= deadline ? "onTime" : "late") : null;
    return { state: "done", punctuality };
  }
  return { state: openState(t.time.kind, deadline, asOf), punctuality: null };
}

// The deadline day itself still counts as within time.
function openState(kind: TimeReading["kind"], deadline: IsoDate | null, asOf: IsoDate): DeadlineState {
  if (kind === "ongoing") return "ongoing";
  if (!deadline) return "unknown";
  if (asOf > deadline) return "overdue";
  return deadline <= lastDayOfQuarter(yearOf(asOf), quarterOf(asOf)) ? "due" : "upcoming";
}
