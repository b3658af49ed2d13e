// In a plan with one column per agency, renaming a column header leaves the old name in the registry sheet, where it
// would stay an agency of the plan with no tasks (an empty agency sheet, a line of zeros in reports) without a word.
// The finding points at the registry row and suggests the header columns the registry lacks (likely the new names).
import { cellAddress } from "../../model/address";
import { gridBounds, gridValue, type SheetGrid } from "../../model/grid";
import type { PlanColumns } from "../../model/plan";
import { isGroupPhrase, matchAgency, REGISTRY_SHEET } from "../../read/registry";
import { cellText, foldAscii } from "../../text/normalize";
import type { Bilingual } from "../finding";
import { defineRule } from "../rule";

type HeaderColumn = PlanColumns["agencies"][number];

/** An agency of the registry sheet is named by no column of a one-column-per-agency plan's header. */
export const agencyNoColumn = defineRule({
  id: "agency-no-column",
  severity: "warning",
  title: { vi: "Cơ quan trong danh mục không có cột", en: "Registry agency without a column" },
  create({ plan, workbook, reportAt }) {
    const grid = workbook.sheets.find((g) => foldAscii(g.name) === foldAscii(REGISTRY_SHEET));
    if (plan.layout !== "matrix" || !grid) return {};
    return {
      end() {
        // The plan's registry is the sheet's rows plus the header names the sheet lacked; only the sheet's rows have a cell.
        const listed = plan.agencies.flatMap((agency) => {
          const cell = nameCell(grid, agency.name);
          return cell ? [{ agency, cell }] : [];
        });
        const registry = listed.map((l) => l.agency);
        const named = new Set<string>();
        const unlisted: HeaderColumn[] = [];
        for (const column of plan.columns.agencies) {
          const m = matchAgency(registry, column.name);
          if (m) named.add(m.agency.name);
          else if (!isGroupPhrase(column.name)) unlisted.push(column);
        }
        for (const { agency, cell } of listed) {
          if (named.has(agency.name) || agency.group || isGroupPhrase(agency.name)) continue;
          const where = `${grid.name}!${cell}`;
          const msg = message(agency.name, plan.sheet, unlisted);
          reportAt({ sheet: grid.name, cell, task: null }, { vi: `${where}: ${msg.vi}`, en: `${where}: ${msg.en}` });
        }
      },
    };
  },
});

// Names sit in the registry's first column, as readRegistrySheet reads them.
function nameCell(grid: SheetGrid, name: string): string | null {
  const b = gridBounds(grid);
  for (let r = b.top; r <= b.bottom; r++)
    if (cellText(gridValue(grid, r, b.left)) === name) return cellAddress(r, b.left);
  return null;
}

// What to do depends on what the header offers instead: one new column is most likely the rename.
function message(name: string, planSheet: string, unlisted: HeaderColumn[]): Bilingual {
  const head = {
    vi: `"${name}" có trong danh mục cơ quan nhưng không có cột nào trong tiêu đề kế hoạch, nên vẫn được tính là một cơ quan không có nhiệm vụ.`,
    en: `"${name}" is in the agency registry but no column of the plan header names it, so it still counts as an agency with no tasks.`,
  };
  const columns = unlisted.map((c) => `${planSheet}!${c.headerCell} "${c.name}"`).join(", ");
  if (unlisted.length === 1) {
    return {
      vi: `${head.vi} Có phải cột ${columns} là tên mới của cơ quan này? Nếu đúng, sửa tên trong danh mục cho trùng tiêu đề cột; nếu cơ quan không còn tham gia, xoá dòng này.`,
      en: `${head.en} Is column ${columns} its new name? If so, rename it in the registry to match the header; if the agency no longer takes part, delete this row.`,
    };
  }
  if (unlisted.length > 1) {
    return {
      vi: `${head.vi} Các cột chưa có trong danh mục: ${columns} — nếu một cột là tên mới của cơ quan này, sửa tên trong danh mục cho trùng; nếu cơ quan không còn tham gia, xoá dòng này.`,
      en: `${head.en} Columns not in the registry: ${columns} — if one is its new name, rename it in the registry to match; if the agency no longer takes part, delete this row.`,
    };
  }
  return {
    vi: `${head.vi} Nếu cơ quan không còn tham gia, xoá dòng này; nếu vẫn tham gia, thêm cột cho cơ quan trong bảng kế hoạch.`,
    en: `${head.en} If the agency no longer takes part, delete this row; if it does, add a column for it to the plan table.`,
  };
}
