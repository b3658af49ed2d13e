import type { IsoDate } from "../model/dates";
import type { Plan, Task } from "../model/plan";
import { ROLE_LABEL } from "../read/vocabulary";
import { agencyViews, type AgencyView } from "../track/agency-views";
import { asOfLineFormula, asOfLineText } from "./as-of";
import { columnLetters } from "../model/address";
import { STATE_LABEL } from "../track/task-labels";
import { combinedStateCell, movesWithAsOf } from "./state-cells";
import { uniqueSheetName, validSheetName } from "./sheet-names";
import {
  emptySheet,
  HIGHLIGHT_COLORS,
  type ConditionalRule,
  type SheetSpec,
  type SpecCell,
  type StyleId,
} from "./spec";

const HEADER = [
  "Stt",
  "Nội dung",
  "Vai trò",
  "Cơ quan chủ trì",
  "Thời gian",
  "Hạn chót",
  "Ngày hoàn thành",
  "Tình trạng",
];
const WIDTHS = [6, 60, 11, 24, 14, 12, 13, 26];
// Columns of the deadline and the state, for the state formulas and their colours.
const DEADLINE_COL = 6;
const STATE_COL = 8;
const HEADER_ROW = 5;

/** Describes one sheet per agency: title, as-of date, then the tasks it leads, coordinates, and shares with a group. */
export function agencySheetSpecs(plan: Plan, asOf: IsoDate): SheetSpec[] {
  // Long names can cut to the same 31 characters: each sheet gets a name of its own.
  const names: string[] = [];
  return agencyViews(plan).map((view) => {
    const spec = agencySheetSpec(plan, view, asOf);
    spec.name = uniqueSheetName(spec.name, names);
    names.push(spec.name);
    return spec;
  });
}

function agencySheetSpec(plan: Plan, view: AgencyView, asOf: IsoDate): SheetSpec {
  const agency = plan.agencies.find((a) => a.name === view.agency);
  const spec = emptySheet(
    `agency:${view.agency}`,
    validSheetName(agency?.short && view.agency.length > 31 ? agency.short : view.agency),
  );
  const last = HEADER.length;
  const push = (cells: SpecCell[], style: StyleId | null = null) => {
    spec.rows.push(cells);
    spec.rowStyles!.push(style);
  };
  push([{ text: `Nhiệm vụ của ${view.agency}`, style: "title" }]);
  push([{ text: plan.title || `Kế hoạch ${plan.year ?? ""}`.trim(), style: "subtitle" }]);
  // The as-of date follows the workbook's as-of cell, as the state column below does.
  const counts = ` · Chủ trì ${view.lead.length} · Phối hợp ${view.coordinate.length}${view.shared.length ? ` · Nhiệm vụ chung ${view.shared.length}` : ""}`;
  push([
    {
      formula: `${asOfLineFormula()}&"${counts}"`,
      result: `${asOfLineText(asOf)}${counts}`,
      style: "muted",
    },
  ]);
  push([]);
  push(
    HEADER.map((h) => ({ text: h })),
    "header",
  );
  for (let r = 1; r <= 3; r++) spec.merges.push({ top: r, left: 1, bottom: r, right: last });
  const section = (label: string, tasks: Task[]) => {
    const row = spec.rows.length + 1;
    push([
      { text: `${label} (${tasks.length})`, style: "section" },
      ...Array(last - 1).fill({ text: "", style: "section" }),
    ]);
    spec.merges.push({ top: row, left: 1, bottom: row, right: last });
    for (const t of tasks) push(taskRow(t, view.agency, spec.rows.length + 1));
    if (tasks.length === 0)
      push([
        { text: "", style: "text" },
        { text: "Không có nhiệm vụ.", style: "muted" },
      ]);
  };
  section("A. Nhiệm vụ chủ trì", view.lead);
  section("B. Nhiệm vụ phối hợp", view.coordinate);
  if (view.shared.length) section("C. Nhiệm vụ chung (chủ trì là nhóm cơ quan)", view.shared);
  spec.columns = WIDTHS.map((width) => ({ width }));
  spec.conditionalFormats.push(...stateColours(`agency:${view.agency}`, HEADER_ROW + 1, spec.rows.length, STATE_COL));
  spec.freezeRows = HEADER_ROW;
  spec.print = { orientation: "landscape", fitToWidth: true, titleRows: [HEADER_ROW, HEADER_ROW] };
  return spec;
}

const STATE_STYLE: Record<Task["state"], StyleId> = {
  overdue: "overdue",
  due: "due",
  done: "done",
  upcoming: "center",
  ongoing: "center",
  unknown: "center",
};

/** One task as row `row` of an agency sheet or a report; its state follows the workbook's as-of date. */
export function taskRow(t: Task, agency: string | null, row: number): SpecCell[] {
  const role = agency === null ? null : t.assignments.find((a) => a.agency === agency)?.role;
  // A state that moves with the as-of date gets its colour from the sheet's rules, not a fixed style.
  const stateStyle: StyleId = movesWithAsOf(t)
    ? "center"
    : t.state === "done" && t.punctuality === "late"
      ? "late"
      : STATE_STYLE[t.state];
  return [
    { text: t.key ?? "", style: "center" },
    { text: t.content, style: "wrap" },
    { text: role ? ROLE_LABEL[role] : agency === null ? "" : "Nhiệm vụ chung", style: "center" },
    { text: t.lead ?? "", style: "wrap" },
    { text: t.timeText, style: "center" },
    // Cells without a date keep the date style: one format for the whole column, not one per row (Office.js writes
    // a column whose format changes row by row cell by cell, megabytes on a large plan).
    t.deadline
      ? { date: t.deadline, style: "date" }
      : {
          text: t.time.kind === "ongoing" ? "Thường xuyên" : t.time.kind === "done" ? "Đã hoàn thành" : "",
          style: "date",
        },
    t.completedOn ? { date: t.completedOn, style: "date" } : { text: "", style: "date" },
    combinedStateCell(t, `$${columnLetters(DEADLINE_COL)}${row}`, stateStyle),
  ];
}

/** Colours of the state column's cells whose state follows the as-of date (overdue red, due this quarter amber). */
export function stateColours(key: string, top: number, bottom: number, col: number): ConditionalRule[] {
  if (bottom < top) return [];
  const area = { top, left: col, bottom, right: col };
  const cell = `${columnLetters(col)}${top}`;
  const rule = (kind: "overdue" | "due", words: string): ConditionalRule => ({
    key: `${key}:${kind}`,
    area,
    formula: `ISNUMBER(SEARCH("${words}",${cell}))`,
    fill: HIGHLIGHT_COLORS[kind].fill,
    font: HIGHLIGHT_COLORS[kind].font,
  });
  return [rule("overdue", STATE_LABEL.overdue), rule("due", STATE_LABEL.due)];
}
