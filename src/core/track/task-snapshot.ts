// A task as the pane showed it: where it was, and the values the user saw. Writes find the task again by its key
// (section label and number, since numbering may restart in each section; rows may have been sorted, filtered or inserted by co-authors since) and compare these values to refuse a write
// over a task someone else changed in the meantime. Pure: no Office.js.
import type { Plan, Task } from "../model/plan";

/** The values of a task the user saw; any difference at write time means someone changed the task. */
export interface TaskFingerprint {
  number: string;
  content: string;
  time: string;
  lead: string;
  coordinators: string;
  status: string;
  completedOn: string;
  note: string;
}

/** One field of a task that changed between what the pane showed and what the workbook now holds. */
export interface FieldChange {
  field: keyof TaskFingerprint;
  shown: string;
  now: string;
}

/** Where the pane saw a task, with what it saw. */
export interface TaskSnapshot {
  sheet: string;
  number: string;
  /** The task's key ("II.3"; the number alone without sections): what finds the task again. */
  key: string;
  /** The sheet row when shown (a hint only: the task is found again by key). */
  row: number;
  numberCell: string;
  contentCell: string;
  /** The plan's leftmost and rightmost columns, so a click can select the task's row of the plan. */
  left: number;
  right: number;
  fingerprint: TaskFingerprint;
}

/** The values of a task the user sees in the pane (roles as lead and coordinators, status and completion date as written). */
export function taskFingerprint(task: Task): TaskFingerprint {
  return {
    number: task.number ?? "",
    content: task.content,
    time: task.timeText,
    lead: task.lead ?? "",
    coordinators: task.coordinators.join("; "),
    status: task.statusText,
    completedOn: task.source.completedText,
    note: task.note,
  };
}

/** Records a numbered task of a plan as the pane shows it. */
export function taskSnapshot(plan: Plan, task: Task): TaskSnapshot {
  return {
    sheet: plan.sheet,
    number: task.number ?? "",
    key: task.key ?? "",
    row: task.row,
    numberCell: task.cells.number,
    contentCell: task.cells.content,
    left: plan.left,
    right: plan.right,
    fingerprint: taskFingerprint(task),
  };
}

/** Lists the fields that differ between what was shown and what is there now. */
export function fingerprintChanges(shown: TaskFingerprint, now: TaskFingerprint): FieldChange[] {
  return (Object.keys(shown) as (keyof TaskFingerprint)[])
    .filter((field) => shown[field] !== now[field])
    .map((field) => ({ field, shown: shown[field], now: now[field] }));
}
