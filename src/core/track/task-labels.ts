// The Vietnamese words generated sheets and filters use for a task's state, its quarter and the as-of date.
import { formatViDate, quarterOf, yearOf, type IsoDate } from "../model/dates";
import type { DeadlineState } from "./deadline";
import type { Task } from "../model/plan";

/** Vietnamese labels of deadline states, as they appear in generated sheets and filters. */
export const STATE_LABEL: Record<DeadlineState, string> = {
  done: "Hoàn thành",
  overdue: "Quá hạn",
  due: "Đến hạn trong quý",
  upcoming: "Chưa đến hạn",
  ongoing: "Thường xuyên",
  unknown: "Chưa rõ hạn",
};

/** The state label with the done-on-time/done-late split of Vietnamese task tracking. */
export function stateLabel(task: Pick<Task, "state" | "punctuality">): string {
  if (task.state === "done" && task.punctuality === "late") return "Hoàn thành trễ hạn";
  if (task.state === "done" && task.punctuality === "onTime") return "Hoàn thành đúng hạn";
  return STATE_LABEL[task.state];
}

/** The quarter a task falls due in, as a label ("Quý II/2024"), or what stands instead ("Thường xuyên", "Chưa rõ hạn"). */
export function quarterLabel(task: Pick<Task, "deadline" | "time">): string {
  if (task.deadline) return `Quý ${["I", "II", "III", "IV"][quarterOf(task.deadline) - 1]}/${yearOf(task.deadline)}`;
  if (task.time.kind === "done") return "Đã hoàn thành";
  return task.time.kind === "ongoing" ? "Thường xuyên" : "Chưa rõ hạn";
}

/** The as-of line printed on generated sheets ("Tình hình đến ngày 30/06/2024"). */
export function asOfLine(asOf: IsoDate): string {
  return `Tình hình đến ngày ${formatViDate(asOf)}`;
}
