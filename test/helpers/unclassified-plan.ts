// A plan whose header words name no role: rows of a real 2025 plan (Hà Nội, KH 310, Phụ lục) under the headers
// "Mô tả", "Bên A", "Bên B", "Khi nào". The reader must ask which column holds what, never say "no plan".

/** The sheet holding the plan. */
export const UNCLASSIFIED_SHEET = "Phụ lục";

/** The sheet's rows: a title block, the header on row 3, three tasks. */
export const UNCLASSIFIED_ROWS: string[][] = [
  ["ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"],
  ["PHỤ LỤC: NHIỆM VỤ CHỦ YẾU NĂM 2026"],
  ["TT", "Mô tả", "Bên A", "Bên B", "Khi nào"],
  ["1", "Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông", "Sở Xây dựng", "Sở Tài chính", "Quý III Năm 2026"],
  [
    "2",
    "Khảo sát, đánh giá thực trạng hạ tầng viễn thông",
    "Sở Khoa học và Công nghệ",
    "Sở Công Thương",
    "Quý IV/2026",
  ],
  ["3", "Xây dựng kế hoạch đầu tư công, hợp tác công tư", "Sở Tài chính", "", "Thường xuyên"],
];

/** The answer that reads it: TT, content, lead, coordinators, time. */
export const UNCLASSIFIED_ANSWER: [string, string][] = [
  ["number", "A"],
  ["content", "B"],
  ["lead", "C"],
  ["coordinators", "D"],
  ["time", "E"],
];
