import { cellAddress } from "../model/address";
import type { CellValue } from "../model/cell-value";
import { readDateCell, type IsoDate } from "../model/dates";
import { deadlineState } from "../track/deadline";
import { gridBounds, gridOrigin, gridValue, type SheetGrid, type WorkbookGrids } from "../model/grid";
import { findHeader, type HeaderMatch } from "./header";
import type { Agency, Assignment, Plan, Task, TaskSource } from "../model/plan";
import { buildRegistry, matchAgency, REGISTRY_SHEET, splitAgencies, type NamedAgency } from "./registry";
import { cellText, foldAscii } from "../text/normalize";
import { nextOccurrence } from "./recurrence";
import { readTime, type TimeReading } from "./time";
import { memoByText } from "./repeated-text-cache";
import { RowCells } from "./task-cells";
import { readTitleBlock } from "./title";
import { readRole, readStatus } from "./vocabulary";

/** What a plan is read with: the as-of date, and optionally the plan year and a registry from the workbook. */
export interface ReadOptions {
  asOf: IsoDate;
  year?: number | null;
  /** The registry sheet's entries, when the workbook has one. */
  registry?: Agency[] | null;
  /** The sheet (and table) to read, when the caller already knows it. */
  sheet?: string;
}

/** Where a plan was found: sheet, header, and the table holding it if any. */
export interface PlanLocation {
  grid: SheetGrid;
  header: HeaderMatch;
  table: string | null;
  bottom: number;
}

/** Finds the plan in a workbook: a table named like a plan first, then any table or range with a plan header; skips the add-in's own sheets. */
export function locatePlan(workbook: WorkbookGrids, sheet?: string): PlanLocation | null {
  const candidates = workbook.sheets.filter((g) =>
    sheet ? g.name === sheet : !g.generated && g.name !== REGISTRY_SHEET,
  );
  for (const grid of candidates) {
    for (const t of grid.tables ?? []) {
      const header = findHeader(grid, t);
      if (header) return { grid, header, table: t.name, bottom: t.bottom };
    }
  }
  for (const grid of candidates) {
    const header = findHeader(grid);
    if (header) return { grid, header, table: null, bottom: gridBounds(grid).bottom };
  }
  return null;
}

/** Reads the plan out of a workbook's grids: tasks with their cells, agencies, year and deadline states; null when no plan is there. */
export function readPlan(workbook: WorkbookGrids, options: ReadOptions): Plan | null {
  const where = locatePlan(workbook, options.sheet);
  if (!where) return null;
  return readPlanAt(where, options);
}

/** Reads the plan at a known location (see locatePlan). */
export function readPlanAt(where: PlanLocation, options: ReadOptions): Plan {
  const { grid, header } = where;
  const b = gridBounds(grid);
  const titleBlock = readTitleBlock(grid, b.top, header.headerTop, b.left, Math.max(b.right, header.right));
  const year = options.year ?? titleBlock.year;
  const yearSource = options.year ? "option" : titleBlock.yearSource;
  const read = makeReaders(year);
  const rows = readRawRows(grid, header, where.bottom, read);
  inheritFromGroups(rows);
  const registry = planRegistry(header, rows, options.registry ?? null);
  // Each matrix column's agency under its registry name (a header may use an alias).
  const columnAgencies = header.columns.agencies.map((a) => ({
    col: a.col,
    // A header retyped in another case or tone placement is still the registry's agency.
    agency: matchAgency(registry, a.name)?.agency.name ?? a.name,
  }));
  const tasks: Task[] = [];
  for (const r of rows)
    if (r.kind === "task") tasks.push(toTask(header, r, registry, columnAgencies, read, options.asOf));
  return {
    sheet: grid.name,
    table: where.table,
    layout: header.layout,
    title: titleBlock.title,
    year,
    yearSource,
    headerTop: header.headerTop,
    headerBottom: header.headerBottom,
    firstRow: header.dataTop,
    lastRow: rows.length ? rows[rows.length - 1].row : header.headerBottom,
    left: header.left,
    right: header.right,
    columns: header.columns,
    agencies: registry,
    tasks,
    asOf: options.asOf,
  };
}

interface RawRow {
  row: number;
  kind: "task" | "section" | "group";
  numberText: string;
  number: string | null;
  content: string;
  section: string | null;
  parent: RawRow | null;
  time: CellValue;
  status: CellValue;
  completed: CellValue;
  note: string;
  result: string;
  /** Matrix layout: the role cells' values, one per agency column (null when empty); null when the row has none. */
  roles: CellValue[] | null;
  lead: string;
  coordinators: string;
  inherited: TaskSource["inherited"];
}

// "1", "1.", "01", "1a", "13.5", "13.0" — markdown bold from copied documents tolerated.
const TASK_NUMBER = /^0*(\d{1,6})((?:\.\d{1,3})*|[a-zđ])\.?$/i;
const ROMAN = /^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/i;

/** Reads a number cell: a task number ("1." → "1"), a section marker ("I.", "A.", "Phần II"), or nothing. */
export function readNumberCell(
  text: string,
): { kind: "task"; number: string } | { kind: "section" } | { kind: "none" } {
  const t = text.replace(/\*+|<\/?[a-z]+>/gi, "").trim();
  if (!t) return { kind: "none" };
  const m = TASK_NUMBER.exec(t);
  if (m) return { kind: "task", number: `${Number(m[1])}${m[2].toLowerCase()}` };
  const head = t.split(/[.\s:)]/)[0];
  if (ROMAN.test(head) && (t.length === head.length || /^[MDCLXVI]+[.\s:)]/i.test(t))) return { kind: "section" };
  if (/^[A-ZĐ][.)]/.test(t) || /^[A-ZĐ]$/.test(t)) return { kind: "section" };
  if (/^(phan|muc|chuong|nhom)\s/.test(foldAscii(t))) return { kind: "section" };
  return { kind: "none" };
}

/**
 * The cell readers of one plan read, each remembering the short texts it has seen. Only for columns that repeat a few
 * texts (roles, times, statuses, agency cells): a table holding every task number would cost more than it saves.
 */
interface Readers {
  text: (v: CellValue) => string;
  role: (v: CellValue) => ReturnType<typeof readRole>;
  status: (v: CellValue) => ReturnType<typeof readStatus>;
  time: (v: CellValue) => TimeReading;
  date: (v: CellValue) => ReturnType<typeof readDateCell>;
}

function makeReaders(year: number | null): Readers {
  return {
    text: memoByText(cellText),
    role: memoByText(readRole),
    status: memoByText(readStatus),
    time: memoByText((v) => readTime(v, year)),
    date: memoByText(readDateCell),
  };
}

function readRawRows(grid: SheetGrid, h: HeaderMatch, bottom: number, read: Readers): RawRow[] {
  const c = h.columns;
  const o = gridOrigin(grid);
  // Offsets into each row array, worked out once: the loop below runs over every cell of the plan.
  const ix = (col: number | null) => (col === null ? -1 : col - o.col);
  const at = (cells: CellValue[] | undefined, i: number): CellValue => {
    const v = i < 0 || !cells ? null : cells[i];
    return v === undefined || v === "" ? null : v;
  };
  const [iNumber, iContent, iLead, iCoord, iTime, iStatus, iDone, iNote, iResult] = [
    c.number === c.content ? -1 : ix(c.number),
    ix(c.content),
    ix(c.lead),
    ix(c.coordinators),
    ix(c.time),
    ix(c.status),
    ix(c.completedOn),
    ix(c.note),
    ix(c.result),
  ];
  const agencyIx = c.agencies.map((a) => ix(a.col));
  const rows: RawRow[] = [];
  let section: string | null = null;
  for (let r = h.dataTop; r <= bottom; r++) {
    const cells = grid.values[r - o.row];
    const numberText = cellText(at(cells, iNumber));
    const content = cellText(at(cells, iContent));
    // One array per row with roles (not an object per role cell): a 100,000-task plan holds ~650,000 of them.
    let roles: CellValue[] | null = null;
    for (let k = 0; k < agencyIx.length; k++) {
      const value = at(cells, agencyIx[k]);
      if (value !== null && read.text(value) !== "")
        (roles ??= Array<CellValue>(agencyIx.length).fill(null))[k] = value;
    }
    const lead = read.text(at(cells, iLead));
    const coordinators = read.text(at(cells, iCoord));
    const time = at(cells, iTime);
    const status = at(cells, iStatus);
    const note = cellText(at(cells, iNote));
    const hasData = roles !== null || lead !== "" || coordinators !== "" || read.text(time) !== "";
    if (!numberText && !content && !hasData && !read.text(status) && !note) continue;
    const num = readNumberCell(numberText);
    const sectionLike =
      num.kind === "section" ||
      (num.kind === "none" && !numberText && !hasData && isHeadingText(content)) ||
      (num.kind === "none" && numberText !== "" && !content && !hasData);
    if (sectionLike) section = [numberText.replace(/\*+/g, "").trim(), content].filter(Boolean).join(" ");
    else if (num.kind === "none" && numberText === "" && !hasData && !content) continue;
    rows.push({
      row: r,
      kind: sectionLike ? "section" : "task",
      numberText,
      number: !sectionLike && num.kind === "task" ? num.number : null,
      content,
      section,
      parent: null,
      time,
      status,
      completed: at(cells, iDone),
      note,
      result: cellText(at(cells, iResult)),
      roles,
      lead,
      coordinators,
      inherited: [],
    });
  }
  return rows;
}

// A row with only upper-case text and no roles or time is a heading ("CÔNG TÁC TUYÊN TRUYỀN", a signature block).
function isHeadingText(content: string): boolean {
  const letters = content.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters === letters.toLocaleUpperCase("vi");
}

// Children "1a", "1b", "1.2" under "1", or "13.5" under "13.0", inherit the group row's lead, coordinators,
// roles and time where their own cells are empty; the group row itself is then a heading, not a task.
function inheritFromGroups(rows: RawRow[]): void {
  const byNumber = new Map<string, RawRow>();
  for (const row of rows) {
    if (row.kind !== "task" || row.number === null) continue;
    const parentNumber = groupOf(row.number);
    const parent = parentNumber ? (byNumber.get(parentNumber) ?? byNumber.get(`${parentNumber}.0`)) : undefined;
    if (parent && parent !== row) {
      parent.kind = "group";
      row.parent = parent;
      if (!row.lead && parent.lead) {
        row.lead = parent.lead;
        row.inherited.push("lead");
      }
      if (!row.coordinators && parent.coordinators) {
        row.coordinators = parent.coordinators;
        row.inherited.push("coordinators");
      }
      if (cellText(row.time) === "" && cellText(parent.time) !== "") {
        row.time = parent.time;
        row.inherited.push("time");
      }
      if (row.roles === null && parent.roles !== null) {
        row.roles = parent.roles;
        row.inherited.push("roles");
      }
    }
    if (!byNumber.has(row.number)) byNumber.set(row.number, row);
  }
}

function groupOf(number: string): string | null {
  const letter = /^(\d+)[a-zđ]$/.exec(number);
  if (letter) return letter[1];
  const dotted = /^(\d+(?:\.\d+)*)\.(\d+)$/.exec(number);
  if (dotted && dotted[2] !== "0") return dotted[1];
  return null;
}

function planRegistry(h: HeaderMatch, rows: RawRow[], existing: Agency[] | null): Agency[] {
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

function toTask(
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
    r.parent && r.inherited.includes(what) ? r.parent.row : r.row;
  const roleRow = inheritedRow("roles");
  const source: TaskSource = {
    numberText: r.numberText,
    oddRoleCells: NO_CELLS,
    leadNames: NO_NAMES,
    coordinatorNames: NO_NAMES,
    leadText: r.lead,
    coordinatorText: r.coordinators,
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
    row: r.row,
    section: r.section,
    parent: r.parent?.number ?? null,
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

/** Reads the registry sheet ("Danh mục cơ quan": name, short name, aliases, group) into agencies; null when the workbook has none. */
export function readRegistrySheet(workbook: WorkbookGrids): Agency[] | null {
  const grid = workbook.sheets.find((g) => foldAscii(g.name) === foldAscii(REGISTRY_SHEET));
  if (!grid) return null;
  const b = gridBounds(grid);
  let headerRow = -1;
  for (let r = b.top; r <= Math.min(b.bottom, b.top + 10) && headerRow < 0; r++) {
    if (foldAscii(cellText(gridValue(grid, r, b.left))).startsWith("ten")) headerRow = r;
  }
  if (headerRow < 0) return null;
  const out: Agency[] = [];
  for (let r = headerRow + 1; r <= b.bottom; r++) {
    const name = cellText(gridValue(grid, r, b.left));
    if (!name) continue;
    const short = cellText(gridValue(grid, r, b.left + 1));
    const aliases = cellText(gridValue(grid, r, b.left + 2))
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
    const group = /^(co|x|yes|true|1)$/.test(foldAscii(cellText(gridValue(grid, r, b.left + 3))));
    out.push({ name, short: short || null, aliases, group });
  }
  return out;
}
