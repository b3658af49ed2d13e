/* global Excel */
import { rangeAddress } from "../core/model/address";
import type { SummarySpec } from "../core/sheets/spec";
import type { BulkWriter } from "./bulk-writer";
import { RANGE_BYTES, SET_BYTES } from "./bulk-writer";
import type { PivotSheet } from "./pivot-sheet";

/** The name of every pivot's value field, in place of Excel's "Count of Stt". */
export const PIVOT_VALUE_NAME = "Số nhiệm vụ";
// A pivot is about a dozen operations: add, three hierarchies, the value field's summary and name.
const PIVOT_BYTES = 12 * (RANGE_BYTES + SET_BYTES);

/**
 * Adds the summary's PivotTables over the assignments table (rows × columns, values counted: `summarizeBy` is set
 * explicitly) and a clustered column chart over the first one, where the layout placed them.
 */
export async function writePivots(
  w: BulkWriter,
  ws: Excel.Worksheet,
  source: Excel.Table,
  summary: SummarySpec,
  layout: PivotSheet,
): Promise<void> {
  for (const place of layout.places) {
    await w.room(PIVOT_BYTES);
    const pivot = ws.pivotTables.add(place.pivot.name, source, ws.getRange(place.anchor));
    pivot.rowHierarchies.add(pivot.hierarchies.getItem(place.pivot.rowField));
    pivot.columnHierarchies.add(pivot.hierarchies.getItem(place.pivot.columnField));
    const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem(place.pivot.dataField));
    data.summarizeBy = "Count" as Excel.AggregationFunction;
    data.name = PIVOT_VALUE_NAME;
  }
  // A chart over a PivotTable's cells becomes a PivotChart in Excel, so it follows the pivot when it is refreshed.
  const first = layout.places.find((p) => p.pivot.name === summary.chart.pivot) ?? layout.places[0];
  const area = first.area;
  await w.room(PIVOT_BYTES);
  const chart = ws.charts.add(
    "ColumnClustered" as Excel.ChartType,
    ws.getRange(rangeAddress(area.top, area.left, area.bottom, area.right)),
    "Auto" as Excel.ChartSeriesBy,
  );
  chart.title.text = summary.chart.title;
  chart.setPosition(layout.chart.start, layout.chart.end);
}
