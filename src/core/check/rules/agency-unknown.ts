// With a registry sheet in the workbook, the registry is the list of agencies: a name outside it (not a group phrase)
// is reported, with a one-click fix — record it as an alias of the agency its initials suggest, or add it.
import { suggestInitialsMatch } from "../../read/registry";
import { defineRule } from "../rule";
import { ownAgencyCells } from "./agency-cells";

/** A lead or coordinator name is not in the workbook's agency registry. */
export const agencyUnknown = defineRule({
  id: "agency-unknown",
  severity: "warning",
  title: { vi: "Cơ quan chưa có trong danh mục", en: "Agency not in the registry" },
  create({ plan, options, report }) {
    if (plan.layout === "matrix" || !options.registryFromWorkbook) return {};
    return {
      task(task) {
        for (const { cell, names } of ownAgencyCells(task)) {
          for (const n of names) {
            if (n.agency || n.group) continue;
            const guess = suggestInitialsMatch(n.written, plan.agencies);
            // A role phrase after the name was set aside ("Sở Y tế thúc đẩy, theo dõi"): say what was read.
            const read =
              n.raw === n.written ? { vi: "", en: "" } : { vi: ` (đọc từ "${n.raw}")`, en: ` (read from "${n.raw}")` };
            report(
              task,
              cell,
              guess
                ? {
                    vi: `"${n.written}"${read.vi} không có trong danh mục cơ quan — có phải là "${guess.name}"? Thêm làm tên viết tắt nếu đúng.`,
                    en: `"${n.written}"${read.en} is not in the agency registry — is it "${guess.name}"? Add it as an alias if so.`,
                  }
                : {
                    vi: `"${n.written}"${read.vi} không có trong danh mục cơ quan: thêm vào danh mục hoặc ghi là tên khác của một cơ quan đã có.`,
                    en: `"${n.written}"${read.en} is not in the agency registry: add it, or record it as another name of a listed agency.`,
                  },
              guess
                ? { kind: "addAlias", alias: n.written, agency: guess.name }
                : { kind: "addAgency", name: n.written },
            );
          }
        }
      },
    };
  },
});
