// The update form of a task (status, completion date, note): what it starts with, how picking a status fills or
// clears the date, and which fields the user actually changed (only those are written).
import type { IsoDate } from "../core/model/dates";
import type { Task } from "../core/model/plan";
import type { Status } from "../core/read/vocabulary";
import type { TaskChange } from "../service/types";
import { dateInputText, parseDateInput } from "../ui-text/dates";
import type { Language } from "../ui-text/language";

/** The form's fields as typed; status "keep" leaves a status the add-in cannot read as it is. */
export interface TaskForm {
  status: Status | "keep";
  date: string;
  note: string;
}

/** The form as it opens for a task: its status, completion date and note as they are. */
export function initialForm(task: Task, language: Language): TaskForm {
  return {
    status: task.source.statusKnown ? task.status : "keep",
    date: task.completedOn ? dateInputText(task.completedOn, language) : task.source.completedText,
    note: task.note,
  };
}

/** Picks a status: "done" fills an empty completion date with today, any other status clears the date. */
export function withStatus(form: TaskForm, status: TaskForm["status"], today: IsoDate, language: Language): TaskForm {
  if (status === "done" && form.date.trim() === "") return { ...form, status, date: dateInputText(today, language) };
  if (status !== "done" && status !== "keep" && form.status === "done") return { ...form, status, date: "" };
  return { ...form, status };
}

/** What to send: only the fields that differ from how the form opened; `dateInvalid` when the date cannot be read. */
export function formChange(
  initial: TaskForm,
  form: TaskForm,
): { change: TaskChange; dateInvalid: boolean; changed: boolean } {
  const change: TaskChange = {};
  let dateInvalid = false;
  if (form.status !== initial.status && form.status !== "keep") change.status = form.status;
  const date = form.date.trim();
  if (date !== initial.date.trim()) {
    if (date === "") change.completedOn = null;
    else {
      const parsed = parseDateInput(date);
      if (parsed) change.completedOn = parsed;
      else dateInvalid = true;
    }
  }
  if (form.note.trim() !== initial.note.trim()) change.note = form.note;
  return { change, dateInvalid, changed: Object.keys(change).length > 0 };
}
