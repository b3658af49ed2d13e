// Turns the rows read from the plan into tasks: agencies split against the registry, roles, times, statuses and
// deadline states as of the analysis date.
import { nextOccurrence } from "./recurrence";
import { cellAddress } from "../model/address";
import type { IsoDate } from "../model/dates";
import type { Agency, Assignment, Task, TaskSource } from "../model/plan";
import { deadlineState } from "../track/deadline";
import { cellText } from "../text/normalize";
import type { Readers } from "./cell-readers";
import type { HeaderMatch } from "./header";
import type { RawRow } from "./plan-rows";
import { buildRegistry, splitAgencies, type NamedAgency } from "./registry";
import { RowCells } from "./task-cells";

/** The plan's agencies: the matrix header's, or the names in the lead/coordinator cells (the workbook's registry when it has one). */
export function planRegistry(h: HeaderMatch, rows: RawRow[], existing: Agency[] | null): Agency[] {
  if (h.layout === "matrix")
    return buildRegistry(
      h.columns.agencies.map((a) => a.name),
      existing ?? [],
    );
  const base = existing ?? [];
  const written: string[] = [];
  for (const r of rows) {
    if (r.kind === "section") continue;
    for (const n of [...splitAgencies(r.lead, base), ...splitAgencies(r.coordinators, base)])
      if (!n.agency) written.push(n.written);
  }
  // A registry kept in the workbook is the user's list: names outside it are findings, not new entries.
  return existing ? base : buildRegistry(written, base);
}

// Shared by every task that has none, so a large plan does not hold an empty array per task.
const NO_NAMES: NamedAgency[] = [];
const NO_CELLS: TaskSource["oddRoleCells"] = [];

/** Makes one task out of its row: assignments, lead, coordinators, time, status and deadline state. */
export function toTask(
  h: HeaderMatch,
  r: RawRow,
  registry: Agency[],
  columnAgencies: { col: number; agency: string }[],
  read: Readers,
  asOf: IsoDate,
): Task {
  const c = h.columns;
  // Inherited values sit in the group row's cells.
  const inheritedRow = (what: TaskSource["inherited"][number]) =>
    (r.parent ?? r.item) && r.inherited.includes(what) ? (r.parent ?? r.item)!.row : r.row;
  const roleRow = inheritedRow("roles");
  const source: TaskSource = {
    numberText: r.numberText,
    oddRoleCells: NO_CELLS,
    leadNames: NO_NAMES,
    coordinatorNames: NO_NAMES,
    // As the cell reads on one line: what a fix compares with the cell before it writes.
    leadText: r.lead.replaceAll("\n", " "),
    coordinatorText: r.coordinators.replaceAll("\n", " "),
    statusKnown: true,
    statusStandard: true,
    completedText: cellText(r.completed),
    completedValid: true,
    inherited: r.inherited,
  };
  const assignments: Assignment[] = [];
  let lead: string | null = null;
  if (h.layout === "matrix" && r.roles) {
    for (let k = 0; k < columnAgencies.length; k++) {
      const value = r.roles[k];
      if (value === null) continue;
      const reading = read.role(value);
      const { agency, col } = columnAgencies[k];
      const cell = cellAddress(roleRow, col);
      if (reading.kind === "role") {
        assignments.push({ agency, role: reading.role, cell });
        if (reading.role === "lead") lead ??= agency;
        if (reading.standard) continue;
      }
      if (source.oddRoleCells === NO_CELLS) source.oddRoleCells = [];
      source.oddRoleCells.push({
        agency,
        cell,
        text: read.text(value),
        reading: reading.kind === "role" ? reading.role : "unknown",
      });
    }
  } else if (h.layout === "columns") {
    source.leadNames = splitAgencies(r.lead, registry);
    source.coordinatorNames = splitAgencies(r.coordinators, registry);
    const nameOf = (n: NamedAgency) => (n.agency && !n.agency.group ? n.agency.name : (n.agency?.name ?? n.written));
    const leadCell = c.lead === null ? "" : cellAddress(inheritedRow("lead"), c.lead);
    const coordCell = c.coordinators === null ? "" : cellAddress(inheritedRow("coordinators"), c.coordinators);
    for (const n of source.leadNames) assignments.push({ agency: nameOf(n), role: "lead", cell: leadCell });
    for (const n of source.coordinatorNames) {
      if (!assignments.some((a) => a.agency === nameOf(n)))
        assignments.push({ agency: nameOf(n), role: "coordinate", cell: coordCell });
    }
    lead = assignments.find((a) => a.role === "lead")?.agency ?? null;
  }
  let count = 0;
  for (const a of assignments) if (a.role === "coordinate") count++;
  const coordinators = new Array<string>(count);
  count = 0;
  for (const a of assignments) if (a.role === "coordinate") coordinators[count++] = a.agency;
  const statusReading = read.status(r.status);
  const status = statusReading.kind === "status" ? statusReading.status : "notStarted";
  source.statusKnown = statusReading.kind === "status";
  source.statusStandard = statusReading.kind === "status" && statusReading.standard;
  const completed = read.date(r.completed);
  source.completedValid = completed.kind !== "invalid";
  const completedOn = completed.kind === "date" ? completed.date : null;
  const time = read.time(r.time);
  const { state, punctuality } = deadlineState({ time, status, completedOn }, asOf);
  return {
    number: r.number,
    key: r.key,
    row: r.row,
    section: r.section,
    parent: r.parent?.number ?? r.item?.number ?? null,
    content: r.content,
    // A copy the size of its contents: an array grown by push keeps room for 17, and a plan holds one per task.
    assignments: assignments.slice(),
    lead,
    coordinators,
    timeText: read.text(r.time),
    time,
    deadline: time.kind === "deadline" ? time.deadline : null,
    nextDue: nextOccurrence(time, asOf),
    status,
    statusText: read.text(r.status),
    completedOn,
    note: r.note,
    result: r.result,
    cells: new RowCells(c, r.row, {
      lead: inheritedRow("lead"),
      coordinators: inheritedRow("coordinators"),
      time: inheritedRow("time"),
    }),
    source,
    state,
    punctuality,
  };
}
