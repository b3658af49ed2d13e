// Collect: the coordinator's side of the exchange. Each returned workbook is applied to the plan by task key — only
// the cells its agency may change, only where it changed them, never over a task the plan changed since the file was
// sent (a conflict, listed). Files of another plan or agency, older or repeated returns, rows edited outside their
// report cells are refused with a sentence naming the agency, the file and the task. Pure: decides, never writes.
import type { Bilingual } from "../check/finding";
import { cellAddress } from "../model/address";
import { formatViDate, readDateCell, type IsoDate } from "../model/dates";
import { gridValue, type SheetGrid } from "../model/grid";
import type { Plan, Task } from "../model/plan";
import { readStatus, STATUS_LABEL } from "../read/vocabulary";
import { cellText, cleanText, foldKey } from "../text/normalize";
import { fingerprintChanges, taskFingerprint, type TaskFingerprint } from "../track/task-snapshot";
import { splitAgencies } from "./agency-workbook";
import { LOG_FIELD, logTime, type LogEntry } from "./change-log";
import { lockedHash, planId, type SentTask } from "./fingerprint";
import type { ReadReturned, ReturnedFile, ReturnedRow } from "./returned";

/** The header of the column that keeps a task's deadline as first planned once a later one is accepted. */
export const ORIGINAL_DEADLINE_HEADER = "Hạn ban đầu";

/** One cell collect writes on the plan sheet. */
export interface CellWrite {
  row: number;
  col: number;
  value: { text: string } | { date: IsoDate };
}

/** Something the coordinator must see: refused files or rows, conflicts, repeated returns. */
export interface CollectNotice {
  kind: "refused" | "conflict" | "ignored";
  agency: string | null;
  file: string;
  task: string | null;
  message: Bilingual;
}

/** A deadline an agency proposes; applied only when the coordinator accepted it. */
export interface DeadlineProposal {
  agency: string;
  file: string;
  key: string;
  fromText: string;
  from: IsoDate | null;
  to: IsoDate;
  reason: string;
  accepted: boolean;
}

/** What a coordinating agency wrote on a task it does not lead: shown, never written over the lead's note. */
export interface Contribution {
  agency: string;
  key: string;
  note: string;
}

/** Everything collect decided. */
export interface CollectResult {
  writes: CellWrite[];
  /** Columns the plan lacked and collect adds right of it (header cell included in writes). */
  addedColumns: { col: number; header: string }[];
  log: LogEntry[];
  notices: CollectNotice[];
  proposals: DeadlineProposal[];
  contributions: Contribution[];
  /** Agencies the plan was split to that returned nothing ("chưa gửi báo cáo"). */
  missing: string[];
  /** Files applied, with how many of their tasks changed the plan. */
  applied: { agency: string; file: string; changed: number }[];
}

/** How collect runs: when (local ISO date-time, for the log) and which proposed deadlines the coordinator accepts. */
export interface CollectOptions {
  now: string;
  acceptDeadlines: "all" | ReadonlySet<string>;
}

type Field = "status" | "completedOn" | "note";

interface Pending {
  task: Task;
  field: Field | "deadline" | "original";
  write: CellWrite["value"];
  old: string;
  shown: string;
  agency: string;
  file: string;
}

/** Decides what the returned files change in the plan, and what the coordinator must be told. */
export function collectReturns(
  plan: Plan,
  grid: SheetGrid,
  files: ReadReturned[],
  options: CollectOptions,
): CollectResult {
  const notices: CollectNotice[] = [];
  const proposals: DeadlineProposal[] = [];
  const contributions: Contribution[] = [];
  const applied: CollectResult["applied"] = [];
  const id = planId(plan);
  const named = new Set(plan.agencies.filter((a) => !a.group).map((a) => a.name));
  const accepted: ReturnedFile[] = [];
  for (const f of files) {
    if (!f.ok) {
      notices.push({ kind: "refused", agency: null, file: f.file, task: null, message: f.message });
      continue;
    }
    const r = f.returned;
    if (r.record.planId !== id) notices.push(refusedFile(r, otherPlan(r)));
    else if (!named.has(r.record.agency)) notices.push(refusedFile(r, otherAgency(r)));
    else accepted.push(r);
  }
  const chosen = chooseOnePerAgency(accepted, notices);
  const byKey = new Map<string, Task[]>();
  for (const t of plan.tasks) if (t.key) byKey.set(t.key, [...(byKey.get(t.key) ?? []), t]);
  const pending: Pending[] = [];
  for (const r of chosen) {
    let changed = 0;
    const rowsByKey = new Map<string, ReturnedRow[]>();
    for (const row of r.rows) rowsByKey.set(row.key, [...(rowsByKey.get(row.key) ?? []), row]);
    const sentKeys = new Set(r.record.tasks.map((t) => t.key));
    for (const row of r.rows)
      if (!sentKeys.has(row.key)) notices.push(refusedRow(r, row.key || `(dòng ${row.row})`, addedRow(r, row)));
    for (const sent of r.record.tasks) {
      const rows = rowsByKey.get(sent.key) ?? [];
      if (rows.length === 0) {
        notices.push({ ...refusedRow(r, sent.key, deletedRow(r, sent.key)), kind: "ignored" });
        continue;
      }
      if (rows.length > 1) {
        notices.push(refusedRow(r, sent.key, repeatedRow(r, sent.key, rows)));
        continue;
      }
      const row = rows[0];
      if (lockedHash(row.locked) !== sent.locked) {
        notices.push(refusedRow(r, sent.key, lockedEdited(r, row)));
        continue;
      }
      const tasks = byKey.get(sent.key) ?? [];
      if (tasks.length !== 1) {
        notices.push(conflict(r, sent.key, tasks.length === 0 ? taskGone(r, sent.key) : taskTwice(r, sent.key)));
        continue;
      }
      const task = tasks[0];
      const wanted = reportedChanges(r, sent, row, task, notices);
      if (sent.role === "coordinate") {
        const note = wanted.find((w) => w.field === "note");
        if (note && "text" in note.write)
          contributions.push({ agency: r.record.agency, key: sent.key, note: note.write.text });
        continue;
      }
      const proposal = proposedDeadline(r, sent, row, task, options, notices);
      if (proposal) proposals.push(proposal);
      const now = taskFingerprint(task);
      const outstanding = wanted.filter((w) => !alreadyThere(w, task));
      const deadline = proposal?.accepted && proposal.to !== task.deadline;
      if (outstanding.length === 0 && !deadline) continue;
      const since = fingerprintChanges(sent.plan, now);
      if (since.length > 0) {
        notices.push(conflict(r, sent.key, changedSince(r, sent.key, since, sent.plan, now)));
        continue;
      }
      pending.push(...outstanding);
      if (proposal && deadline) pending.push(...deadlineWrites(plan, grid, task, proposal));
      changed++;
    }
    applied.push({ agency: r.record.agency, file: r.file, changed });
  }
  const { writes, log, addedColumns } = settle(plan, grid, pending, notices, options);
  const returned = new Set(chosen.map((r) => r.record.agency));
  return {
    writes,
    addedColumns,
    log,
    notices,
    proposals,
    contributions,
    missing: splitAgencies(plan).filter((a) => !returned.has(a)),
    applied,
  };
}

// One return per agency: the latest split wins; the same split returned twice counts once when identical, and is
// refused when the copies disagree (which one is right is the coordinator's call).
function chooseOnePerAgency(files: ReturnedFile[], notices: CollectNotice[]): ReturnedFile[] {
  const byAgency = new Map<string, ReturnedFile[]>();
  for (const f of files) byAgency.set(f.record.agency, [...(byAgency.get(f.record.agency) ?? []), f]);
  const chosen: ReturnedFile[] = [];
  for (const list of byAgency.values()) {
    const latest = list.reduce((m, f) => (f.record.sentAt > m ? f.record.sentAt : m), "");
    const newest = list.filter((f) => f.record.sentAt === latest);
    for (const f of list)
      if (f.record.sentAt !== latest) notices.push({ ...refusedFile(f, olderSplit(f, newest[0])), kind: "ignored" });
    const distinct = new Map(newest.map((f) => [answersOf(f), f]));
    if (distinct.size > 1) {
      for (const f of newest) notices.push(refusedFile(f, returnedTwiceDiffering(f, newest)));
      continue;
    }
    for (const f of newest.slice(1))
      notices.push({ ...refusedFile(f, returnedTwiceSame(f, newest[0])), kind: "ignored" });
    chosen.push(newest[0]);
  }
  return chosen;
}

function answersOf(f: ReturnedFile): string {
  return JSON.stringify(
    [...f.rows]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((r) => [r.key, r.status, r.completedOn, r.note, r.proposed, r.reason].map((v) => cellText(v))),
  );
}

// The report cells the agency changed from what was sent, as the writes they ask for; unreadable ones are refused.
function reportedChanges(
  r: ReturnedFile,
  sent: SentTask,
  row: ReturnedRow,
  task: Task,
  notices: CollectNotice[],
): Pending[] {
  const out: Pending[] = [];
  const base = { task, agency: r.record.agency, file: r.file };
  const lead = sent.role !== "coordinate";
  if (lead && cellText(row.status) !== cleanText(sent.plan.status)) {
    const s = readStatus(row.status);
    if (s.kind === "unknown") notices.push(refusedRow(r, sent.key, badStatus(r, sent.key, s.text)));
    else
      out.push({
        ...base,
        field: "status",
        write: { text: STATUS_LABEL[s.status] },
        old: task.statusText,
        shown: STATUS_LABEL[s.status],
      });
  }
  if (lead) {
    const was = readDateCell(sent.plan.completedOn);
    const now = readDateCell(row.completedOn);
    const same = was.kind === now.kind && (was.kind !== "date" || now.kind !== "date" || was.date === now.date);
    if (now.kind === "invalid")
      notices.push(refusedRow(r, sent.key, badDate(r, sent.key, "Ngày hoàn thành", now.text)));
    else if (!same)
      out.push({
        ...base,
        field: "completedOn",
        write: now.kind === "date" ? { date: now.date } : { text: "" },
        old: task.source.completedText,
        shown: now.kind === "date" ? formatViDate(now.date) : "",
      });
  }
  const note = cellText(row.note);
  if (note !== cleanText(lead ? sent.plan.note : ""))
    out.push({ ...base, field: "note", write: { text: note }, old: task.note, shown: note });
  return out;
}

function alreadyThere(w: Pending, task: Task): boolean {
  if (w.field === "status") return task.source.statusKnown && STATUS_LABEL[task.status] === w.shown;
  if (w.field === "completedOn")
    return "date" in w.write ? task.completedOn === w.write.date : task.source.completedText === "";
  if (w.field === "note") return task.note === w.shown;
  return false;
}

function proposedDeadline(
  r: ReturnedFile,
  sent: SentTask,
  row: ReturnedRow,
  task: Task,
  options: CollectOptions,
  notices: CollectNotice[],
): DeadlineProposal | null {
  const d = readDateCell(row.proposed);
  if (d.kind === "empty") return null;
  if (d.kind === "invalid") {
    notices.push(refusedRow(r, sent.key, badDate(r, sent.key, "Đề xuất hạn mới", d.text)));
    return null;
  }
  const accepted = options.acceptDeadlines === "all" || options.acceptDeadlines.has(sent.key);
  return {
    agency: r.record.agency,
    file: r.file,
    key: sent.key,
    fromText: task.timeText,
    from: task.deadline,
    to: d.date,
    reason: cellText(row.reason),
    accepted,
  };
}

// An accepted deadline: the time cell gets the new date, and the plan's first deadline is kept in its own column
// (written once: a second move keeps the very first one).
function deadlineWrites(plan: Plan, grid: SheetGrid, task: Task, p: DeadlineProposal): Pending[] {
  const base = { task, agency: p.agency, file: p.file };
  const out: Pending[] = [
    { ...base, field: "deadline", write: { text: formatViDate(p.to) }, old: task.timeText, shown: formatViDate(p.to) },
  ];
  const col = originalColumn(plan, grid);
  if (col === null || cellText(gridValue(grid, task.row, col)) === "")
    out.push({ ...base, field: "original", write: { text: task.timeText }, old: "", shown: task.timeText });
  return out;
}

function originalColumn(plan: Plan, grid: SheetGrid): number | null {
  const want = foldKey(ORIGINAL_DEADLINE_HEADER);
  for (let c = plan.left; c <= plan.right + 8; c++)
    for (let r = plan.headerTop; r <= plan.headerBottom; r++)
      if (foldKey(cellText(gridValue(grid, r, c))) === want) return c;
  return null;
}

const HEADERS: Record<Pending["field"], string> = {
  deadline: "Thời gian",
  status: "Trạng thái",
  completedOn: "Ngày hoàn thành",
  note: "Ghi chú",
  original: ORIGINAL_DEADLINE_HEADER,
};

// Pending changes become cell writes and log rows; two agencies asking different values of one cell (a group-led
// task) is a conflict, and neither is written.
function settle(
  plan: Plan,
  grid: SheetGrid,
  pending: Pending[],
  notices: CollectNotice[],
  options: CollectOptions,
): Pick<CollectResult, "writes" | "log" | "addedColumns"> {
  const byCell = new Map<string, Pending[]>();
  for (const p of pending) {
    const k = `${p.task.row}|${p.field}`;
    byCell.set(k, [...(byCell.get(k) ?? []), p]);
  }
  const addedColumns: CollectResult["addedColumns"] = [];
  const columns: Record<Field | "original" | "deadline", number | null> = {
    status: plan.columns.status,
    completedOn: plan.columns.completedOn,
    note: plan.columns.note,
    deadline: plan.columns.time,
    original: originalColumn(plan, grid),
  };
  let next = Math.max(plan.right, ...Object.values(columns).map((c) => c ?? 0)) + 1;
  const columnOf = (field: keyof typeof columns): number => {
    if (columns[field] === null) {
      columns[field] = next++;
      addedColumns.push({ col: columns[field]!, header: HEADERS[field as keyof typeof HEADERS] });
    }
    return columns[field]!;
  };
  const writes: CellWrite[] = [];
  const log: LogEntry[] = [];
  for (const list of byCell.values()) {
    const values = new Set(list.map((p) => p.shown));
    if (values.size > 1) {
      for (const p of list)
        notices.push({
          kind: "conflict",
          agency: p.agency,
          file: p.file,
          task: p.task.key,
          message: agenciesDisagree(p, list),
        });
      continue;
    }
    const p = list[0];
    // Cells right of an Excel table are not part of it and would not be read back: the table needs the column first.
    // (The original deadline is kept for people and reports, not read as the plan: it may sit beside the table.)
    if (columns[p.field] === null && plan.table !== null && p.field !== "original") {
      notices.push({
        kind: "refused",
        agency: p.agency,
        file: p.file,
        task: p.task.key,
        message: noColumnInTable(plan.table, HEADERS[p.field], p),
      });
      continue;
    }
    const col = columnOf(p.field);
    writes.push({ row: p.task.row, col, value: p.write });
    if (p.field === "original") continue;
    log.push({
      when: logTime(options.now),
      key: p.task.key ?? "",
      field: p.field === "deadline" ? LOG_FIELD.deadline : LOG_FIELD[p.field],
      old: p.old,
      new: p.shown,
      source: list
        .map((x) => `${x.agency} (${x.file}${p.field === "deadline" ? ", đề xuất đã chấp nhận" : ""})`)
        .join("; "),
    });
  }
  for (const a of addedColumns) writes.push({ row: plan.headerTop, col: a.col, value: { text: a.header } });
  writes.sort((a, b) => a.row - b.row || a.col - b.col);
  return { writes, log, addedColumns };
}

/** The A1 address of a write, for messages and reports. */
export function writeAddress(w: CellWrite): string {
  return cellAddress(w.row, w.col);
}

function refusedFile(r: ReturnedFile, message: Bilingual): CollectNotice {
  return { kind: "refused", agency: r.record.agency, file: r.file, task: null, message };
}

function refusedRow(r: ReturnedFile, task: string, message: Bilingual): CollectNotice {
  return { kind: "refused", agency: r.record.agency, file: r.file, task, message };
}

function conflict(r: ReturnedFile, task: string, message: Bilingual): CollectNotice {
  return { kind: "conflict", agency: r.record.agency, file: r.file, task, message };
}

const who = (r: ReturnedFile) => `${r.file} (${r.record.agency})`;

function otherPlan(r: ReturnedFile): Bilingual {
  return {
    vi: `${who(r)}: tệp này gửi cho kế hoạch khác ("${r.record.planTitle}"), không phải kế hoạch đang thu thập. Không áp dụng.`,
    en: `${who(r)}: this file was sent for another plan ("${r.record.planTitle}"), not the plan being collected. Not applied.`,
  };
}

function otherAgency(r: ReturnedFile): Bilingual {
  return {
    vi: `${who(r)}: cơ quan "${r.record.agency}" không có trong kế hoạch này. Không áp dụng.`,
    en: `${who(r)}: agency "${r.record.agency}" is not in this plan. Not applied.`,
  };
}

function olderSplit(r: ReturnedFile, newer: ReturnedFile): Bilingual {
  return {
    vi: `${who(r)}: tệp của lần gửi cũ (${sentTime(r)}); đã dùng tệp của lần gửi mới hơn ${newer.file} (${sentTime(newer)}).`,
    en: `${who(r)}: a file of an older split (${sentTime(r)}); the newer split's ${newer.file} (${sentTime(newer)}) was used.`,
  };
}

// When a split was made, to the second: two splits of one day are told apart.
function sentTime(r: ReturnedFile): string {
  return r.record.sentAt.slice(0, 19).replace("T", " ");
}

function returnedTwiceSame(r: ReturnedFile, first: ReturnedFile): Bilingual {
  return {
    vi: `${who(r)}: gửi lại lần hai, giống hệt ${first.file}: chỉ tính một lần.`,
    en: `${who(r)}: returned twice, identical to ${first.file}: counted once.`,
  };
}

function returnedTwiceDiffering(r: ReturnedFile, all: ReturnedFile[]): Bilingual {
  const files = all.map((f) => f.file).join(", ");
  return {
    vi: `${who(r)}: cơ quan gửi ${all.length} tệp khác nhau cho cùng một lần gửi (${files}). Không áp dụng tệp nào: hãy hỏi cơ quan tệp nào đúng và chỉ đưa tệp đó.`,
    en: `${who(r)}: the agency returned ${all.length} different files for the same split (${files}). None applied: ask which is right and give only that one.`,
  };
}

function addedRow(r: ReturnedFile, row: ReturnedRow): Bilingual {
  return {
    vi: `${who(r)}, dòng ${row.row}: dòng "${row.key}" không có trong tệp đã gửi (thêm dòng hoặc sửa mã nhiệm vụ). Không áp dụng.`,
    en: `${who(r)}, row ${row.row}: row "${row.key}" was not in the file sent (a row added or a task key edited). Not applied.`,
  };
}

function deletedRow(r: ReturnedFile, key: string): Bilingual {
  return {
    vi: `${who(r)}: nhiệm vụ ${key} đã bị xóa khỏi tệp: nhiệm vụ này chưa được báo cáo.`,
    en: `${who(r)}: task ${key} was deleted from the file: it has not been reported.`,
  };
}

function repeatedRow(r: ReturnedFile, key: string, rows: ReturnedRow[]): Bilingual {
  return {
    vi: `${who(r)}: nhiệm vụ ${key} có ${rows.length} dòng (${rows.map((x) => x.row).join(", ")}). Không áp dụng.`,
    en: `${who(r)}: task ${key} has ${rows.length} rows (${rows.map((x) => x.row).join(", ")}). Not applied.`,
  };
}

function lockedEdited(r: ReturnedFile, row: ReturnedRow): Bilingual {
  return {
    vi: `${who(r)}, nhiệm vụ ${row.key} (dòng ${row.row}): các ô của kế hoạch (mã, nội dung, vai trò, thời gian, hạn) đã bị sửa ngoài các ô báo cáo. Không áp dụng dòng này.`,
    en: `${who(r)}, task ${row.key} (row ${row.row}): the plan's cells (key, content, role, time, deadline) were edited outside the report cells. This row was not applied.`,
  };
}

function taskGone(r: ReturnedFile, key: string): Bilingual {
  return {
    vi: `${who(r)}: nhiệm vụ ${key} không còn trong kế hoạch (đã xóa hoặc đánh lại số sau khi gửi). Không áp dụng.`,
    en: `${who(r)}: task ${key} is no longer in the plan (deleted or renumbered since the file was sent). Not applied.`,
  };
}

function taskTwice(r: ReturnedFile, key: string): Bilingual {
  return {
    vi: `${who(r)}: kế hoạch có nhiều nhiệm vụ cùng mã ${key}. Không áp dụng.`,
    en: `${who(r)}: the plan has several tasks keyed ${key}. Not applied.`,
  };
}

const FIELD_VI: Record<keyof TaskFingerprint, string> = {
  number: "số",
  content: "nội dung",
  time: "thời gian",
  lead: "chủ trì",
  coordinators: "phối hợp",
  status: "trạng thái",
  completedOn: "ngày hoàn thành",
  note: "ghi chú",
};

function changedSince(
  r: ReturnedFile,
  key: string,
  since: { field: keyof TaskFingerprint }[],
  sent: TaskFingerprint,
  now: TaskFingerprint,
): Bilingual {
  const vi = since.map((c) => `${FIELD_VI[c.field]} "${sent[c.field]}" → "${now[c.field]}"`).join("; ");
  const en = since.map((c) => `${c.field} "${sent[c.field]}" → "${now[c.field]}"`).join("; ");
  return {
    vi: `${who(r)}: nhiệm vụ ${key} đã thay đổi trong kế hoạch sau khi gửi (${vi}). Xung đột: báo cáo của cơ quan không được ghi đè, hãy xem và cập nhật bằng tay.`,
    en: `${who(r)}: task ${key} changed in the plan after the file was sent (${en}). Conflict: the agency's report was not written over it; look at it and update by hand.`,
  };
}

function agenciesDisagree(p: Pending, list: Pending[]): Bilingual {
  const values = list.map((x) => `${x.agency}: "${x.shown}"`).join("; ");
  return {
    vi: `Nhiệm vụ ${p.task.key}: các cơ quan báo cáo khác nhau (${values}). Xung đột: chưa ghi.`,
    en: `Task ${p.task.key}: the agencies report different values (${values}). Conflict: nothing written.`,
  };
}

function noColumnInTable(table: string, header: string, p: Pending): Bilingual {
  return {
    vi: `${p.file} (${p.agency}), nhiệm vụ ${p.task.key}: bảng ${table} không có cột "${header}". Thêm cột đó vào bảng rồi thu thập lại; chưa ghi "${p.shown}".`,
    en: `${p.file} (${p.agency}), task ${p.task.key}: table ${table} has no "${header}" column. Add it to the table and collect again; "${p.shown}" was not written.`,
  };
}

function badStatus(r: ReturnedFile, key: string, text: string): Bilingual {
  return {
    vi: `${who(r)}, nhiệm vụ ${key}: trạng thái "${text}" không hiểu được (chọn Chưa thực hiện, Đang thực hiện hoặc Hoàn thành). Không áp dụng trạng thái.`,
    en: `${who(r)}, task ${key}: status "${text}" is not understood (pick Chưa thực hiện, Đang thực hiện or Hoàn thành). The status was not applied.`,
  };
}

function badDate(r: ReturnedFile, key: string, column: string, text: string): Bilingual {
  return {
    vi: `${who(r)}, nhiệm vụ ${key}: "${column}" = "${text}" không phải ngày (dạng ngày/tháng/năm). Không áp dụng ô này.`,
    en: `${who(r)}, task ${key}: "${column}" = "${text}" is not a date (day/month/year). That cell was not applied.`,
  };
}
