// "Nhắc việc": what each agency should hear about before a deadline passes — the open tasks it leads or coordinates
// that are overdue or fall due within a window after the as-of date, and recurring duties whose next occurrence falls
// in that window. Pure: the plan carries the as-of date its states were judged at.
import type { IsoDate } from "../model/dates";
import type { AgencyContact, Plan, Task } from "../model/plan";
import type { AgencyRole } from "../track/agency-tasks";
import { agencyViews } from "../track/agency-views";

/** One task of a reminder, with the agency's part in it. */
export interface ReminderItem {
  task: Task;
  role: AgencyRole;
  /** The deadline (overdue, due soon) or the next occurrence (recurring). */
  date: IsoDate;
  /** Overdue tasks: whole days since the deadline. */
  daysOverdue: number | null;
}

/** What one agency is reminded of, and how to reach it. */
export interface AgencyReminder {
  agency: string;
  contact: AgencyContact | null;
  overdue: ReminderItem[];
  dueSoon: ReminderItem[];
  recurring: ReminderItem[];
}

/** Every agency's reminder as of the plan's date, over a window of `days` days after it. */
export interface Reminders {
  asOf: IsoDate;
  /** The last day of the window (as-of date plus `days`). */
  until: IsoDate;
  days: number;
  /** Every agency (not group phrases) in the plan's agency order, including those with nothing to hear. */
  agencies: AgencyReminder[];
}

/** Builds each agency's reminder: overdue tasks (most overdue first), tasks due by the window's end, recurring duties next due in it. */
export function buildReminders(plan: Plan, days: number): Reminders {
  const asOf = plan.asOf;
  const until = addDays(asOf, days);
  const contacts = new Map(plan.agencies.map((a) => [a.name, a.contact ?? null]));
  const agencies = agencyViews(plan).map((view): AgencyReminder => {
    const reminder: AgencyReminder = {
      agency: view.agency,
      contact: contacts.get(view.agency) ?? null,
      overdue: [],
      dueSoon: [],
      recurring: [],
    };
    const parts: [Task[], AgencyRole][] = [
      [view.lead, "lead"],
      [view.coordinate, "coordinate"],
      [view.shared, "group"],
    ];
    for (const [tasks, role] of parts)
      for (const task of tasks) {
        if (task.state === "done") continue;
        if (task.state === "overdue" && task.deadline)
          reminder.overdue.push({ task, role, date: task.deadline, daysOverdue: daysBetween(task.deadline, asOf) });
        else if (task.deadline && task.deadline >= asOf && task.deadline <= until)
          reminder.dueSoon.push({ task, role, date: task.deadline, daysOverdue: null });
        else if (task.nextDue && task.nextDue >= asOf && task.nextDue <= until)
          reminder.recurring.push({ task, role, date: task.nextDue, daysOverdue: null });
      }
    for (const list of [reminder.overdue, reminder.dueSoon, reminder.recurring]) list.sort(byDateThenRow);
    return reminder;
  });
  return { asOf, until, days, agencies };
}

/** Whether a reminder has anything to say (no email is written for an agency with nothing due). */
export function hasSomething(r: AgencyReminder): boolean {
  return r.overdue.length + r.dueSoon.length + r.recurring.length > 0;
}

// Earliest date first (so the longest overdue leads), then plan order.
function byDateThenRow(a: ReminderItem, b: ReminderItem): number {
  return a.date.localeCompare(b.date) || a.task.row - b.task.row;
}

const DAY_MS = 86_400_000;

function utc(iso: IsoDate): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** The date `days` days after an ISO date (calendar days, no time zone involved). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return new Date(utc(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to a later one. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}
