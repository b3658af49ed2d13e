// The words of a reminder: one Vietnamese subject and body, the same in the .eml the command line writes, the text
// the pane copies and the mailto: link it opens. The lists may be cut (a mail link has a length limit); the body then
// says how many tasks it left out and where to see them all.
import { formatViDate, type IsoDate } from "../model/dates";
import type { AgencyRole } from "../track/agency-tasks";
import type { AgencyReminder, ReminderItem, Reminders } from "./reminders";

/** What the text needs beyond the reminder: the plan's title and how agencies report back. */
export interface ReminderContext {
  planTitle: string;
  asOf: IsoDate;
  until: IsoDate;
  days: number;
  /** The shared workbook's address (OneDrive/SharePoint), when known: agencies update their tasks there. */
  link: string | null;
}

/** The context of a set of reminders, with the plan's title and the shared workbook's link. */
export function reminderContext(r: Reminders, planTitle: string, link: string | null): ReminderContext {
  return { planTitle, asOf: r.asOf, until: r.until, days: r.days, link };
}

/** The subject line: the agency and the counts ("Nhắc việc: 2 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn — Sở Tài chính"). */
export function reminderSubject(r: AgencyReminder, ctx: ReminderContext): string {
  const counts = [
    r.overdue.length ? `${r.overdue.length} nhiệm vụ quá hạn` : "",
    r.dueSoon.length ? `${r.dueSoon.length} nhiệm vụ sắp đến hạn` : "",
    r.recurring.length ? `${r.recurring.length} nhiệm vụ định kỳ` : "",
  ].filter(Boolean);
  return `Nhắc việc đến ngày ${formatViDate(ctx.asOf)}: ${counts.join(", ")} — ${r.agency}`;
}

const ROLE: Record<AgencyRole, string> = { lead: "chủ trì", coordinate: "phối hợp", group: "chủ trì" };

// "Nhiệm vụ II.3 (chủ trì): Xây dựng kế hoạch …" — the group a group-led task names is said, since the agency's part
// in it comes from belonging to the group.
function itemHead(item: ReminderItem, compact: boolean): string {
  const t = item.task;
  const name = t.key ?? t.number ?? `dòng ${t.row}`;
  const role = item.role === "group" ? `${ROLE.group} cùng "${t.lead}"` : ROLE[item.role];
  const words = [...t.content];
  const content =
    compact && words.length > SHORT_CONTENT ? `${words.slice(0, SHORT_CONTENT).join("").trimEnd()}…` : t.content;
  return `Nhiệm vụ ${name} (${role}): ${content}`;
}

// Letters of a task's text kept in a compact body: enough to recognise the task by.
const SHORT_CONTENT = 60;

function itemLine(item: ReminderItem, list: "overdue" | "dueSoon" | "recurring", compact: boolean): string {
  const date = formatViDate(item.date);
  const head = itemHead(item, compact);
  if (list === "overdue") return `- ${head} — hạn ${date}, đã quá hạn ${item.daysOverdue} ngày.`;
  if (list === "dueSoon") return `- ${head} — hạn ${date}.`;
  return `- ${head} — kỳ tới ${date} (${item.task.timeText}).`;
}

/** How the agency reports back: in the shared workbook when its link is known, else in the workbook sent back. */
export function reportBackLine(link: string | null): string {
  return link
    ? `Cách báo cáo: cập nhật Trạng thái và Ngày hoàn thành của từng nhiệm vụ ngay trong sổ kế hoạch dùng chung: ${link}`
    : "Cách báo cáo: ghi Trạng thái và Ngày hoàn thành của từng nhiệm vụ vào sổ kế hoạch (trang của cơ quan), lưu lại và gửi sổ đó cho đầu mối tổng hợp.";
}

/** How much of the body to write: at most `limit` tasks; `compact` leaves out the plan's title and the closing line and cuts each task's text. */
export interface BodyFit {
  limit: number;
  compact: boolean;
}

/**
 * The body: greeting, the three lists, how to report back. `fit` cuts it for a mail link; the tasks left out are
 * counted in a note that points to the full list.
 */
export function reminderBody(
  r: AgencyReminder,
  ctx: ReminderContext,
  fit: BodyFit = { limit: Infinity, compact: false },
): string {
  const lines = [`Kính gửi: ${r.agency}`];
  if (r.contact?.person && !fit.compact) lines.push(`Người liên hệ: ${r.contact.person}`);
  lines.push(
    "",
    `Theo ${(!fit.compact && ctx.planTitle) || "kế hoạch phối hợp"}, tính đến ngày ${formatViDate(ctx.asOf)} cơ quan có các nhiệm vụ sau cần lưu ý:`,
  );
  let room = fit.limit;
  let left = 0;
  const section = (title: string, items: ReminderItem[], list: "overdue" | "dueSoon" | "recurring") => {
    if (items.length === 0) return;
    const shown = items.slice(0, Math.max(0, room));
    room -= shown.length;
    left += items.length - shown.length;
    if (shown.length === 0) return;
    lines.push("", `${title} (${items.length}):`, ...shown.map((i) => itemLine(i, list, fit.compact)));
  };
  const until = formatViDate(ctx.until);
  section("NHIỆM VỤ QUÁ HẠN", r.overdue, "overdue");
  section(`NHIỆM VỤ ĐẾN HẠN TRONG ${ctx.days} NGÀY TỚI (đến ${until})`, r.dueSoon, "dueSoon");
  section(`NHIỆM VỤ ĐỊNH KỲ ĐẾN KỲ TRƯỚC ${until}`, r.recurring, "recurring");
  if (left > 0) lines.push("", `… và ${left} nhiệm vụ khác: xem đủ danh sách trong sổ kế hoạch.`);
  lines.push("", reportBackLine(ctx.link));
  if (!fit.compact) lines.push("", "Thư này được soạn tự động từ sổ kế hoạch bằng công cụ Kế hoạch phối hợp.");
  return lines.join("\n");
}

/** The number of tasks a reminder lists. */
export function itemCount(r: AgencyReminder): number {
  return r.overdue.length + r.dueSoon.length + r.recurring.length;
}
