// What the commands tell the user, in Vietnamese and English.
import type { Bilingual } from "../core/check/finding";

/** This Excel is too old to generate sheets. */
export const TOO_OLD: Bilingual = {
  vi: "Phiên bản Excel này chưa hỗ trợ ExcelApi 1.7, cần để tạo trang. Hãy dùng Excel cho Microsoft 365 hoặc Excel trên web.",
  en: "This Excel does not support ExcelApi 1.7, needed to generate sheets. Use Excel for Microsoft 365 or Excel on the web.",
};
