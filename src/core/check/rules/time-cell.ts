// The time cell the time rules look at: a cell shared with the group row above is reported once, on that row.
import type { Task } from "../../model/plan";

/** The task's own time cell, or null when it has none or takes the group row's. */
export function ownTimeCell(task: Task): string | null {
  return task.source.inherited.includes("time") ? null : task.cells.time;
}
