import type { Plan, Task } from "../model/plan";
import { compareVi } from "../text/normalize";

/** One agency's work: tasks it leads, tasks it coordinates, and tasks led by a group phrase it belongs to. */
export interface AgencyView {
  agency: string;
  lead: Task[];
  coordinate: Task[];
  shared: Task[];
}

/** Lists every (non-group) agency's tasks, in plan order, agencies in Vietnamese alphabetical order of the registry. */
export function agencyViews(plan: Plan): AgencyView[] {
  const groups = new Set(plan.agencies.filter((a) => a.group).map((a) => a.name));
  const members = plan.agencies.filter((a) => !a.group);
  // Matrix plans keep their column order (the order the agencies signed); registries are sorted.
  const ordered = plan.layout === "matrix" ? members : [...members].sort((a, b) => compareVi(a.name, b.name));
  const views = new Map<string, AgencyView>(
    ordered.map((a) => [a.name, { agency: a.name, lead: [], coordinate: [], shared: [] }]),
  );
  const groupLed: Task[] = [];
  // One pass over the tasks: each agency has at most one assignment per task.
  for (const t of plan.tasks) {
    for (const a of t.assignments) {
      const v = views.get(a.agency);
      if (v) (a.role === "lead" ? v.lead : v.coordinate).push(t);
    }
    if (t.lead !== null && groups.has(t.lead)) groupLed.push(t);
  }
  for (const v of views.values()) v.shared = groupLed.filter((t) => !t.assignments.some((x) => x.agency === v.agency));
  return [...views.values()];
}
