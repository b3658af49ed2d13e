// A name that is another spelling of a registry agency ("Bộ Công An" for "Bộ Công an") is rewritten to the registry's
// spelling on request. Without a registry sheet, a name that looks like the initials of a known agency ("Sở KHCN") is
// suggested as its alias; with one, such a name is an agency-unknown instead.
import { suggestInitialsMatch } from "../../read/registry";
import { defineRule } from "../rule";
import { ownAgencyCells } from "./agency-cells";

/** A lead or coordinator name differs from its registry entry, or may be short for one. */
export const agencyAlias = defineRule({
  id: "agency-alias",
  severity: "warning",
  title: { vi: "Tên cơ quan viết khác danh mục", en: "Agency written differently from the registry" },
  create({ plan, options, report }) {
    if (plan.layout === "matrix") return {};
    return {
      task(task) {
        for (const { cell, text, names } of ownAgencyCells(task)) {
          for (const n of names) {
            if (n.agency && n.alias) {
              const to = text.split(n.written).join(n.agency.name);
              report(
                task,
                cell,
                {
                  vi: `"${n.written}" là cách viết khác của "${n.agency.name}" trong danh mục cơ quan.`,
                  en: `"${n.written}" is another spelling of "${n.agency.name}" in the agency registry.`,
                },
                { kind: "setCell", sheet: plan.sheet, cell, from: text, to },
              );
              continue;
            }
            if (n.agency || n.group || options.registryFromWorkbook) continue;
            const guess = suggestInitialsMatch(n.written, plan.agencies);
            if (!guess) continue;
            report(
              task,
              cell,
              {
                vi: `"${n.written}" có thể là viết tắt của "${guess.name}" — ghi nhận làm tên khác nếu đúng.`,
                en: `"${n.written}" may be short for "${guess.name}" — record it as an alias if so.`,
              },
              { kind: "addAlias", alias: n.written, agency: guess.name },
            );
          }
        }
      },
    };
  },
});
