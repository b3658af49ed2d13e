// Generates plans of realistic shape for the benchmark: Vietnamese task text of 50–400 characters, 3–30 agencies,
// mixed times and statuses, and a few of the mistakes real plans carry. Deterministic (seeded) so runs compare.
import type { CellValue } from "../src/core/model/cell-value";

const WORDS =
  "xây dựng kế hoạch phối hợp tổ chức triển khai thực hiện nghị quyết chương trình hành động tuyên truyền pháp luật lao động công nhân doanh nghiệp khu công nghiệp kiểm tra giám sát đánh giá kết quả đề xuất giải pháp nâng cao chất lượng hiệu quả đời sống văn hóa tinh thần an sinh xã hội chuyển đổi số dữ liệu hội nghị tọa đàm đối thoại tháo gỡ khó khăn vướng mắc thành phố quận huyện xã phường".split(
    " ",
  );
const AGENCY_NAMES = [
  "Sở Nội vụ",
  "Sở Tài chính",
  "Sở Kế hoạch và Đầu tư",
  "Sở Lao động - Thương binh và Xã hội",
  "Sở Khoa học và Công nghệ",
  "Sở Giáo dục và Đào tạo",
  "Sở Y tế",
  "Sở Công Thương",
  "Sở Xây dựng",
  "Sở Tư pháp",
  "Sở Văn hóa và Thể thao",
  "Ban Quản lý Khu kinh tế",
  "Liên đoàn Lao động thành phố",
  "Ban Dân vận Thành ủy",
  "Công an thành phố",
  "Bảo hiểm xã hội thành phố",
  "Sở Nông nghiệp và Môi trường",
  "Sở Du lịch",
  "Sở Ngoại vụ",
  "Thanh tra thành phố",
  "Đài Phát thanh và Truyền hình",
  "Báo Hải Phòng",
  "Hội Liên hiệp Phụ nữ",
  "Thành đoàn",
  "Hội Nông dân",
  "Hội Cựu chiến binh",
  "Ủy ban Mặt trận Tổ quốc",
  "Cục Thuế",
  "Kho bạc Nhà nước",
  "Ngân hàng Nhà nước chi nhánh",
];
const TIMES = [
  "Quý I",
  "Quý II",
  "Quý III",
  "Quý IV",
  "Quý II, III",
  "Cả năm",
  "Tháng 3",
  "Tháng 9/2026",
  "30/6/2026",
  "Thường xuyên",
  "6 tháng đầu năm",
  "Trước ngày 15/10",
];
const STATUSES = ["", "Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "đã hoàn thành"];

/** A small seeded random generator (mulberry32), so every run builds the same plan. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the rows of a matrix-layout plan (title, two-row header, tasks) with the given number of tasks and agencies. */
export function generatePlanGrid(tasks: number, agencies: number, seed = 1): CellValue[][] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const names = AGENCY_NAMES.slice(0, agencies);
  const rows: CellValue[][] = [
    ["KẾ HOẠCH"],
    ["phối hợp thực hiện nhiệm vụ năm 2026"],
    [],
    [
      "Stt",
      "Nội dung",
      "Phân công nhiệm vụ",
      ...Array(agencies - 1).fill(null),
      "Thời gian",
      "Trạng thái",
      "Ngày hoàn thành",
      "Ghi chú",
    ],
    [null, null, ...names],
  ];
  for (let i = 1; i <= tasks; i++) {
    if (i % 250 === 1) rows.push([romanOf(Math.ceil(i / 250)) + ".", `NHÓM NHIỆM VỤ ${Math.ceil(i / 250)}`]);
    const length = 50 + Math.floor(rnd() * 350);
    let text = pick(WORDS);
    while (text.length < length) text += " " + pick(WORDS);
    const lead = Math.floor(rnd() * agencies);
    // Empty cells arrive as null from both adapters (exceljs, and Office.js after the add-in's read).
    const roles: (string | null)[] = names.map((_, j) => (j === lead ? "Chủ trì" : rnd() < 0.5 ? "Phối hợp" : null));
    // A few mistakes, as real plans carry: a second lead, "CT" shorthand, an unreadable time.
    if (rnd() < 0.01) roles[(lead + 1) % agencies] = "Chủ trì";
    if (rnd() < 0.02) roles[lead] = "CT";
    const time = rnd() < 0.005 ? "sớm nhất có thể" : pick(TIMES);
    const status = pick(STATUSES);
    const done = status.toLowerCase().includes("hoàn thành");
    rows.push([
      `${i}.`,
      text.charAt(0).toUpperCase() + text.slice(1),
      ...roles,
      time,
      status || null,
      done ? `${1 + Math.floor(rnd() * 28)}/${1 + Math.floor(rnd() * 12)}/2026` : null,
      null,
    ]);
  }
  // Strings built by concatenation are ropes in V8; cells parsed from .xlsx XML or Office.js JSON arrive flat.
  return JSON.parse(JSON.stringify(rows)) as CellValue[][];
}

function romanOf(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) while (n >= v) ((out += s), (n -= v));
  return out;
}
