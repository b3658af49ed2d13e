// The summary sheet as Excel shows it with PivotTables: the counts sheet's title lines, then each pivot under its
// title, spaced by the size the core's counts give it, and a chart beside them.
import { cellAddress } from "../core/model/address";
import { emptySheet, type Area, type PivotSpec, type SheetSpec, type SummarySpec } from "../core/sheets/spec";
import type { CountTable } from "../core/track/summary-counts";

/** Where one pivot goes: its destination cell and the cells it will cover. */
export interface PivotPlace {
  pivot: PivotSpec;
  anchor: string;
  area: Area;
}

// A pivot in compact layout adds two header rows and a grand-total row to its row items, and a label column and a
// grand-total column to its column items; the gap leaves room for a few more agencies after a refresh.
const PIVOT_EXTRA_ROWS = 3;
const PIVOT_EXTRA_COLUMNS = 2;
const GAP_ROWS = 3;
const CHART_COLUMNS = 8;
const CHART_ROWS = 18;

/** The pivot summary sheet: the spec of its text, where each pivot goes, and the cells the chart covers. */
export interface PivotSheet {
  spec: SheetSpec;
  places: PivotPlace[];
  chart: { start: string; end: string };
}

/** Lays out the pivot summary sheet, spacing the pivots by the number of agencies and values the core counted. */
export function pivotSheet(summary: SummarySpec, counts: CountTable[]): PivotSheet {
  const spec = emptySheet(summary.counts.key, summary.counts.name);
  spec.rows.push(...summary.counts.rows.slice(0, 2));
  spec.rowStyles!.push(...(summary.counts.rowStyles ?? []).slice(0, 2));
  const places: PivotPlace[] = [];
  let right = 2;
  summary.pivots.forEach((pivot, i) => {
    const size = counts[i];
    spec.rows.push([], [{ text: pivot.title, style: "section" }]);
    spec.rowStyles!.push(null, null);
    const top = spec.rows.length + 1;
    const area = {
      top,
      left: 1,
      bottom: top + size.rows.length + PIVOT_EXTRA_ROWS - 1,
      right: size.columns.length + PIVOT_EXTRA_COLUMNS,
    };
    places.push({ pivot, anchor: cellAddress(top, 1), area });
    right = Math.max(right, area.right);
    for (let r = top; r <= area.bottom + GAP_ROWS - 1; r++) {
      spec.rows.push([]);
      spec.rowStyles!.push(null);
    }
  });
  spec.columns = summary.counts.columns;
  spec.print = summary.counts.print;
  const chartTop = places[0]?.area.top ?? 4;
  return {
    spec,
    places,
    chart: {
      start: cellAddress(chartTop, right + 2),
      end: cellAddress(chartTop + CHART_ROWS - 1, right + 1 + CHART_COLUMNS),
    },
  };
}
