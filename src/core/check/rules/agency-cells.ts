// The agency cells whose names the registry rules check, in a plan with lead and coordinator columns.
import type { Task } from "../../model/plan";
import type { NamedAgency } from "../../read/registry";

/** One cell naming agencies: its address, its text and the names read from it. */
export interface AgencyCell {
  cell: string;
  text: string;
  names: NamedAgency[];
}

/** The task's lead cell, then its coordinators cell; a cell shared with the group row belongs to that row and is skipped. */
export function ownAgencyCells(task: Task): AgencyCell[] {
  const s = task.source;
  const cells: AgencyCell[] = [];
  if (!s.inherited.includes("lead")) cells.push({ cell: task.cells.lead!, text: s.leadText, names: s.leadNames });
  if (task.cells.coordinators && !s.inherited.includes("coordinators")) {
    cells.push({ cell: task.cells.coordinators, text: s.coordinatorText, names: s.coordinatorNames });
  }
  return cells;
}
