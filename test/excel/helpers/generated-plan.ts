// A generated plan in the Word-draft layout, of any size: title, a two-row header with a merged "Phân công nhiệm vụ"
// over 12 agency columns, and tasks whose roles, times and statuses cycle through what real plans hold.
import type { TypedSheet } from "./workbooks";

const AGENCIES = [
  "Ban Dân vận Thành ủy",
  "Ban Quản lý Khu kinh tế Hải Phòng",
  "Liên đoàn Lao động thành phố",
  "Sở Lao động - Thương binh và Xã hội",
  "Sở Khoa học và Công nghệ",
  "Sở Tài chính",
  "Sở Nội vụ",
  "Công an thành phố",
  "Thành đoàn Hải Phòng",
  "Hội Liên hiệp Phụ nữ thành phố",
  "Sở Giáo dục và Đào tạo",
  "Ủy ban Mặt trận Tổ quốc thành phố",
];
const TIMES = [
  "Quý I",
  "Quý II",
  "Quý III",
  "Quý IV",
  "Tháng 3",
  "6/2024",
  "30/9/2024",
  "Thường xuyên",
  "6 tháng đầu năm",
  "Cả năm",
];
const STATUSES = ["", "Đang thực hiện", "Hoàn thành", "Chưa thực hiện"];
const WORDS = [
  "tuyên truyền",
  "kiểm tra",
  "tổng kết",
  "hướng dẫn",
  "phối hợp",
  "khảo sát",
  "tập huấn",
  "đối thoại",
  "báo cáo",
  "hội nghị",
];

/** The plan sheet with `tasks` tasks and 12 agencies, as a user typed it (numbers "1.", times such as "6/2024"). */
export function generatedPlan(tasks: number, name = "Kế hoạch"): TypedSheet {
  const width = 2 + AGENCIES.length + 3;
  const rows: (string | null)[][] = [
    ["KẾ HOẠCH"],
    ["phối hợp thực hiện nhiệm vụ năm 2024"],
    [],
    [
      "Stt",
      "Nội dung",
      "Phân công nhiệm vụ",
      ...Array(AGENCIES.length - 1).fill(null),
      "Thời gian",
      "Trạng thái",
      "Ngày hoàn thành",
    ],
    [null, null, ...AGENCIES, null, null, null],
  ];
  for (let i = 0; i < tasks; i++) {
    const lead = (i * 7) % AGENCIES.length;
    const roles: (string | null)[] = AGENCIES.map(() => null);
    roles[lead] = "Chủ trì";
    // Every tenth task has a role written in lower case, a finding with a fix.
    for (let k = 1; k <= 1 + (i % 3); k++)
      roles[(lead + k * 5) % AGENCIES.length] = i % 10 === 3 && k === 1 ? "phối hợp" : "Phối hợp";
    const status = STATUSES[i % STATUSES.length];
    rows.push([
      `${i + 1}.`,
      `Tổ chức ${WORDS[i % WORDS.length]} và ${WORDS[(i * 3 + 1) % WORDS.length]} việc thực hiện nhiệm vụ số ${i + 1} trong khu công nghiệp, khu kinh tế`,
      ...roles,
      TIMES[i % TIMES.length],
      status,
      status === "Hoàn thành" ? `${1 + (i % 28)}/0${1 + (i % 9)}/2024` : null,
    ]);
  }
  const last = String.fromCharCode(64 + 2 + AGENCIES.length);
  return {
    name,
    rows: rows.map((r) => [...r, ...Array(Math.max(0, width - r.length)).fill(null)]),
    merges: [`C4:${last}4`],
  };
}
