// Every word the task pane and the ribbon commands show, in Vietnamese and English. Adding a string to one language
// and not the other fails the type check. Rule titles are not here: each is kept with its rule in the rule catalog.
import type { DeadlineState } from "../core/track/deadline";
import type { Severity } from "../core/check/finding";
import type { Status } from "../core/read/vocabulary";
import type { TaskFingerprint } from "../core/track/task-snapshot";
import type { Language } from "./language";
import type { AgencyRole, TaskChip, TaskSort } from "../core/track/agency-tasks";

const ROMAN = ["I", "II", "III", "IV"];

const vi = {
  appTitle: "Kế hoạch phối hợp",
  loading: "Đang tải…",
  outsideTitle: "Cần mở trong Excel",
  outsideBody:
    "Trang này là ngăn tác vụ của phần bổ trợ Excel “Kế hoạch phối hợp”. Hãy mở nó từ Excel: tab Trang đầu › nhóm Kế hoạch phối hợp › Mở ngăn tác vụ.",
  outsideHelp: "Cách cài đặt phần bổ trợ",
  crashed: "Ngăn tác vụ gặp lỗi ngoài dự kiến. Hãy đóng rồi mở lại ngăn tác vụ.",
  reload: "Tải lại",
  dismiss: "Đóng",

  // Plan card
  planHeading: "Kế hoạch",
  sheet: "Trang",
  table: "Bảng",
  year: "Năm",
  yearUnknown: "chưa rõ",
  yearPlaceholder: "ví dụ 2025",
  yearHint: "Kế hoạch không ghi năm: nhập năm để tính thời hạn.",
  agencies: "Cơ quan",
  agencyNames: "Xem tên các cơ quan",
  tasks: "Nhiệm vụ",
  asOf: "Ngày đối chiếu",
  asOfHint: "ngày/tháng/năm",
  asOfInvalid: "Ngày không hợp lệ (viết ngày/tháng/năm, ví dụ 30/06/2024).",
  today: "Hôm nay",
  statesAsOf: (date: string) => `Tình trạng thời hạn tính đến ${date}:`,

  // No plan
  noPlanTitle: "Chưa có kế hoạch trong sổ này",
  newPlanHeading: "Tạo kế hoạch mới",
  newPlanAgencies: "Các cơ quan (mỗi dòng một tên)",
  newPlanAgenciesPlaceholder: "Ban Dân vận Thành ủy\nLiên đoàn Lao động thành phố",
  newPlanYear: "Năm kế hoạch",
  newPlanButton: "Tạo bảng kế hoạch",
  pasteHeading: "Dán từ Word",
  pasteLabel: "Chọn cả bảng kế hoạch trong Word (có thể kèm tiêu đề), sao chép rồi dán vào đây",
  pasteButton: "Tạo kế hoạch từ văn bản đã dán",
  created: (sheet: string, tasks: number, agencies: number) =>
    `Đã tạo trang “${sheet}”: ${tasks} nhiệm vụ, ${agencies} cơ quan.`,
  createdRegistry: "Trang “Danh mục cơ quan” cũng đã được tạo: sửa tên viết tắt, tên khác của các cơ quan tại đó.",

  // The pane's places, one per kind of user
  viewsLabel: "Công việc",
  view: { check: "Kiểm tra", agency: "Cơ quan của tôi", reports: "Báo cáo" },
  firstRunTitle: "Kế hoạch chưa có nhiệm vụ nào",
  firstRun: (sheet: string) =>
    `Nhập nhiệm vụ vào trang “${sheet}”, mỗi dòng một nhiệm vụ: nội dung, cơ quan chủ trì và phối hợp, thời gian. Ngăn tác vụ tự kiểm tra lại khi sổ thay đổi.`,
  firstRunOpen: (sheet: string) => `Mở trang “${sheet}”`,

  // Check
  checkHeading: "Kiểm tra",
  checkButton: "Kiểm tra lại",
  noFindings: "Không phát hiện vấn đề nào.",
  allIgnored: "Mọi phát hiện còn lại đều đã được bỏ qua.",
  ignoredCount: (n: number) => `${n} đã bỏ qua`,
  showIgnored: "Hiện các mục đã bỏ qua",
  fix: "Sửa",
  fixTo: (to: string) => `Ghi “${to}” vào ô`,
  fixAll: (n: number) => `Sửa cả ${n}`,
  ignore: "Bỏ qua",
  unignore: "Không bỏ qua nữa",
  ignoredTag: "đã bỏ qua",
  // The cell is named in the finding's message already.
  goTo: "Đi tới ô",
  fixedCells: (n: number) => `Đã sửa ${n} ô.`,
  conflictsTitle: "Có người vừa sửa các ô này, chưa ghi gì cả",
  conflictLine: (cell: string, expected: string, found: string) =>
    `${cell}: lúc kiểm tra là “${expected}”, nay là “${found || "(trống)"}”`,
  skippedTitle: "Chưa sửa được",

  // Builds
  buildHeading: "Tạo báo cáo",
  highlight: "Tô hạn",
  highlightHint: "Tô màu nhiệm vụ quá hạn (đỏ), đến hạn trong quý (vàng), đã xong (xanh).",
  agencySheets: "Trang theo cơ quan",
  agencySheetsHint: "Mỗi cơ quan một trang: việc chủ trì, việc phối hợp, thời hạn.",
  summary: "Tổng hợp",
  summaryHint: "Bảng phân công và trang tổng hợp theo cơ quan, vai trò, tình trạng.",
  /** `{sheet}` marks where the sheet's name goes (a link in the pane). */
  highlighted: (rules: number) => `Đã tô màu trang {sheet} (${rules} quy tắc tô màu).`,
  helperColumn: (cell: string) => `Cột hạn chót phụ bắt đầu ở ô ${cell}.`,
  madeSheets: (n: number) => `Đã tạo ${n} trang:`,
  summaryPivots: (n: number) => `${n} PivotTable và biểu đồ.`,
  summaryFormulas: "Bảng đếm bằng công thức COUNTIFS.",
  sheetGone: (sheet: string) => `Không còn trang “${sheet}” (đã đổi tên hoặc xoá?).`,
  openSheet: (sheet: string) => `Mở trang ${sheet}`,

  // My agency
  myAgencyHeading: "Cơ quan của tôi",
  myAgencyPick: "Cơ quan của bạn",
  myAgencyPlaceholder: "— chọn cơ quan —",
  myAgencyPickHint: "Chỉ ghi nhớ trên máy này, cho sổ này; không ghi gì vào sổ dùng chung.",
  myAgencyChange: "Đổi cơ quan",
  myAgencyGone: (name: string) => `Cơ quan đã chọn “${name}” không còn trong kế hoạch: hãy chọn lại.`,
  myAgencyRoles: (lead: number, coordinate: number) => `Chủ trì ${lead} · Phối hợp ${coordinate}`,
  role: {
    lead: "Chủ trì",
    coordinate: "Phối hợp",
    group: "Chủ trì theo nhóm",
  } satisfies Record<AgencyRole, string>,
  chip: {
    overdue: "Quá hạn",
    due: "Đến hạn trong quý",
    upcoming: "Chưa đến hạn",
    doneOnTime: "Hoàn thành đúng hạn",
    doneLate: "Hoàn thành trễ hạn",
    done: "Hoàn thành",
    ongoing: "Thường xuyên",
    unknown: "Chưa rõ hạn",
  } satisfies Record<TaskChip, string>,
  filterQuarter: "Quý",
  filterState: "Tình trạng",
  filterRole: "Vai trò",
  sortBy: "Sắp xếp theo",
  all: "Tất cả",
  quarterName: (key: string) => {
    const m = /^(\d{4})-Q([1-4])$/.exec(key);
    if (m) return `Quý ${ROMAN[Number(m[2]) - 1]}/${m[1]}`;
    if (key === "done") return "Đã hoàn thành";
    return key === "ongoing" ? "Thường xuyên" : "Chưa rõ hạn";
  },
  sort: {
    deadline: "Hạn chót",
    number: "Số thứ tự",
    content: "Nội dung",
  } satisfies Record<TaskSort, string>,
  noAgencyTasks: "Cơ quan này không có nhiệm vụ nào trong kế hoạch.",
  noMatchingTasks: "Không có nhiệm vụ nào khớp bộ lọc.",
  shownTasks: (n: number, total: number) => `${n}/${total} nhiệm vụ`,
  showMore: (n: number) => `Hiện thêm ${n}`,
  dueOn: (date: string, time: string) => (time ? `Hạn ${date} (${time})` : `Hạn ${date}`),
  doneOn: (date: string) => `Xong ngày ${date}`,
  nextDue: (date: string) => `lần tới: ${date}`,
  goToTask: (n: string) => `Chọn dòng của nhiệm vụ ${n} trong trang kế hoạch`,

  // Updating a task
  updateButton: "Cập nhật",
  updateHeading: (n: string) => `Cập nhật nhiệm vụ ${n}`,
  status: "Trạng thái",
  statusChoice: {
    notStarted: "Chưa thực hiện",
    inProgress: "Đang thực hiện",
    done: "Hoàn thành",
  } satisfies Record<Status, string>,
  statusKeep: (text: string) => `Giữ nguyên “${text}”`,
  completedOn: "Ngày hoàn thành",
  note: "Ghi chú",
  noColumn: "Kế hoạch không có cột này.",
  save: "Lưu",
  cancel: "Huỷ",
  dateInvalid: "Ngày không hợp lệ (viết ngày/tháng/năm, ví dụ 30/06/2024).",
  nothingChanged: "Chưa thay đổi gì.",
  updated: (n: string, cells: string) => `Đã cập nhật nhiệm vụ ${n} (ô ${cells}).`,
  updatedNothing: (n: string) => `Nhiệm vụ ${n} đã đúng như vậy: không cần ghi gì.`,
  field: {
    number: "Số thứ tự",
    content: "Nội dung",
    time: "Thời gian",
    lead: "Chủ trì",
    coordinators: "Phối hợp",
    status: "Trạng thái",
    completedOn: "Ngày hoàn thành",
    note: "Ghi chú",
  } satisfies Record<keyof TaskFingerprint, string>,
  changeLine: (field: string, shown: string, now: string) =>
    `${field}: lúc hiển thị “${shown || "(trống)"}”, nay là “${now || "(trống)"}”`,
  staleTask: "Nhiệm vụ này vừa thay đổi trong sổ sau khi mở biểu mẫu: lưu lúc này sẽ bị từ chối.",
  history: (n: number) => `Lịch sử cập nhật (${n})`,
  historyLine: (when: string, field: string, old: string, now: string, source: string) =>
    `${when} · ${field}: “${old || "(trống)"}” → “${now || "(trống)"}” — ${source}`,
  useNewValues: "Dùng dữ liệu mới",

  // Live re-check
  liveOn: "Tự kiểm tra lại khi sổ thay đổi, kể cả khi người khác cùng sửa.",
  liveOff: "Excel này không báo thay đổi: bấm Kiểm tra lại sau khi sửa.",

  // Legacy text
  legacyTitle: (n: number) => `${n} ô gõ bằng bảng mã cũ (TCVN3/VNI)`,
  legacyBody:
    "Chữ hiện sai dấu, ví dụ “Chñ tr×” thay cho “Chủ trì”. Hãy chuyển sang Unicode trước: lỗi vai trò, thời gian ở các ô đó sẽ tự hết.",
  legacyConvert: (n: number) => (n === 1 ? "Chuyển sang Unicode" : `Chuyển cả ${n} ô sang Unicode`),

  // Quarter report
  quarterHeading: "Báo cáo quý",
  quarterHint:
    "Cho lãnh đạo: theo cơ quan chủ trì, số nhiệm vụ đến hạn, đúng hạn, trễ hạn, đang làm, quá hạn; rồi các nhiệm vụ quá hạn tồn đọng. Trang in A4 ngang.",
  quarterPick: "Quý",
  quarterOf: (q: number, year: number | null) => `Quý ${ROMAN[q - 1]}${year === null ? "" : `/${year}`}`,
  quarterButton: "Tạo báo cáo quý",
  quarterNeedsYear: "Cần biết năm của kế hoạch: nhập năm ở thẻ Kế hoạch.",
  quarterMade: "Đã tạo trang {sheet}.",
  quarterTotals: (due: number, done: number, late: number, open: number, overdue: number) =>
    `Đến hạn trong quý: ${due} (đúng hạn ${done}, trễ hạn ${late}, đang làm ${open}, quá hạn ${overdue}).`,
  quarterBacklog: (n: number) => `Nhiệm vụ quá hạn tồn đọng: ${n}.`,

  // Plan table tools
  toolsHeading: "Bảng kế hoạch",
  dropdowns: "Thêm danh sách chọn",
  dropdownsHint: "Danh sách Chủ trì/Phối hợp cho các ô vai trò và danh sách trạng thái; không đổi giá trị nào đã nhập.",
  dropdownsDone: (roles: number, status: boolean, top: number, bottom: number) =>
    `Đã thêm danh sách chọn cho ${roles} cột vai trò${status ? " và cột Trạng thái" : ""}, dòng ${top}–${bottom}.`,

  // Progress
  busy: {
    read: "Đang đọc và kiểm tra kế hoạch…",
    select: "Đang chọn ô…",
    fix: "Đang sửa…",
    ignore: "Đang lưu danh sách bỏ qua…",
    highlight: "Đang tô màu thời hạn…",
    agencies: "Đang tạo trang theo cơ quan…",
    summary: "Đang tạo trang tổng hợp…",
    open: "Đang mở trang…",
    create: "Đang tạo bảng kế hoạch…",
    paste: "Đang tạo kế hoạch từ văn bản đã dán…",
    selectTask: "Đang chọn dòng của nhiệm vụ…",
    update: "Đang ghi cập nhật…",
    dropdowns: "Đang thêm danh sách chọn…",
    quarter: "Đang tạo báo cáo quý…",
    recheck: "Sổ vừa thay đổi: đang kiểm tra lại…",
    mapping: "Đang lưu cách gán cột…",
  },

  // Column mapping question
  mappingHeading: "Cột nào chứa gì?",
  mappingIntro: (sheet: string, row: number) =>
    `Trang "${sheet}" có bảng, tiêu đề ở dòng ${row}, nhưng không nhận ra đủ các cột. Hãy chọn cột cho từng mục; cách gán được lưu trong sổ để mọi người đọc kế hoạch như nhau.`,
  mappingNone: "(không có)",
  mappingSave: "Lưu cách gán cột",
  mappingNeeds: "Cần chọn cột nội dung và cột chủ trì.",

  severity: {
    error: "Lỗi",
    warning: "Cảnh báo",
    info: "Thông tin",
  } satisfies Record<Severity, string>,
  state: {
    overdue: "Quá hạn",
    due: "Đến hạn trong quý",
    upcoming: "Chưa đến hạn",
    done: "Hoàn thành",
    ongoing: "Thường xuyên",
    unknown: "Chưa rõ hạn",
  } satisfies Record<DeadlineState, string>,

  // Errors
  errors: {
    editMode: "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc rồi thử lại.",
    readOnly: "Sổ đang ở chế độ chỉ đọc hoặc trang bị khoá: không ghi được.",
    notFound: "Một trang hoặc bảng vừa bị đổi tên hoặc xoá. Hãy kiểm tra lại.",
    tooLarge: "Kế hoạch quá lớn cho một lần ghi của Excel trên web. Hãy thử lại trên Excel cho máy tính.",
    tooOld: "Phiên bản Excel này chưa hỗ trợ thao tác này. Hãy dùng Excel cho Microsoft 365 hoặc Excel trên web.",
    busy: "Excel đang bận (có thể do người khác đang sửa cùng sổ). Hãy thử lại sau giây lát.",
    // Office's own text is English: the Vietnamese pane never shows it.
    other: (_detail: string) =>
      "Excel báo một lỗi không rõ nguyên nhân. Hãy thử lại; nếu vẫn lỗi, đóng rồi mở lại ngăn tác vụ.",
    failed: (action: string) => `Không thực hiện được “${action}”.`,
  },
  // What each action is called in a failure message: the words of its button.
  action: {
    read: "Kiểm tra",
    select: "Đi tới ô",
    fix: "Sửa",
    ignore: "Bỏ qua",
    highlight: "Tô màu thời hạn",
    agencies: "Trang theo cơ quan",
    summary: "Trang tổng hợp",
    open: "Mở trang",
    create: "Tạo bảng kế hoạch",
    paste: "Tạo kế hoạch từ văn bản đã dán",
    selectTask: "Chọn nhiệm vụ",
    update: "Ghi cập nhật",
    dropdowns: "Thêm danh sách chọn",
    quarter: "Báo cáo quý",
    recheck: "Kiểm tra lại",
    mapping: "Lưu cách gán cột",
  },

  // Ribbon commands
  command: {
    checked: (errors: number, warnings: number, infos: number) =>
      `${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
    checkedClean: "Kế hoạch không có lỗi nào.",
    firstSelected: (cell: string) => `Đã chọn ô ${cell} của lỗi đầu tiên. Mở ngăn tác vụ để xem cả danh sách.`,
    failed: "Không thực hiện được",
    ok: "Đóng",
  },
};

/** The shape every language's strings have. */
export type Strings = typeof vi;

const en: Strings = {
  appTitle: "Coordination plans",
  loading: "Loading…",
  outsideTitle: "Open this in Excel",
  outsideBody:
    "This page is the task pane of the “Coordination plans” Excel add-in. Open it from Excel: Home tab › Coordination plan group › Open task pane.",
  outsideHelp: "How to install the add-in",
  crashed: "The task pane hit an unexpected error. Close the task pane and open it again.",
  reload: "Reload",
  dismiss: "Dismiss",

  planHeading: "Plan",
  sheet: "Sheet",
  table: "Table",
  year: "Year",
  yearUnknown: "unknown",
  yearPlaceholder: "e.g. 2025",
  yearHint: "The plan names no year: type it so deadlines can be worked out.",
  agencies: "Agencies",
  agencyNames: "Show the agencies' names",
  tasks: "Tasks",
  asOf: "As of",
  asOfHint: "e.g. 30 Jun 2024 or 30/06/2024",
  asOfInvalid: "Not a valid date (type e.g. 30 Jun 2024, 30/06/2024 or 2024-06-30).",
  today: "Today",
  statesAsOf: (date: string) => `Deadlines as of ${date}:`,

  noPlanTitle: "No plan in this workbook yet",
  newPlanHeading: "New plan",
  newPlanAgencies: "Agencies (one name per line)",
  newPlanAgenciesPlaceholder: "Ban Dân vận Thành ủy\nLiên đoàn Lao động thành phố",
  newPlanYear: "Plan year",
  newPlanButton: "Create the plan table",
  pasteHeading: "Paste from Word",
  pasteLabel: "Select the whole plan table in Word (the title too, if you like), copy it and paste it here",
  pasteButton: "Create the plan from the pasted text",
  created: (sheet: string, tasks: number, agencies: number) =>
    `Created sheet “${sheet}”: ${tasks} tasks, ${agencies} agencies.`,
  createdRegistry:
    "The “Danh mục cơ quan” (agency registry) sheet was made too: edit the agencies' short names and aliases there.",

  viewsLabel: "Tasks",
  view: { check: "Check", agency: "My agency", reports: "Reports" },
  firstRunTitle: "The plan has no tasks yet",
  firstRun: (sheet: string) =>
    `Type the tasks into the sheet “${sheet}”, one per row: content, lead and coordinating agencies, time. The pane checks again by itself when the workbook changes.`,
  firstRunOpen: (sheet: string) => `Open the sheet “${sheet}”`,

  checkHeading: "Check",
  checkButton: "Check again",
  noFindings: "No problems found.",
  allIgnored: "Every remaining finding has been ignored.",
  ignoredCount: (n: number) => `${n} ignored`,
  showIgnored: "Show ignored findings",
  fix: "Fix",
  fixTo: (to: string) => `Write “${to}” into the cell`,
  fixAll: (n: number) => `Fix all ${n}`,
  ignore: "Ignore",
  unignore: "Stop ignoring",
  ignoredTag: "ignored",
  goTo: "Go to cell",
  fixedCells: (n: number) => `Fixed ${n} cells.`,
  conflictsTitle: "Someone just changed these cells; nothing was written",
  conflictLine: (cell: string, expected: string, found: string) =>
    `${cell}: was “${expected}” at the check, now “${found || "(empty)"}”`,
  skippedTitle: "Not fixed",

  buildHeading: "Report sheets",
  highlight: "Highlight deadlines",
  highlightHint: "Colours overdue tasks red, tasks due this quarter amber, done tasks green.",
  agencySheets: "Agency sheets",
  agencySheetsHint: "One sheet per agency: the tasks it leads and coordinates, with deadlines.",
  summary: "Summary",
  summaryHint: "The assignments table and a summary by agency, role and state.",
  highlighted: (rules: number) => `Highlighted sheet {sheet} (${rules} colour rules).`,
  helperColumn: (cell: string) => `The helper deadline column starts at ${cell}.`,
  madeSheets: (n: number) => `Made ${n} sheets:`,
  summaryPivots: (n: number) => `${n} PivotTables and a chart.`,
  summaryFormulas: "Counts as COUNTIFS formulas.",
  sheetGone: (sheet: string) => `Sheet “${sheet}” is gone (renamed or deleted?).`,
  openSheet: (sheet: string) => `Open sheet ${sheet}`,

  myAgencyHeading: "My agency",
  myAgencyPick: "Your agency",
  myAgencyPlaceholder: "— pick an agency —",
  myAgencyPickHint: "Remembered on this computer for this workbook only; nothing is written to the shared workbook.",
  myAgencyChange: "Change agency",
  myAgencyGone: (name: string) => `The agency you picked, “${name}”, is no longer in the plan: pick again.`,
  myAgencyRoles: (lead: number, coordinate: number) => `Leads ${lead} · Coordinates ${coordinate}`,
  role: { lead: "Lead", coordinate: "Coordinate", group: "Lead (as a group)" },
  chip: {
    overdue: "Overdue",
    due: "Due this quarter",
    upcoming: "Upcoming",
    doneOnTime: "Done on time",
    doneLate: "Done late",
    done: "Done",
    ongoing: "Ongoing",
    unknown: "Unknown deadline",
  },
  filterQuarter: "Quarter",
  filterState: "State",
  filterRole: "Role",
  sortBy: "Sort by",
  all: "All",
  quarterName: (key: string) => {
    const m = /^(\d{4})-Q([1-4])$/.exec(key);
    if (m) return `Q${m[2]} ${m[1]}`;
    if (key === "done") return "Already done";
    return key === "ongoing" ? "Ongoing" : "Unknown deadline";
  },
  sort: { deadline: "Deadline", number: "Task number", content: "Content" },
  noAgencyTasks: "This agency has no tasks in the plan.",
  noMatchingTasks: "No task matches the filters.",
  shownTasks: (n: number, total: number) => `${n} of ${total} tasks`,
  showMore: (n: number) => `Show ${n} more`,
  dueOn: (date: string, time: string) => (time ? `Due ${date} (${time})` : `Due ${date}`),
  doneOn: (date: string) => `Done on ${date}`,
  nextDue: (date: string) => `next: ${date}`,
  goToTask: (n: string) => `Select task ${n}'s row on the plan sheet`,

  updateButton: "Update",
  updateHeading: (n: string) => `Update task ${n}`,
  status: "Status",
  statusChoice: {
    notStarted: "Not started",
    inProgress: "In progress",
    done: "Done",
  },
  statusKeep: (text: string) => `Keep “${text}”`,
  completedOn: "Completion date",
  note: "Note",
  noColumn: "The plan has no such column.",
  save: "Save",
  cancel: "Cancel",
  dateInvalid: "Not a valid date (type e.g. 30 Jun 2024, 30/06/2024 or 2024-06-30).",
  nothingChanged: "Nothing changed.",
  updated: (n: string, cells: string) => `Updated task ${n} (cells ${cells}).`,
  updatedNothing: (n: string) => `Task ${n} already says so: nothing needed writing.`,
  field: {
    number: "Number",
    content: "Content",
    time: "Time",
    lead: "Lead",
    coordinators: "Coordinators",
    status: "Status",
    completedOn: "Completion date",
    note: "Note",
  },
  changeLine: (field: string, shown: string, now: string) =>
    `${field}: shown “${shown || "(empty)"}”, now “${now || "(empty)"}”`,
  staleTask: "This task changed in the workbook after the form was opened: saving now would be refused.",
  history: (n: number) => `Update history (${n})`,
  historyLine: (when: string, field: string, old: string, now: string, source: string) =>
    `${when} · ${field}: “${old || "(empty)"}” → “${now || "(empty)"}” — ${source}`,
  useNewValues: "Use the new values",

  liveOn: "Checks again by itself when the workbook changes, co-authors' edits included.",
  liveOff: "This Excel does not report changes: click Check again after editing.",

  legacyTitle: (n: number) => `${n} cells typed in a legacy encoding (TCVN3/VNI)`,
  legacyBody:
    "The text shows with wrong marks, e.g. “Chñ tr×” for “Chủ trì”. Convert it to Unicode first: role and time errors in those cells then go away.",
  legacyConvert: (n: number) => (n === 1 ? "Convert to Unicode" : `Convert all ${n} to Unicode`),

  quarterHeading: "Quarter report",
  quarterHint:
    "For leaders: per lead agency, tasks due in the quarter, done on time, done late, open, overdue; then the overdue backlog. Prints on A4 landscape.",
  quarterPick: "Quarter",
  quarterOf: (q: number, year: number | null) => `Q${q}${year === null ? "" : ` ${year}`}`,
  quarterButton: "Make the quarter report",
  quarterNeedsYear: "The plan year is needed: type it in the Plan card.",
  quarterMade: "Made sheet {sheet}.",
  quarterTotals: (due: number, done: number, late: number, open: number, overdue: number) =>
    `Due in the quarter: ${due} (on time ${done}, late ${late}, open ${open}, overdue ${overdue}).`,
  quarterBacklog: (n: number) => `Overdue backlog: ${n}.`,

  toolsHeading: "Plan table",
  dropdowns: "Add dropdown lists",
  dropdownsHint:
    "Lead/coordinate lists on the role cells and the status list on the status cells; no value is changed.",
  dropdownsDone: (roles: number, status: boolean, top: number, bottom: number) =>
    `Added dropdowns to ${roles} role columns${status ? " and the status column" : ""}, rows ${top}–${bottom}.`,

  busy: {
    read: "Reading and checking the plan…",
    select: "Selecting the cell…",
    fix: "Fixing…",
    ignore: "Saving the ignored list…",
    highlight: "Highlighting deadlines…",
    agencies: "Building the agency sheets…",
    summary: "Building the summary…",
    open: "Opening the sheet…",
    create: "Creating the plan table…",
    paste: "Creating the plan from the pasted text…",
    selectTask: "Selecting the task's row…",
    update: "Saving the update…",
    dropdowns: "Adding dropdown lists…",
    quarter: "Making the quarter report…",
    recheck: "The workbook changed: checking again…",
    mapping: "Saving the column mapping…",
  },

  mappingHeading: "Which column holds what?",
  mappingIntro: (sheet: string, row: number) =>
    `Sheet "${sheet}" has a table with its header on row ${row}, but not every column could be recognised. Choose the column for each part; the mapping is saved in the workbook so everyone reads the plan the same way.`,
  mappingNone: "(none)",
  mappingSave: "Save the column mapping",
  mappingNeeds: "Choose the content column and the lead column.",

  severity: { error: "Errors", warning: "Warnings", info: "Info" },
  state: {
    overdue: "Overdue",
    due: "Due this quarter",
    upcoming: "Upcoming",
    done: "Done",
    ongoing: "Ongoing",
    unknown: "Unknown deadline",
  },

  errors: {
    editMode: "Excel is in cell-edit mode. Press Enter or Esc, then try again.",
    readOnly: "The workbook is read-only or the sheet is protected: nothing can be written.",
    notFound: "A sheet or table was just renamed or deleted. Check again.",
    tooLarge: "The plan is too large for one write in Excel on the web. Try again in desktop Excel.",
    tooOld: "This Excel does not support this yet. Use Excel for Microsoft 365 or Excel on the web.",
    busy: "Excel is busy (perhaps someone else is editing the workbook). Try again in a moment.",
    other: (detail: string) => `Excel reported an unexpected error: ${detail}`,
    failed: (action: string) => `“${action}” could not finish.`,
  },
  action: {
    read: "Check",
    select: "Go to cell",
    fix: "Fix",
    ignore: "Ignore",
    highlight: "Highlight deadlines",
    agencies: "Agency sheets",
    summary: "Summary sheet",
    open: "Open sheet",
    create: "Create the plan table",
    paste: "Create the plan from the pasted text",
    selectTask: "Select the task",
    update: "Save the update",
    dropdowns: "Add dropdown lists",
    quarter: "Quarter report",
    recheck: "Check again",
    mapping: "Save the column mapping",
  },

  command: {
    checked: (errors: number, warnings: number, infos: number) =>
      `${errors} errors, ${warnings} warnings, ${infos} infos.`,
    checkedClean: "The plan has no errors.",
    firstSelected: (cell: string) => `Selected cell ${cell} of the first error. Open the task pane for the whole list.`,
    failed: "Could not finish",
    ok: "Close",
  },
};

/** The strings of one language. */
export function stringsFor(language: Language): Strings {
  return language === "vi" ? vi : en;
}
