// The workbook sent to one agency: its tasks (as lead, as coordinator, and group-led ones it shares) with the plan's
// key, content, time and deadline locked, and only its report cells open — status, completion date, result/note, and
// a proposed new deadline with its reason. The record of what was sent goes into a very hidden sheet.
import { formatViDate, type IsoDate } from "../model/dates";
import type { Plan, Task } from "../model/plan";
import { STATUS_LABEL } from "../read/vocabulary";
import { validSheetName } from "../sheets/sheet-names";
import { emptySheet, type Area, type SheetSpec, type SpecCell, type StyleId } from "../sheets/spec";
import { agencyViews } from "../track/agency-views";
import { taskFingerprint } from "../track/task-snapshot";
import { lockedHash, planId, recordRows, SPLIT_RECORD_SHEET, type SentTask, type SplitRecord } from "./fingerprint";

/** The columns of the report table, in order; the first five are the plan's (locked), the rest the agency's. */
export const REPORT_COLUMNS = [
  "Mã nhiệm vụ",
  "Nội dung",
  "Vai trò",
  "Thời gian",
  "Hạn",
  "Trạng thái",
  "Ngày hoàn thành",
  "Kết quả / Ghi chú",
  "Đề xuất hạn mới",
  "Lý do đề xuất",
] as const;

/** Column numbers (1-based) of the report table. */
export const COL = {
  key: 1,
  content: 2,
  role: 3,
  time: 4,
  deadline: 5,
  status: 6,
  completedOn: 7,
  note: 8,
  proposed: 9,
  reason: 10,
} as const;

const WIDTHS = [11, 56, 14, 16, 12, 17, 15, 40, 15, 30];

/** How the agency's part in a task is written in its file. */
export const ROLE_WORDS: Record<SentTask["role"], string> = {
  lead: "Chủ trì",
  coordinate: "Phối hợp",
  group: "Chủ trì (chung)",
};

/** Name of the report sheet in every returned workbook. */
export const REPORT_SHEET = "Báo cáo tiến độ";

const INSTRUCTIONS_VI = [
  "HƯỚNG DẪN",
  "1. Chỉ điền các ô nền trắng ở các cột Trạng thái, Ngày hoàn thành, Kết quả / Ghi chú, Đề xuất hạn mới, Lý do đề xuất. Các cột khác bị khóa.",
  "2. Trạng thái: chọn trong danh sách. Ngày: dạng ngày/tháng/năm (ví dụ 20/06/2024).",
  "3. Nhiệm vụ phối hợp: chỉ ghi kết quả phối hợp; trạng thái do cơ quan chủ trì báo cáo.",
  "4. Cần lùi hạn: ghi hạn mới đề xuất và lý do; hạn chỉ thay đổi khi cơ quan điều phối chấp nhận.",
  "5. Không đổi tên trang, không thêm hoặc xóa dòng; lưu tệp dạng .xlsx (đổi tên tệp được) và gửi lại cho cơ quan điều phối.",
];
const INSTRUCTIONS_EN = [
  "INSTRUCTIONS (English)",
  "1. Fill in only the white cells of Status, Completion date, Result / Note, Proposed deadline and Reason. Other columns are locked.",
  "2. Status: pick from the list. Dates as day/month/year (e.g. 20/06/2024).",
  "3. Tasks you coordinate: write your contribution only; the lead agency reports the status.",
  "4. To move a deadline: write the proposed date and the reason; it changes only when the coordinator accepts it.",
  "5. Do not rename the sheet or add or delete rows; save as .xlsx (the file may be renamed) and send it back to the coordinator.",
];

/** One agency's workbook: the report sheet and its very hidden record. */
export interface AgencyWorkbook {
  agency: string;
  report: SheetSpec;
  record: SheetSpec;
  taskCount: number;
}

/** The agencies a plan is split to: every named agency with at least one task (group-led tasks go to every agency). */
export function splitAgencies(plan: Plan): string[] {
  return agencyViews(plan)
    .filter((v) => v.lead.length + v.coordinate.length + v.shared.length > 0)
    .map((v) => v.agency);
}

/** Builds every agency's workbook of a plan, sent at `sentAt` (ISO date and time, e.g. "2024-06-30T09:15"). */
export function agencyWorkbooks(plan: Plan, sentAt: string): AgencyWorkbook[] {
  const id = planId(plan);
  return agencyViews(plan)
    .filter((v) => v.lead.length + v.coordinate.length + v.shared.length > 0)
    .map((view) => {
      const byRow: { task: Task; role: SentTask["role"] }[] = [
        ...view.lead.map((task) => ({ task, role: "lead" as const })),
        ...view.shared.map((task) => ({ task, role: "group" as const })),
        ...view.coordinate.map((task) => ({ task, role: "coordinate" as const })),
      ]
        .filter((e) => e.task.key !== null)
        .sort((a, b) => a.task.row - b.task.row);
      const report = reportSheet(plan, view.agency, byRow, sentAt);
      const record: SplitRecord = {
        planId: id,
        planTitle: plan.title,
        agency: view.agency,
        sentAt,
        tasks: byRow.map(({ task, role }) => ({
          key: task.key!,
          role,
          locked: lockedHash(lockedCells(task, role)),
          plan: taskFingerprint(task),
        })),
      };
      const recordSpec = emptySheet("split-record", SPLIT_RECORD_SHEET);
      recordSpec.rows = recordRows(record);
      return { agency: view.agency, report, record: recordSpec, taskCount: byRow.length };
    });
}

/** The locked cells of a task's row, as written (and as read back: text only). */
export function lockedCells(task: Task, role: SentTask["role"]): string[] {
  return [
    task.key ?? "",
    task.content,
    ROLE_WORDS[role],
    task.timeText,
    task.deadline ? formatViDate(task.deadline) : "",
  ];
}

/** The first row of the report table's header (rows above hold the title and the instructions). */
export const HEADER_ROW = 4 + INSTRUCTIONS_VI.length + INSTRUCTIONS_EN.length + 2;

function reportSheet(
  plan: Plan,
  agency: string,
  rows: { task: Task; role: SentTask["role"] }[],
  sentAt: string,
): SheetSpec {
  const spec = emptySheet(`split:${agency}`, validSheetName(REPORT_SHEET));
  const last = REPORT_COLUMNS.length;
  const push = (cells: SpecCell[], style: StyleId | null = null) => {
    spec.rows.push(cells);
    spec.rowStyles!.push(style);
  };
  push([{ text: `Báo cáo tiến độ — ${agency}`, style: "title" }]);
  push([{ text: plan.title || plan.sheet, style: "subtitle" }]);
  push([
    {
      text: `Gửi ngày ${formatViDate(sentAt.slice(0, 10) as IsoDate)} · ${rows.length} nhiệm vụ · Sent on ${formatViDate(sentAt.slice(0, 10))}`,
      style: "muted",
    },
  ]);
  push([]);
  for (const line of [...INSTRUCTIONS_VI, ...INSTRUCTIONS_EN]) push([{ text: line, style: "muted" }]);
  push([]);
  push(
    REPORT_COLUMNS.map((h) => ({ text: h })),
    "header",
  );
  const top = spec.rows.length + 1;
  for (const { task, role } of rows) {
    const locked = lockedCells(task, role);
    const reports = role !== "coordinate";
    push([
      { text: locked[0], style: "center" },
      { text: locked[1], style: "wrap" },
      { text: locked[2], style: "center" },
      { text: locked[3], style: "center" },
      { text: locked[4], style: "center" },
      { text: reports ? task.statusText : "", style: reports ? "center" : "muted" },
      task.completedOn && reports ? { date: task.completedOn, style: "date" } : { text: "", style: "date" },
      { text: reports ? task.note : "", style: "wrap" },
      { text: "", style: "date" },
      { text: "", style: "wrap" },
    ]);
  }
  for (let r = 1; r < HEADER_ROW - 1; r++) spec.merges.push({ top: r, left: 1, bottom: r, right: last });
  spec.columns = WIDTHS.map((width) => ({ width }));
  spec.freezeRows = HEADER_ROW;
  spec.print.titleRows = [HEADER_ROW, HEADER_ROW];
  const unlocked = rows.flatMap(({ role }, i): Area[] => {
    const r = top + i;
    return role === "coordinate"
      ? [{ top: r, left: COL.note, bottom: r, right: COL.note }]
      : [{ top: r, left: COL.status, bottom: r, right: COL.reason }];
  });
  spec.protection = { unlocked };
  const leadRows = rows.map((e, i) => (e.role === "coordinate" ? null : top + i)).filter((r) => r !== null);
  for (const r of leadRows)
    spec.validations.push({
      top: r,
      left: COL.status,
      bottom: r,
      right: COL.status,
      list: Object.values(STATUS_LABEL),
    });
  return spec;
}
