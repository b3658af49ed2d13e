/* global Excel */
// Staff report progress from the pane: a task's status, completion date and note. Co-authors may have sorted,
// filtered or inserted rows since the pane showed the task, so the write finds the task again by its number in a fresh
// read, refuses when the task is not what the user saw, and touches only the cells it was asked to change.
import { cellAddress, parseCellAddress } from "../core/model/address";
import type { CellValue } from "../core/model/cell-value";
import { formatViDate, isoToExcelSerial } from "../core/model/dates";
import type { Bilingual } from "../core/check/finding";
import { gridValue, type SheetGrid } from "../core/model/grid";
import type { Plan, Task } from "../core/model/plan";
import { cellText, cleanText } from "../core/text/normalize";
import { STATUS_LABEL } from "../core/read/vocabulary";
import { analyseOpenWorkbook } from "./analyse-open-workbook";
import { NO_PLAN_IN_WORKBOOK } from "../core/read/no-plan";
import { capabilities } from "./requirements";
import { fingerprintChanges, taskFingerprint, type TaskSnapshot } from "../core/track/task-snapshot";
import { typedText } from "./typed-text";
import type { ExcelEnv } from "./host";
import type { PlanOptions } from "../service/types";
import type { TaskChange, UpdateRefusal, UpdateTaskResult } from "../service/types";
import { LOG_FIELD, LOG_SHEET, logTime, type LogEntry } from "../core/exchange/change-log";
import { ensureLogSheet, queueLogRows } from "./change-log";

const DATE_FORMAT = "dd/mm/yyyy";

/**
 * Saves a task's progress: finds the task by its key in a fresh read of the plan, refuses if anyone changed it since
 * the pane showed it, then writes only the status, completion date and note cells that differ, checking in the same
 * request that the row still holds the task (and putting the cells back if a co-author moved it in between).
 */
export async function updateTask(
  context: Excel.RequestContext,
  env: ExcelEnv,
  shown: TaskSnapshot,
  change: TaskChange,
  options: PlanOptions,
): Promise<UpdateTaskResult> {
  // Reported as the user knows the task: its key ("II.3"), which is its number when the plan has no sections.
  const number = shown.key;
  const refuse = (
    refused: UpdateRefusal,
    notes: Bilingual[],
    extra: Partial<UpdateTaskResult> = {},
  ): UpdateTaskResult => ({
    done: false,
    refused,
    number,
    sheet: null,
    row: null,
    cells: [],
    changes: [],
    notes,
    ...extra,
  });

  const { read, analysis } = await analyseOpenWorkbook(context, capabilities(env), options);
  if (!analysis) return refuse("noPlan", [NO_PLAN_IN_WORKBOOK]);
  const plan = analysis.plan;
  const matches = plan.tasks.filter((t) => t.key === number);
  if (matches.length === 0) return refuse("missing", [missing(number)]);
  if (matches.length > 1)
    return refuse("duplicate", [
      duplicate(
        number,
        matches.map((t) => t.row),
      ),
    ]);
  const task = matches[0];
  const place = { sheet: plan.sheet, row: task.row };
  const changes = fingerprintChanges(shown.fingerprint, taskFingerprint(task));
  if (changes.length) return refuse("changed", [changed(number)], { ...place, changes });

  const writes = plannedWrites(plan, task, change);
  if ("column" in writes) return refuse("noColumn", [noColumn(writes.column)], place);
  if (writes.length === 0)
    return {
      done: true,
      refused: null,
      number,
      ...place,
      cells: [],
      changes: [],
      notes: [],
    };

  await ensureLogSheet(
    context,
    read.grids.sheets.some((g) => g.name === LOG_SHEET),
  );
  // One request: read the row's number, content and target cells as they are just before the write, then write,
  // with the log's rows. Office runs a request's operations in order, so the reads see the row as the write finds it.
  const grid = analysis.grid;
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const guards = [task.cells.number, task.cells.content, ...writes.map((w) => w.cell)].map((cell) => ({
    cell,
    expected: cellText(gridValueAt(grid, cell)),
    range: ws.getRange(cell).load("values,formulas,numberFormat"),
  }));
  for (const w of writes) {
    const range = ws.getRange(w.cell);
    if (w.numberFormat) range.numberFormat = [[w.numberFormat]];
    range.values = [[w.value]];
  }
  const logged = queueLogRows(
    context,
    writes.map((w) => logEntry(task, w, new Date())),
  );
  await context.sync();

  const moved = guards.some((g) => cellText(g.range.values[0][0] as CellValue) !== g.expected);
  if (!moved)
    return {
      done: true,
      refused: null,
      number,
      ...place,
      cells: writes.map((w) => w.cell),
      changes: [],
      notes: [],
    };
  // A co-author changed the row between the read and the write: put back what the written cells held.
  writes.forEach((w, i) => {
    const before = guards[i + 2].range;
    const range = ws.getRange(w.cell);
    if (w.numberFormat) range.numberFormat = before.numberFormat;
    range.formulas = [[restorable(before.formulas[0][0])]];
  });
  // Nothing changed, so nothing is logged: the rows just written are cleared (only those, by their address).
  context.workbook.worksheets.getItem(LOG_SHEET).getRange(logged.address.split("!")[1]).clear("Contents");
  await context.sync();
  return refuse("moved", [movedWhileSaving(number)], place);
}

/** One cell the update writes, with what it held and what the log shows of the change. */
interface CellWrite {
  cell: string;
  value: string | number;
  numberFormat?: string;
  field: keyof typeof LOG_FIELD;
  old: string;
  shown: string;
}

// The log row of one write: the pane's user is the source (Office does not tell the add-in who they are).
function logEntry(task: Task, w: CellWrite, now: Date): LogEntry {
  const pad = (n: number) => String(n).padStart(2, "0");
  const local = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
  return {
    when: logTime(local),
    key: task.key ?? "",
    field: LOG_FIELD[w.field],
    old: w.old,
    new: w.shown,
    source: "Cập nhật trong ngăn tác vụ",
  };
}

// The cells whose value must change; a field asked for whose column the plan lacks stops the update.
function plannedWrites(
  plan: Plan,
  task: Task,
  change: TaskChange,
): CellWrite[] | { column: "status" | "completedOn" | "note" } {
  const writes: CellWrite[] = [];
  const cellOf = (col: number | null) => (col === null ? null : cellAddress(task.row, col));
  if (change.status !== undefined) {
    const cell = cellOf(plan.columns.status);
    // An empty cell already reads as "not started"; a status written another way ("hoàn thành") is left as written.
    const unchanged = task.source.statusKnown && task.status === change.status;
    if (!unchanged) {
      if (!cell) return { column: "status" };
      writes.push({
        cell,
        value: STATUS_LABEL[change.status],
        field: "status",
        old: task.statusText,
        shown: STATUS_LABEL[change.status],
      });
    }
  }
  if (change.completedOn !== undefined) {
    const cell = cellOf(plan.columns.completedOn);
    const now = task.completedOn;
    const unchanged = change.completedOn === null ? task.source.completedText === "" : now === change.completedOn;
    if (!unchanged) {
      if (!cell) return { column: "completedOn" };
      const log = { field: "completedOn" as const, old: task.source.completedText };
      writes.push(
        change.completedOn === null
          ? { cell, value: "", ...log, shown: "" }
          : {
              cell,
              value: isoToExcelSerial(change.completedOn),
              numberFormat: DATE_FORMAT,
              ...log,
              shown: formatViDate(change.completedOn),
            },
      );
    }
  }
  if (change.note !== undefined && cleanText(change.note) !== task.note) {
    const cell = cellOf(plan.columns.note);
    if (!cell) return { column: "note" };
    const note = change.note.trim();
    writes.push({ cell, value: note === "" ? "" : typedText(note), field: "note", old: task.note, shown: note });
  }
  return writes;
}

function gridValueAt(grid: SheetGrid, cell: string): CellValue {
  const at = parseCellAddress(cell);
  return at ? gridValue(grid, at.row, at.col) : null;
}

// What to write back so a cell holds what it held: formulas as they were, text kept as text.
function restorable(formula: unknown): string | number | boolean {
  if (typeof formula === "number" || typeof formula === "boolean") return formula;
  const text = String(formula ?? "");
  if (text === "" || text.startsWith("=")) return text;
  return typedText(text);
}

const COLUMN_NAME = {
  status: "Trạng thái",
  completedOn: "Ngày hoàn thành",
  note: "Ghi chú",
} as const;

function missing(number: string): Bilingual {
  return {
    vi: `Không còn nhiệm vụ số ${number} trong kế hoạch (đã bị xoá hoặc đánh lại số?). Chưa ghi gì.`,
    en: `Task ${number} is no longer in the plan (deleted or renumbered?). Nothing was written.`,
  };
}

function duplicate(number: string, rows: number[]): Bilingual {
  return {
    vi: `Có ${rows.length} nhiệm vụ cùng số ${number} (dòng ${rows.join(", ")}): không biết ghi vào dòng nào. Hãy sửa số thứ tự trước.`,
    en: `${rows.length} tasks are numbered ${number} (rows ${rows.join(", ")}): the pane cannot tell which to update. Fix the numbering first.`,
  };
}

function changed(number: string): Bilingual {
  return {
    vi: `Nhiệm vụ ${number} vừa được người khác sửa sau khi hiện trong ngăn này. Chưa ghi gì: hãy xem lại rồi cập nhật.`,
    en: `Task ${number} was changed by someone else after the pane showed it. Nothing was written: look at it again, then update.`,
  };
}

function noColumn(column: keyof typeof COLUMN_NAME): Bilingual {
  return {
    vi: `Kế hoạch không có cột "${COLUMN_NAME[column]}": thêm cột đó vào bảng rồi cập nhật lại. Chưa ghi gì.`,
    en: `The plan has no "${COLUMN_NAME[column]}" column: add it to the table, then update again. Nothing was written.`,
  };
}

function movedWhileSaving(number: string): Bilingual {
  return {
    vi: `Dòng của nhiệm vụ ${number} vừa bị người khác di chuyển hoặc sửa đúng lúc ghi: đã trả lại các ô như cũ. Hãy thử lại.`,
    en: `Someone moved or edited task ${number}'s row just as it was saved: the cells were put back as they were. Try again.`,
  };
}
