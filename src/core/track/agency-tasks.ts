// "Cơ quan của tôi": the tasks one agency leads and coordinates, each with its state chip, and the pane's filters and
// sort orders over them. Pure: tested without a DOM or a workbook.
import { quarterOf, yearOf } from "../model/dates";
import type { Plan, Task } from "../model/plan";
import { compareVi } from "../text/normalize";
import { agencyViews } from "./agency-views";

/** A task's state as its chip shows it: the deadline states, done split into on time and late. */
export type TaskChip = "overdue" | "due" | "upcoming" | "doneOnTime" | "doneLate" | "done" | "ongoing" | "unknown";

/** The order chips are listed in: what needs action first. */
export const CHIP_ORDER: TaskChip[] = [
  "overdue",
  "due",
  "upcoming",
  "ongoing",
  "doneLate",
  "doneOnTime",
  "done",
  "unknown",
];

/** The agency's part in a task: it leads, it coordinates, or a group it belongs to leads ("Các sở, ngành"). */
export type AgencyRole = "lead" | "coordinate" | "group";

/** One task of the agency's list. */
export interface AgencyTask {
  task: Task;
  role: AgencyRole;
  chip: TaskChip;
  /** "2024-Q2" for a deadline in that quarter; "ongoing" or "unknown" when there is no deadline. */
  quarter: string;
}

/** What the list is filtered by; "all" lets everything through. */
export interface TaskFilter {
  quarter: string;
  chip: TaskChip | "all";
  role: AgencyRole | "all";
}

export const NO_FILTER: TaskFilter = {
  quarter: "all",
  chip: "all",
  role: "all",
};

/** How the list is sorted. */
export type TaskSort = "deadline" | "number" | "content";

/** The chip of a task: done tasks are on time or late when their completion date is known. */
export function taskChip(task: Pick<Task, "state" | "punctuality">): TaskChip {
  if (task.state !== "done") return task.state;
  if (task.punctuality === "onTime") return "doneOnTime";
  if (task.punctuality === "late") return "doneLate";
  return "done";
}

/** The quarter key of a task's deadline ("2024-Q2"), or "ongoing" / "done" (done with no deadline) / "unknown". */
export function quarterKey(task: Pick<Task, "deadline" | "time">): string {
  if (task.deadline) return `${yearOf(task.deadline)}-Q${quarterOf(task.deadline)}`;
  if (task.time.kind === "done") return "done";
  return task.time.kind === "ongoing" ? "ongoing" : "unknown";
}

/** The agencies a user can pick as theirs (no group phrases), in Vietnamese alphabetical order. */
export function agencyChoices(plan: Plan): string[] {
  return plan.agencies
    .filter((a) => !a.group)
    .map((a) => a.name)
    .sort(compareVi);
}

/** Every task of one agency: those it leads, coordinates, or leads as part of a group; empty for an unknown agency. */
export function agencyTasks(plan: Plan, agency: string): AgencyTask[] {
  const view = agencyViews(plan).find((v) => v.agency === agency);
  if (!view) return [];
  const entry = (task: Task, role: AgencyRole): AgencyTask => ({
    task,
    role,
    chip: taskChip(task),
    quarter: quarterKey(task),
  });
  return [
    ...view.lead.map((t) => entry(t, "lead")),
    ...view.coordinate.map((t) => entry(t, "coordinate")),
    ...view.shared.map((t) => entry(t, "group")),
  ];
}

/** The quarters present in a list, in time order, "ongoing" and "unknown" last. */
export function quarterOptions(list: AgencyTask[]): string[] {
  const rank = (q: string) => (q === "ongoing" ? 1e6 : q === "done" ? 1e6 + 1 : q === "unknown" ? 1e6 + 2 : 0);
  return [...new Set(list.map((e) => e.quarter))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** How many tasks of the list carry each chip. */
export function chipCounts(list: AgencyTask[]): Record<TaskChip, number> {
  const counts = Object.fromEntries(CHIP_ORDER.map((c) => [c, 0])) as Record<TaskChip, number>;
  for (const e of list) counts[e.chip]++;
  return counts;
}

/** The tasks that pass the filter. */
export function filterTasks(list: AgencyTask[], filter: TaskFilter): AgencyTask[] {
  return list.filter(
    (e) =>
      (filter.quarter === "all" || e.quarter === filter.quarter) &&
      (filter.chip === "all" || e.chip === filter.chip) &&
      (filter.role === "all" || e.role === filter.role),
  );
}

/** Sorts the list: by deadline (none last), by task number ("2" before "10", "1a" before "1b") or by content, in Vietnamese collation. */
export function sortTasks(list: AgencyTask[], sort: TaskSort): AgencyTask[] {
  const byNumber = (a: AgencyTask, b: AgencyTask) =>
    compareVi(a.task.key ?? "", b.task.key ?? "") || a.task.row - b.task.row;
  const compare: Record<TaskSort, (a: AgencyTask, b: AgencyTask) => number> = {
    deadline: (a, b) =>
      deadlineRank(a) - deadlineRank(b) ||
      (a.task.deadline ?? "").localeCompare(b.task.deadline ?? "") ||
      byNumber(a, b),
    number: byNumber,
    content: (a, b) => compareVi(a.task.content, b.task.content) || byNumber(a, b),
  };
  return [...list].sort(compare[sort]);
}

// Tasks with a deadline first, then ongoing ones, then those whose time could not be read.
function deadlineRank(e: AgencyTask): number {
  return e.task.deadline ? 0 : e.quarter === "ongoing" ? 1 : 2;
}

/** The quarter a report is most likely wanted for: the as-of date's quarter in the plan year, else the plan year's first or last. */
export function defaultQuarter(asOf: string, planYear: number | null): number {
  const year = yearOf(asOf);
  if (planYear === null || year === planYear) return quarterOf(asOf);
  return year > planYear ? 4 : 1;
}
