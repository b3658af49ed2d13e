/* global Excel */
// A click on a task in the pane takes the user to the task's row. The row the pane knows is only a hint: it is used
// when it still holds the task (one small read), otherwise the task is found again by its key in a fresh read.
import { rangeAddress } from "../core/model/address";
import type { CellValue } from "../core/model/cell-value";
import { readNumberCell } from "../core/read/read-plan";
import { cellText } from "../core/text/normalize";
import { analyseOpenWorkbook } from "./analyse-open-workbook";
import { NO_PLAN_IN_WORKBOOK } from "../core/read/no-plan";
import { errorCode } from "./office-errors";
import { capabilities } from "./requirements";
import type { TaskSnapshot } from "../core/track/task-snapshot";
import type { ExcelEnv } from "./host";
import type { PlanOptions, SelectResult } from "../service/types";

/** Selects a task's row of the plan (found by its key, wherever co-authors moved it) and shows its sheet. */
export async function selectTask(
  context: Excel.RequestContext,
  env: ExcelEnv,
  shown: TaskSnapshot,
  options: PlanOptions,
): Promise<SelectResult> {
  const { sheet, key } = shown;
  const rowRange = (row: number) => rangeAddress(row, shown.left, row, shown.right);
  // Fast path: the row the pane knows still holds this task's number and content.
  const ws = context.workbook.worksheets.getItem(sheet);
  const numberCell = ws.getRange(shown.numberCell).load("values");
  const contentCell = ws.getRange(shown.contentCell).load("values");
  let there = false;
  try {
    await context.sync();
    there = holds(numberCell, contentCell, shown);
  } catch (e) {
    if (errorCode(e) !== "ItemNotFound") throw e;
  }
  if (there) return select(context, sheet, rowRange(shown.row));
  // The task moved (sorted, rows inserted) or its sheet was renamed: read the plan again and find it by key.
  const { analysis } = await analyseOpenWorkbook(context, capabilities(env), options);
  if (!analysis) return { selected: false, sheet, cell: shown.numberCell, notes: [NO_PLAN_IN_WORKBOOK] };
  const plan = analysis.plan;
  const task = plan.tasks.find((t) => t.key === key);
  if (!task)
    return {
      selected: false,
      sheet: plan.sheet,
      cell: shown.numberCell,
      notes: [
        {
          vi: `Không còn nhiệm vụ số ${key} trong kế hoạch: hãy kiểm tra lại.`,
          en: `Task ${key} is no longer in the plan: run the check again.`,
        },
      ],
    };
  return select(context, plan.sheet, rangeAddress(task.row, plan.left, task.row, plan.right));
}

function holds(numberCell: Excel.Range, contentCell: Excel.Range, shown: TaskSnapshot): boolean {
  const read = readNumberCell(cellText(numberCell.values[0][0] as CellValue));
  return (
    read.kind === "task" &&
    read.number === shown.number &&
    cellText(contentCell.values[0][0] as CellValue) === shown.fingerprint.content
  );
}

async function select(context: Excel.RequestContext, sheet: string, address: string): Promise<SelectResult> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  try {
    await context.sync();
    return { selected: true, sheet, cell: address, notes: [] };
  } catch (e) {
    if (errorCode(e) !== "ItemNotFound") throw e;
    return {
      selected: false,
      sheet,
      cell: address,
      notes: [
        {
          vi: `Không còn trang "${sheet}" (đã đổi tên hoặc xoá?): hãy kiểm tra lại.`,
          en: `Sheet "${sheet}" is gone (renamed or deleted?): run the check again.`,
        },
      ],
    };
  }
}
