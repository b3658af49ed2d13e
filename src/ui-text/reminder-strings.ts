// The words of the "Nhắc việc" panel, Vietnamese and English. The reminders themselves are always in Vietnamese
// (they go to Vietnamese agencies); only the panel around them follows the UI language.
import { formatViDate, type IsoDate } from "../core/model/dates";
import type { Language } from "./language";

const vi = {
  heading: "Nhắc việc",
  hint: "Thư nhắc cho từng cơ quan: nhiệm vụ quá hạn, sắp đến hạn và định kỳ sắp đến kỳ. Mở thư trong chương trình thư của bạn hoặc sao chép nội dung.",
  window: "Nhắc hạn trong",
  days: (n: number) => `${n} ngày tới`,
  link: "Địa chỉ sổ dùng chung (không bắt buộc)",
  linkHint: "Dán đường dẫn OneDrive/SharePoint của sổ để cơ quan cập nhật ngay trong sổ.",
  asOf: (asOf: IsoDate, until: IsoDate) => `Tính đến ${formatViDate(asOf)}, hạn đến ${formatViDate(until)}.`,
  overdue: "Quá hạn",
  dueSoon: "Sắp đến hạn",
  recurring: "Định kỳ sắp đến kỳ",
  overdueBy: (days: number, date: string) => `hạn ${date}, quá ${days} ngày`,
  dueOn: (date: string) => `hạn ${date}`,
  nextOn: (date: string) => `kỳ tới ${date}`,
  noEmail: "Chưa có email trong Danh mục cơ quan",
  openMail: "Mở thư",
  copy: "Sao chép",
  copied: "Đã sao chép thư.",
  copyFailed: "Không sao chép được: chọn nội dung thư bên dưới và nhấn Ctrl+C.",
  shortened: "Thư mở ra được rút gọn cho vừa đường dẫn thư; dùng Sao chép để có toàn văn.",
  nothing: "Không có cơ quan nào có việc cần nhắc trong khoảng này.",
  quiet: (names: string) => `Không có việc cần nhắc: ${names}.`,
  textLabel: (agency: string) => `Nội dung thư nhắc việc cho ${agency}`,
};

const en: typeof vi = {
  heading: "Reminders",
  hint: "A reminder for each agency: tasks overdue, due soon and recurring duties coming up. Open it in your mail program or copy the text.",
  window: "Remind of deadlines in the",
  days: (n: number) => `next ${n} days`,
  link: "Shared workbook address (optional)",
  linkHint: "Paste the workbook's OneDrive/SharePoint link so agencies update their tasks in it.",
  asOf: (asOf: IsoDate, until: IsoDate) => `As of ${formatViDate(asOf)}, deadlines up to ${formatViDate(until)}.`,
  overdue: "Overdue",
  dueSoon: "Due soon",
  recurring: "Recurring, coming up",
  overdueBy: (days: number, date: string) => `due ${date}, ${days} days overdue`,
  dueOn: (date: string) => `due ${date}`,
  nextOn: (date: string) => `next ${date}`,
  noEmail: "No email in the agency registry",
  openMail: "Open email",
  copy: "Copy",
  copied: "Reminder copied.",
  copyFailed: "Could not copy: select the reminder text below and press Ctrl+C.",
  shortened: "The email opened is shortened to fit a mail link; use Copy for the full text.",
  nothing: "No agency has anything to be reminded of in this window.",
  quiet: (names: string) => `Nothing to remind: ${names}.`,
  textLabel: (agency: string) => `Reminder text for ${agency}`,
};

/** The panel's strings in the UI language. */
export function reminderStrings(language: Language): typeof vi {
  return language === "vi" ? vi : en;
}
