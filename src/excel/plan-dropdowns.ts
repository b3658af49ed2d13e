/* global Excel */
// Dropdown lists on the plan's role and status cells, added when a coordinator asks: "Chủ trì"/"Phối hợp" on every
// agency column of the one-column-per-agency layout, the three statuses on the status column. Data validation never
// changes a value: cells already holding something else keep it (Excel only flags them).
import { rangeAddress } from "../core/model/address";
import type { Bilingual } from "../core/check/finding";
import type { Plan } from "../core/model/plan";
import { ROLE_CHOICES, STATUS_CHOICES } from "../core/sheets/plan-sheet";
import type { SheetGrid } from "../core/model/grid";
import { analyseOpenWorkbook } from "./analyse-open-workbook";
import { NO_PLAN_IN_WORKBOOK } from "../core/read/no-plan";
import { listValidation } from "./render-sheet";
import { capabilities } from "./requirements";
import type { ExcelEnv } from "./host";
import type { PlanOptions } from "../service/types";
import type { DropdownsResult } from "../service/types";

const NO_VALIDATION: Bilingual = {
  vi: "Phiên bản Excel này chưa hỗ trợ danh sách chọn qua phần bổ trợ (cần ExcelApi 1.8).",
  en: "This Excel cannot add dropdown lists from add-ins (ExcelApi 1.8 is needed).",
};
const NOTHING_TO_LIST: Bilingual = {
  vi: "Kế hoạch không có cột vai trò theo cơ quan hay cột Trạng thái để thêm danh sách chọn.",
  en: "The plan has no per-agency role columns and no status column to put dropdowns on.",
};
const NO_ROLE_COLUMNS: Bilingual = {
  vi: "Kế hoạch ghi tên cơ quan ở cột chủ trì/phối hợp (không có ô vai trò): chỉ cột Trạng thái có danh sách chọn.",
  en: "The plan names agencies in lead/coordinator columns (no role cells): only the status column got a dropdown.",
};

/** Puts "Chủ trì/Phối hợp" dropdowns on the role cells and the status list on the status cells, values unchanged. */
export async function addDropdowns(
  context: Excel.RequestContext,
  env: ExcelEnv,
  options: PlanOptions,
): Promise<DropdownsResult> {
  const caps = capabilities(env);
  const none = (notes: Bilingual[]): DropdownsResult => ({
    done: false,
    sheet: null,
    roleColumns: 0,
    statusColumn: false,
    rows: null,
    notes,
  });
  if (!caps.dataValidation) return none([NO_VALIDATION]);
  const { analysis } = await analyseOpenWorkbook(context, caps, options);
  if (!analysis) return none([NO_PLAN_IN_WORKBOOK]);
  const plan = analysis.plan;
  const rows = { top: plan.firstRow, bottom: lastTaskRow(plan, analysis.grid) };
  const roleCols = plan.layout === "matrix" ? plan.columns.agencies.map((a) => a.col).sort((a, b) => a - b) : [];
  const statusCol = plan.columns.status;
  if ((roleCols.length === 0 && statusCol === null) || rows.bottom < rows.top) return none([NOTHING_TO_LIST]);

  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const put = (left: number, right: number, list: string[]) => {
    const range = ws.getRange(rangeAddress(rows.top, left, rows.bottom, right));
    // A new rule replaces what was there only once the old one is cleared.
    range.dataValidation.clear();
    listValidation(range, list);
  };
  for (const run of runs(roleCols)) put(run.left, run.right, ROLE_CHOICES);
  if (statusCol !== null) put(statusCol, statusCol, STATUS_CHOICES);
  await context.sync();
  return {
    done: true,
    sheet: plan.sheet,
    roleColumns: roleCols.length,
    statusColumn: statusCol !== null,
    rows,
    notes: plan.layout === "columns" ? [NO_ROLE_COLUMNS] : [],
  };
}

// The plan's last row, or the bottom of its table when the table holds empty rows below (kept for new tasks).
function lastTaskRow(plan: Plan, grid: SheetGrid): number {
  const table = grid.tables?.find((t) => t.name === plan.table);
  return Math.max(plan.lastRow, table ? table.bottom : 0);
}

// Neighbouring columns share one range, so a plan of 30 agencies needs one rule, not 30.
function runs(cols: number[]): { left: number; right: number }[] {
  const out: { left: number; right: number }[] = [];
  for (const col of cols) {
    const last = out[out.length - 1];
    if (last && last.right + 1 === col) last.right = col;
    else out.push({ left: col, right: col });
  }
  return out;
}
