import type { Bilingual } from "../check/finding";

/** The one message for "no plan here": where the command looked, what a plan table needs, and what to do, if anything. */
export function noPlanFound(where: Bilingual, advice?: Bilingual): Bilingual {
  return {
    vi: `Không tìm thấy kế hoạch ${where.vi} (cần dòng tiêu đề có "Stt", "Nội dung" và các cơ quan hoặc cột chủ trì/phối hợp).${advice ? ` ${advice.vi}` : ""}`,
    en: `No plan found ${where.en} (a header row with "Stt", "Nội dung" and agencies or lead/coordinator columns is needed).${advice ? ` ${advice.en}` : ""}`,
  };
}

/** No sheet of the open workbook holds a plan table. */
export const NO_PLAN_IN_WORKBOOK: Bilingual = noPlanFound({ vi: "trong sổ này", en: "in this workbook" });
