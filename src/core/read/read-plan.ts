import type { IsoDate } from "../model/dates";
import { gridBounds, type WorkbookGrids } from "../model/grid";
import { searchPlan, type PlanLocation } from "./plan-search";
import type { Agency, Plan, Task } from "../model/plan";
import { matchAgency } from "./registry";
import { makeReaders } from "./cell-readers";
import { assignKeys, inheritFromGroups, linkItemRows, readRawRows } from "./plan-rows";
import { planRegistry, toTask } from "./to-task";
import { readTitleBlock } from "./title";
import { planPeriod } from "./plan-period";

export { readNumberCell, sectionLabel } from "./number-cell";
export type { PlanLocation } from "./plan-search";
export { readRegistrySheet } from "./registry-sheet";

/** What a plan is read with: the as-of date, and optionally the plan year and a registry from the workbook. */
export interface ReadOptions {
  asOf: IsoDate;
  year?: number | null;
  /** The registry sheet's entries, when the workbook has one. */
  registry?: Agency[] | null;
  /** The sheet (and table) to read, when the caller already knows it. */
  sheet?: string;
}

/** Finds the plan in a workbook (see searchPlan): with its saved column mapping, else by its header; null when there is none. */
export function locatePlan(workbook: WorkbookGrids, sheet?: string): PlanLocation | null {
  const found = searchPlan(workbook, { sheet });
  return found.kind === "found" ? found.where : null;
}

/** Reads the plan at a known location (see locatePlan). */
export function readPlanAt(where: PlanLocation, options: ReadOptions): Plan {
  const { grid, header } = where;
  const b = gridBounds(grid);
  const titleBlock = readTitleBlock(grid, b.top, header.headerTop, b.left, Math.max(b.right, header.right));
  const year = options.year ?? titleBlock.year;
  const yearSource = options.year ? "option" : titleBlock.yearSource;
  const read = makeReaders(year);
  const rows = readRawRows(grid, header, where.bottom, read);
  linkItemRows(rows, header.layout);
  inheritFromGroups(rows);
  assignKeys(rows);
  const registry = planRegistry(header, rows, options.registry ?? null);
  // Each matrix column's agency under its registry name (a header may use an alias).
  const columnAgencies = header.columns.agencies.map((a) => ({
    col: a.col,
    // A header retyped in another case or tone placement is still the registry's agency.
    agency: matchAgency(registry, a.name)?.agency.name ?? a.name,
  }));
  const tasks: Task[] = [];
  for (const r of rows)
    if (r.kind === "task") tasks.push(toTask(header, r, registry, columnAgencies, read, options.asOf));
  return {
    sheet: grid.name,
    table: where.table,
    layout: header.layout,
    title: titleBlock.title,
    year,
    date: titleBlock.date,
    yearSource,
    period: planPeriod(titleBlock.period, year, tasks),
    headerTop: header.headerTop,
    headerBottom: header.headerBottom,
    firstRow: header.dataTop,
    lastRow: rows.length ? rows[rows.length - 1].row : header.headerBottom,
    left: header.left,
    right: header.right,
    columns: header.columns,
    agencies: registry,
    tasks,
    asOf: options.asOf,
  };
}
