/* global Excel */
import { cellAddress, columnLetters, rangeAddress } from "../core/model/address";
import { isoToExcelSerial } from "../core/model/dates";
import { helperPlace, highlightSpec, type HighlightSpec } from "../core/sheets/highlight";
import { HELPER_COLUMN } from "../core/sheets/appearance";
import { STYLES } from "../core/sheets/spec";
import type { BulkWriter } from "./bulk-writer";
import { RANGE_BYTES, SET_BYTES, jsonBytes } from "./bulk-writer";
import { analyseOpenWorkbook, type PlanRule } from "./analyse-open-workbook";
import { NO_PLAN_IN_WORKBOOK } from "../core/read/no-plan";
import { TOO_OLD } from "./messages";
import { writeQuietly } from "./quiet-writes";
import { addRules, widthInPoints, writeSheetContents, writeSheetLayout } from "./render-sheet";
import { addAsOfName, asOfWanted, hasAsOfName, paneAsOfSheet } from "./as-of";
import { planFor, writeGeneratedSheets } from "./generated-sheets";
import { placedSheet } from "../core/sheets/generation-plan";
import { styleRange } from "./write-formats";
import { capabilities } from "./requirements";
import type { ExcelEnv } from "./host";
import type { HighlightResult, PlanOptions } from "../service/types";

/**
 * Colours the plan's rows by deadline (overdue red, due this quarter amber, done green) with custom-formula rules that
 * compare a helper column of real deadline dates with the workbook's as-of name (TODAY() unless a date is fixed), so
 * colours stay right for co-authors without the add-in; re-running replaces only the add-in's own rules.
 */
export async function highlightDeadlines(
  context: Excel.RequestContext,
  env: ExcelEnv,
  options: PlanOptions,
): Promise<HighlightResult> {
  const caps = capabilities(env);
  const none = (notes: HighlightResult["notes"]): HighlightResult => ({
    done: false,
    sheet: null,
    helperCell: null,
    rulesAdded: 0,
    rulesReplaced: 0,
    notes,
  });
  if (!caps.generate) return none([TOO_OLD]);
  const { read, analysis, rules } = await analyseOpenWorkbook(context, caps, options, {
    rules: true,
  });
  if (!analysis) return none([NO_PLAN_IN_WORKBOOK]);
  const plan = analysis.plan;
  const place = helperPlace(plan, analysis.grid);
  const spec = highlightSpec(plan, place.col);
  const own = rules.filter((r) => isOwnRule(r, spec));
  const widenTable = place.table !== null && place.col === place.table.right + 1 && caps.tableResize;
  const notes = place.table !== null && place.col > place.table.right && !widenTable ? [OUTSIDE_TABLE] : [];
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const highlight = async (w: BulkWriter) => {
    for (const r of own) r.format.delete();
    await writeHelper(w, ws, spec);
    if (widenTable && place.table) {
      const t = place.table;
      context.workbook.tables.getItem(t.name).resize(ws.getRange(rangeAddress(t.top, t.left, t.bottom, place.col)));
    }
    await addRules(w, ws, spec.rules);
  };
  // The rules read the as-of name: a workbook without it gets the as-of sheet first.
  const asOf = asOfWanted(read.sheets, await hasAsOfName(context));
  if (asOf.length === 0) await writeQuietly(context, caps, read.eventsWereOn, highlight);
  else {
    const generation = planFor(read, { replaces: () => false, make: asOf });
    await writeGeneratedSheets(context, caps, read, generation, async (w, added) => {
      const asOfSpec = placedSheet(paneAsOfSheet(options.asOf), generation.create[0]);
      await writeSheetContents(w, added.sheets[0], asOfSpec);
      await w.send();
      await writeSheetLayout(w, added.sheets[0], asOfSpec, caps);
      addAsOfName(context, generation.create[0].name);
      await highlight(w);
    });
  }
  return {
    done: true,
    sheet: plan.sheet,
    helperCell: cellAddress(spec.helper.headerRow, spec.helper.col),
    rulesAdded: spec.rules.length,
    rulesReplaced: own.length,
    notes,
  };
}

const OUTSIDE_TABLE = {
  vi: "Cột hạn chót phụ nằm bên phải, ngoài bảng (cột sát bảng đang có dữ liệu, hoặc Excel này chưa mở rộng được bảng): sau khi sắp xếp lại bảng, hãy tô màu lại.",
  en: "The helper deadline column sits right of the table, outside it (the column beside the table is in use, or this Excel cannot widen tables): after sorting the table, highlight again.",
};

// The add-in's rules all test the helper column (or are exactly the formulas it writes); the user's other rules stay.
function isOwnRule(rule: PlanRule, spec: HighlightSpec): boolean {
  const formula = rule.formula.replace(/^=/, "");
  return (
    spec.rules.some((r) => r.formula === formula) ||
    formula.includes(`$${columnLetters(spec.helper.col)}${spec.helper.top}`)
  );
}

async function writeHelper(w: BulkWriter, ws: Excel.Worksheet, spec: HighlightSpec): Promise<void> {
  const { col, headerRow, header, top, values } = spec.helper;
  const letter = columnLetters(col);
  const body = values.map((d) => [d ? isoToExcelSerial(d) : ""]);
  await w.room(3 * RANGE_BYTES + 30 * SET_BYTES + jsonBytes(body));
  ws.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(HELPER_COLUMN.width);
  const headerCell = ws.getRange(cellAddress(headerRow, col));
  headerCell.values = [[header]];
  styleRange(headerCell, STYLES.header, {
    top: headerRow,
    left: col,
    bottom: headerRow,
    right: col,
  });
  if (body.length === 0) return;
  const area = { top, left: col, bottom: top + body.length - 1, right: col };
  const range = ws.getRange(rangeAddress(area.top, col, area.bottom, col));
  range.values = body;
  styleRange(range, HELPER_COLUMN.style, area);
}
