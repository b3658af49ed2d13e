// The plan's rows below the header, read once into plain records: tasks, section rows and group rows, each with
// the section it sits under and its key (section label plus number).
import type { CellValue } from "../model/cell-value";
import { gridOrigin, type SheetGrid } from "../model/grid";
import type { TaskSource } from "../model/plan";
import { cellText } from "../text/normalize";
import type { Readers } from "./cell-readers";
import type { HeaderMatch } from "./header";
import { readNumberCell, sectionLabel } from "./number-cell";

/** One row of the plan as read, before it becomes a task. */
export interface RawRow {
  row: number;
  kind: "task" | "section" | "group";
  numberText: string;
  number: string | null;
  /** Section label plus number ("II.3"); see taskKeys. */
  key: string | null;
  content: string;
  section: string | null;
  /** The label of the section row above ("II"), null when none or when it has no label. */
  sectionLabel: string | null;
  parent: RawRow | null;
  /** The first row of the item this row continues (a merged STT cell over several rows), if any. */
  item: RawRow | null;
  time: CellValue;
  status: CellValue;
  completed: CellValue;
  note: string;
  result: string;
  /** Matrix layout: the role cells' values, one per agency column (null when empty); null when the row has none. */
  roles: CellValue[] | null;
  /** The lead and coordinator cells' text, line breaks kept (see cellLines). */
  lead: string;
  coordinators: string;
  /** The number and lead cells lie inside vertical merges begun on an earlier row. */
  numberMergedFromAbove: boolean;
  leadMergedFromAbove: boolean;
  inherited: TaskSource["inherited"];
}

/** Reads the rows between the header and `bottom` into records, skipping empty rows, and gives tasks their keys. */
export function readRawRows(grid: SheetGrid, h: HeaderMatch, bottom: number, read: Readers): RawRow[] {
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
  const mergedNumber = rowsMergedFromAbove(grid, c.number === c.content ? null : c.number);
  const mergedLead = rowsMergedFromAbove(grid, c.lead);
  const agencyIx = c.agencies.map((a) => ix(a.col));
  const rows: RawRow[] = [];
  let section: string | null = null;
  let label: string | null = null;
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
    // Agency cells keep their line breaks: a break between two names separates them as ";" does.
    const lead = read.lines(at(cells, iLead));
    const coordinators = read.lines(at(cells, iCoord));
    const time = at(cells, iTime);
    const status = at(cells, iStatus);
    const note = cellText(at(cells, iNote));
    const hasData = roles !== null || lead !== "" || coordinators !== "" || read.text(time) !== "";
    if (!numberText && !content && !hasData && !read.text(status) && !note) continue;
    const num = readNumberCell(numberText);
    // Without a number, a row with no roles, lead or time is a section when its text starts with a label
    // ("I. Kinh tế số") or is an upper-case title ("CÔNG TÁC TUYÊN TRUYỀN").
    const titleRow = num.kind === "none" && !numberText && !hasData;
    const sectionLike =
      num.kind === "section" ||
      (titleRow && (isHeadingText(content) || sectionLabel(content) !== null)) ||
      (num.kind === "none" && numberText !== "" && !content && !hasData);
    if (sectionLike) {
      section = [numberText.replace(/\*+/g, "").trim(), content].filter(Boolean).join(" ");
      label = sectionLabel(numberText) ?? (numberText ? null : sectionLabel(content));
    } else if (num.kind === "none" && numberText === "" && !hasData && !content) continue;
    rows.push({
      row: r,
      kind: sectionLike ? "section" : "task",
      numberText,
      number: !sectionLike && num.kind === "task" ? num.number : null,
      key: null,
      content,
      section,
      sectionLabel: sectionLike ? null : label,
      parent: null,
      item: null,
      time,
      status,
      completed: at(cells, iDone),
      note,
      result: cellText(at(cells, iResult)),
      roles,
      lead,
      coordinators,
      numberMergedFromAbove: mergedNumber.has(r),
      leadMergedFromAbove: mergedLead.has(r),
      inherited: [],
    });
  }
  return rows;
}

// The rows of a column whose cell lies in a vertical merge begun on an earlier row (Excel shows the merge's value
// there; the cell itself holds nothing, or a copy when a reader filled the merge).
function rowsMergedFromAbove(grid: SheetGrid, col: number | null): Set<number> {
  const rows = new Set<number>();
  if (col === null) return rows;
  for (const m of grid.merges ?? []) {
    if (m.left > col || m.right < col) continue;
    for (let r = m.top + 1; r <= m.bottom; r++) rows.add(r);
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
// Numbers restart in each section, so a child looks for its group within its own section only.
export function inheritFromGroups(rows: RawRow[]): void {
  const byNumber = new Map<string, RawRow>();
  for (const row of rows) {
    if (row.kind !== "task" || row.number === null || row.item !== null) continue;
    const scope = `${row.section ?? ""}\u0000`;
    const parentNumber = groupOf(row.number);
    const parent = parentNumber
      ? (byNumber.get(scope + parentNumber) ?? byNumber.get(`${scope}${parentNumber}.0`))
      : undefined;
    if (parent && parent !== row) {
      parent.kind = "group";
      row.parent = parent;
      inherit(row, parent);
      if (row.roles === null && parent.roles !== null) {
        row.roles = parent.roles;
        row.inherited.push("roles");
      }
    }
    if (!byNumber.has(scope + row.number)) byNumber.set(scope + row.number, row);
  }
}

// The lead and coordinators a row leaves empty come from the row it belongs to (its group, or its item's first row).
function inheritAgencies(row: RawRow, from: RawRow): void {
  if (!row.lead && from.lead) {
    row.lead = from.lead;
    row.inherited.push("lead");
  }
  if (!row.coordinators && from.coordinators) {
    row.coordinators = from.coordinators;
    row.inherited.push("coordinators");
  }
}

function inherit(row: RawRow, from: RawRow): void {
  inheritAgencies(row, from);
  if (cellText(row.time) === "" && cellText(from.time) !== "") {
    row.time = from.time;
    row.inherited.push("time");
  }
}

function groupOf(number: string): string | null {
  const letter = /^(\d+)[a-zđ]$/.exec(number);
  if (letter) return letter[1];
  const dotted = /^(\d+(?:\.\d+)*)\.(\d+)$/.exec(number);
  if (dotted && dotted[2] !== "0") return dotted[1];
  return null;
}

/**
 * Links the further rows of one item to its first row. In the lead/coordinator layout an item may span several rows
 * (its STT, lead and coordinators merged down, content and time varying per row): a row whose number cell is empty
 * or covered by a merge from above, and whose lead cell is too, continues the item above it in the same section.
 * It takes the item's number and, where its own cells are empty, the item's lead and coordinators (as Excel shows
 * a merged cell). Only in that layout: in the matrix layout a row without number or roles is left for the rules.
 */
export function linkItemRows(rows: RawRow[], layout: HeaderMatch["layout"]): void {
  if (layout !== "columns") return;
  let item: RawRow | null = null;
  for (const row of rows) {
    if (row.kind === "section") {
      item = null;
      continue;
    }
    const noNumber = row.numberMergedFromAbove || row.numberText === "";
    const noLead = row.leadMergedFromAbove || row.lead === "";
    if (item && noNumber && noLead && row.kind === "task") {
      row.item = item;
      row.number = item.number;
      inheritAgencies(row, item);
      continue;
    }
    item = row;
  }
}

/**
 * Gives each task its key: the section label and the number ("II.3", "III.2.1"), the number alone without a labelled
 * section, the section label alone for an unnumbered item in one ("D"), and "-2", "-3"… for the further rows of an
 * item ("A.1-2"). Null for an unnumbered task with no labelled section.
 */
export function assignKeys(rows: RawRow[]): void {
  const counts = new Map<RawRow, number>();
  for (const row of rows) {
    if (row.kind === "section") continue;
    if (row.item) {
      const n = (counts.get(row.item) ?? 1) + 1;
      counts.set(row.item, n);
      row.key = row.item.key === null ? null : `${row.item.key}-${n}`;
      continue;
    }
    const number = row.number;
    if (number === null) row.key = row.sectionLabel;
    else row.key = row.sectionLabel === null ? number : `${row.sectionLabel}.${number}`;
  }
}
