// PivotTable arithmetic: the cache Excel takes from the source, and the rows × columns × values it shows.
// Pivots are not drawn into cells; tests read the numbers from the snapshot or sim.pivotValue().
import { Rect } from "./address";
import { Scalar } from "./cells";
import { fail } from "./errors";
import { WorkbookModel } from "./model";
import { compareCells } from "./structure";
import { PivotCache, PivotDataState, PivotSource, PivotState, SheetState } from "./state";

/** Aggregations the simulator computes; others are stored but give null values. */
const COMPUTED = ["Sum", "Count", "Average", "Max", "Min", "CountNumbers", "Product"];

/** Where a pivot's source lives now (a table's current range, so refresh sees rows added to the table). */
export function sourceArea(
  model: WorkbookModel,
  source: PivotSource,
  location: string,
): { sheet: SheetState; rect: Rect } {
  if (source.kind === "table") {
    const table =
      model.state.tables.find((t) => t.id === source.tableId) ??
      fail("InvalidReference", "the pivot's source table was deleted", location);
    return { sheet: model.requireSheet(table.sheetId, location), rect: table.rect };
  }
  return { sheet: model.requireSheet(source.sheetId, location), rect: source.rect };
}

/** Reads the source into a cache; a range source needs a header row with a name in every column, as in Excel. */
export function takeCache(model: WorkbookModel, source: PivotSource, location: string): PivotCache {
  const { sheet, rect } = sourceArea(model, source, location);
  if (rect.r1 <= rect.r0)
    fail("InvalidArgument", "a pivot source needs a header row and at least one data row", location);
  const fields: string[] = [];
  for (let c = rect.c0; c <= rect.c1; c++) {
    const name = model.cellText(sheet, rect.r0, c).trim();
    if (!name) fail("InvalidArgument", "the PivotTable field name is not valid (a header cell is empty)", location);
    fields.push(name);
  }
  const records: PivotCache["records"] = [];
  for (let r = rect.r0 + 1; r <= rect.r1; r++) {
    const values: (Scalar | undefined)[] = [];
    const labels: string[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) {
      const v = model.cellValue(sheet, r, c);
      values.push(v === "" ? undefined : v);
      labels.push(v === undefined || v === "" ? "(blank)" : model.cellText(sheet, r, c));
    }
    records.push({ values, labels });
  }
  return { fields, records };
}

/** Excel's name for a data hierarchy ("Count of Cơ quan chủ trì"), numbered when it is already taken. */
export function defaultDataName(pivot: PivotState, field: string, summarizeBy: string, self?: PivotDataState): string {
  const base = `${summarizeBy === "CountNumbers" ? "Count" : summarizeBy} of ${field}`;
  let name = base;
  for (let k = 2; pivot.data.some((d) => d !== self && d.name === name); k++) name = `${base}${k}`;
  return name;
}

/** Excel's default aggregation: Sum when every value of the field is a number (blanks allowed), else Count. */
export function defaultSummary(cache: PivotCache, field: string): string {
  const i = cache.fields.indexOf(field);
  const values = cache.records.map((r) => r.values[i]).filter((v) => v !== undefined);
  return values.length > 0 && values.every((v) => typeof v === "number") ? "Sum" : "Count";
}

function aggregate(values: (Scalar | undefined)[], how: string): number | null {
  if (!COMPUTED.includes(how)) return null;
  const present = values.filter((v) => v !== undefined);
  const numbers = present.filter((v): v is number => typeof v === "number");
  if (how === "Count") return present.length ? present.length : null;
  if (how === "CountNumbers") return numbers.length ? numbers.length : null;
  if (!numbers.length) return how === "Sum" && present.length ? 0 : null;
  switch (how) {
    case "Sum":
      return numbers.reduce((s, x) => s + x, 0);
    case "Average":
      return numbers.reduce((s, x) => s + x, 0) / numbers.length;
    case "Max":
      return Math.max(...numbers);
    case "Min":
      return Math.min(...numbers);
    default:
      return numbers.reduce((s, x) => s * x, 1);
  }
}

/** What a pivot shows: item labels along rows and columns (levels joined by " | ") and one grid per data hierarchy. */
export interface PivotResult {
  rows: string[];
  columns: string[];
  values: Record<string, (number | null)[][]>;
  rowTotals: Record<string, (number | null)[]>;
  columnTotals: Record<string, (number | null)[]>;
  grandTotals: Record<string, number | null>;
}

interface Item {
  label: string;
  sortKey: (Scalar | undefined)[];
}

function itemsOf(cache: PivotCache, fields: string[]): { items: Item[]; keyOf: (recordIndex: number) => string } {
  const idx = fields.map((f) => cache.fields.indexOf(f));
  const keyOf = (i: number) => idx.map((k) => cache.records[i].labels[k]).join(" | ");
  const seen = new Map<string, Item>();
  cache.records.forEach((rec, i) => {
    const label = keyOf(i);
    if (!seen.has(label)) seen.set(label, { label, sortKey: idx.map((k) => rec.values[k]) });
  });
  const items = [...seen.values()].sort((a, b) => {
    for (let k = 0; k < idx.length; k++) {
      const x = a.sortKey[k];
      const y = b.sortKey[k];
      const blankX = x === undefined;
      const blankY = y === undefined;
      if (blankX !== blankY) return Number(blankX) - Number(blankY);
      const d = compareCells(x, y);
      if (d !== 0) return d;
    }
    return 0;
  });
  return { items: fields.length ? items : [{ label: "", sortKey: [] }], keyOf: fields.length ? keyOf : () => "" };
}

/** Computes the pivot from its cache (not from the live source: Excel pivots change only on refresh). */
export function computePivot(pivot: PivotState): PivotResult {
  const { cache } = pivot;
  const rowAxis = itemsOf(cache, pivot.rows);
  const colAxis = itemsOf(cache, pivot.columns);
  const rowIndex = new Map(rowAxis.items.map((it, i) => [it.label, i]));
  const colIndex = new Map(colAxis.items.map((it, i) => [it.label, i]));
  const result: PivotResult = {
    rows: rowAxis.items.map((i) => i.label),
    columns: colAxis.items.map((i) => i.label),
    values: {},
    rowTotals: {},
    columnTotals: {},
    grandTotals: {},
  };
  for (const data of pivot.data) {
    const f = cache.fields.indexOf(data.field);
    const grid = rowAxis.items.map(() => colAxis.items.map(() => [] as (Scalar | undefined)[]));
    cache.records.forEach((rec, i) =>
      grid[rowIndex.get(rowAxis.keyOf(i))!][colIndex.get(colAxis.keyOf(i))!].push(rec.values[f]),
    );
    result.values[data.name] = grid.map((row) => row.map((cell) => aggregate(cell, data.summarizeBy)));
    result.rowTotals[data.name] = grid.map((row) => aggregate(row.flat(), data.summarizeBy));
    result.columnTotals[data.name] = colAxis.items.map((_, j) =>
      aggregate(
        grid.flatMap((row) => row[j]),
        data.summarizeBy,
      ),
    );
    result.grandTotals[data.name] = aggregate(
      cache.records.map((r) => r.values[f]),
      data.summarizeBy,
    );
  }
  return result;
}
