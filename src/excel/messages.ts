// What the commands tell the user, in Vietnamese and English.
import type { Bilingual } from "../core/check/finding";

/** No sheet of the workbook holds a plan table. */
export const NO_PLAN: Bilingual = {
  vi: 'Không tìm thấy kế hoạch trong sổ này (cần dòng tiêu đề có "Stt", "Nội dung" và các cơ quan hoặc cột chủ trì/phối hợp).',
  en: 'No plan found in this workbook (a header row with "Stt", "Nội dung" and agencies or lead/coordinator columns is needed).',
};

/** This Excel cannot say which cells are merged, so a value merged over several tasks counts for the first only. */
export const MERGES_UNREAD: Bilingual = {
  vi: "Phiên bản Excel này chưa hỗ trợ ExcelApi 1.13 nên không đọc được ô gộp: thời gian hay cơ quan ghi trong một ô gộp nhiều dòng chỉ được tính cho nhiệm vụ đầu tiên. Hãy bỏ gộp và ghi vào từng dòng, hoặc dùng Excel cho Microsoft 365 hay Excel trên web.",
  en: "This Excel does not support ExcelApi 1.13, so merged cells cannot be read: a time or agency written once in a cell merged over several rows counts for the first task only. Unmerge and fill each row, or use Excel for Microsoft 365 or Excel on the web.",
};

/** Excel refused to list the merged cells (more than 512 on a sheet), so merged values count for their first row only. */
export const MERGES_TOO_MANY: Bilingual = {
  vi: "Trang kế hoạch có hơn 512 vùng ô gộp nên Excel không cho đọc chúng: thời gian hay cơ quan ghi trong một ô gộp nhiều dòng chỉ được tính cho nhiệm vụ đầu tiên. Hãy bỏ gộp và ghi vào từng dòng.",
  en: "The plan sheet has more than 512 merged areas, which Excel will not list: a time or agency written once in a cell merged over several rows counts for the first task only. Unmerge and fill each row.",
};

/** This Excel is too old to generate sheets. */
export const TOO_OLD: Bilingual = {
  vi: "Phiên bản Excel này chưa hỗ trợ ExcelApi 1.7, cần để tạo trang. Hãy dùng Excel cho Microsoft 365 hoặc Excel trên web.",
  en: "This Excel does not support ExcelApi 1.7, needed to generate sheets. Use Excel for Microsoft 365 or Excel on the web.",
};

/** A generated sheet's name was taken by a sheet of the user's, which was left alone. */
export function nameTaken(wanted: string, used: string): Bilingual {
  return {
    vi: `Trang "${wanted}" đã có (trang của người dùng, không ghi đè): dùng tên "${used}".`,
    en: `Sheet "${wanted}" exists (a user sheet, left untouched): wrote "${used}" instead.`,
  };
}
