// A task's state as a generated sheet shows it: text where the state cannot change with the as-of date (done,
// ongoing, unreadable time), and a formula over the workbook's as-of name where it can (an open task with a deadline),
// so every sheet agrees with the plan sheet's colours whatever date a leader types.
import type { Task } from "../model/plan";
import { STATE_LABEL, stateLabel } from "../track/task-labels";
import { AS_OF_NAME, QUARTER_END_NAME, STATE_WORDS_NAME } from "./as-of";
import type { SpecCell, StyleId } from "./spec";

const MAX_FORMULA_STRING = 200;

/** The formula that picks one of three labels by where the deadline in `ref` stands against the as-of name. */
export function openStateFormula(ref: string, labels: { overdue: string; due: string; upcoming: string }): string {
  // Not overdue, so the deadline is on or after the as-of date: it is due this quarter when it is by the quarter's end.
  return `IF(${AS_OF_NAME}>${ref},"${labels.overdue}",IF(${ref}<=${QUARTER_END_NAME},"${labels.due}","${labels.upcoming}"))`;
}

/** Whether a task's state moves with the as-of date: open, with a deadline. */
export function movesWithAsOf(t: Pick<Task, "state" | "deadline">): boolean {
  return t.deadline !== null && t.state !== "done" && t.state !== "ongoing" && t.state !== "unknown";
}

/** The deadline-state cell of the assignments table (what the summary counts), `ref` naming the row's deadline cell. */
export function deadlineStateCell(t: Task, ref: string, style: StyleId = "text"): SpecCell {
  if (!movesWithAsOf(t)) return { text: stateLabel(t), style };
  return {
    formula: openStateFormula(ref, {
      overdue: STATE_LABEL.overdue,
      due: STATE_LABEL.due,
      upcoming: STATE_LABEL.upcoming,
    }),
    result: stateLabel(t),
    style,
  };
}

/** What a task's reported status says ("Chưa báo cáo" when nobody wrote one), as the agency sheets print it. */
export function reportedStatus(t: Pick<Task, "statusText">): string {
  return t.statusText.trim() === "" ? "Chưa báo cáo" : t.statusText.trim();
}

/** The one state column of agency sheets: the reported status and the deadline state in one phrase. */
export function combinedStateLabel(t: Pick<Task, "state" | "punctuality" | "statusText">): string {
  if (t.state === "done") return stateLabel(t);
  const lower = STATE_LABEL[t.state].charAt(0).toLowerCase() + STATE_LABEL[t.state].slice(1);
  return `${reportedStatus(t)} — ${lower}`;
}

/** The agency sheets' state cell: combinedStateLabel, following the as-of name where the state can move. */
export function combinedStateCell(t: Task, ref: string, style: StyleId): SpecCell {
  const label = combinedStateLabel(t);
  // A formula's string constants stop at 255 characters: a very long status word stays text.
  if (!movesWithAsOf(t) || label.length > MAX_FORMULA_STRING) return { text: label, style };
  // A quote in the status text would end the formula's string early. The index is 1 when overdue (deadline before
  // the as-of date), 2 when due by the quarter's end, 3 after it: the words come from the as-of sheet, so a row's
  // formula stays short and thousands of rows fit in one request.
  const prefix = `${reportedStatus(t).replace(/"/g, '""')} — `;
  return {
    formula: `"${prefix}"&INDEX(${STATE_WORDS_NAME},1+(${ref}>=${AS_OF_NAME})+(${ref}>${QUARTER_END_NAME}))`,
    result: label,
    style,
  };
}
