import type { Analysis } from "../core/analyse-workbook";
import type { Bilingual } from "../core/check/finding";
import { REGISTRY_SHEET } from "../core/read/registry";
import { registrySheetSpec } from "../core/sheets/registry-sheet";
import type { SheetSpec } from "../core/sheets/spec";
import type { Generation } from "./generation";

/** The agency registry sheet a build creates when the workbook has none; from then on it is the user's list, never regenerated. */
export function missingRegistry(gen: Generation, analysis: Analysis): { spec: SheetSpec; note: Bilingual } | null {
  if (analysis.registryFromWorkbook || gen.keeps(REGISTRY_SHEET)) return null;
  return {
    spec: registrySheetSpec(analysis.plan.agencies),
    note: {
      vi: `Đã tạo trang "${REGISTRY_SHEET}" từ kế hoạch: sửa tên viết tắt, tên khác tại đó.`,
      en: `Created the "${REGISTRY_SHEET}" sheet from the plan: edit short names and aliases there.`,
    },
  };
}
