// A plan without a year cannot turn "Quý I" or "Tháng 6" into a date: reported once, above the header.
import { cellAddress } from "../../model/address";
import { defineRule } from "../rule";

/** No plan year in the title or the date line, and none given. */
export const yearUnknown = defineRule({
  id: "year-unknown",
  severity: "warning",
  title: { vi: "Chưa rõ năm kế hoạch", en: "Plan year unknown" },
  create: ({ plan, report }) => ({
    end() {
      if (plan.year !== null) return;
      report(null, cellAddress(Math.max(1, plan.headerTop - 1), plan.left), {
        vi: 'không tìm thấy năm của kế hoạch (ví dụ "… năm 2024" trong tiêu đề); thời hạn như "Quý I" cần năm — dùng --year hoặc cài đặt năm.',
        en: 'no plan year found (e.g. "… năm 2024" in the title); times such as "Quý I" need one — use --year or set the year.',
      });
    },
  }),
});
