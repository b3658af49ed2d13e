// Two agencies written one after the other with no ";", "," or line break between them ("Sở Khoa học và Công nghệ
// Sở Công Thương") are read as two; the cell is worth a look, and a ";" between them is a safe repair where the two
// names stand side by side exactly once.
import { defineRule } from "../rule";
import { ownAgencyCells } from "./agency-cells";

/** A lead or coordinator cell runs two agency names together without a separator. */
export const agencySeparatorMissing = defineRule({
  id: "agency-separator-missing",
  severity: "warning",
  title: { vi: "Thiếu dấu phân cách giữa hai cơ quan", en: "Two agencies written with no separator" },
  create({ plan, report }) {
    if (plan.layout !== "columns") return {};
    return {
      task(task) {
        for (const { cell, text, names } of ownAgencyCells(task)) {
          for (let k = 1; k < names.length; k++) {
            if (!names[k].unseparated) continue;
            const before = names[k - 1].written;
            const after = names[k].written;
            const joined = `${before} ${after}`;
            report(
              task,
              cell,
              {
                vi: `"${before}" và "${after}" viết liền nhau, không có dấu phân cách; đã đọc là hai cơ quan — thêm dấu ";" giữa hai tên.`,
                en: `"${before}" and "${after}" are written with no separator between them; read as two agencies — add a ";" between the names.`,
              },
              text.split(joined).length === 2
                ? {
                    kind: "setCell",
                    sheet: plan.sheet,
                    cell,
                    from: text,
                    to: text.replace(joined, `${before}; ${after}`),
                  }
                : undefined,
            );
          }
        }
      },
    };
  },
});
