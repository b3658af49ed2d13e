// The simulator's front door: build a workbook, hand out request contexts (the add-in's and co-authors'), count what
// they do, and let tests act as another person editing the same workbook.
import { MAX_COLUMNS, Rect, parseRefOrFail, rectToA1 } from "./address";
import { Scalar } from "./cells";
import { Engine, SimRequestContext, compareVersions } from "./context";
import { fail } from "./errors";
import { Change, EventHub, Session } from "./events";
import { WorkbookModel } from "./model";
import { computePivot } from "./pivot-model";
import { WorkbookSnapshot, buildSnapshot } from "./snapshot";
import { SimStats, emptyStats, resetStats } from "./stats";
import { shiftRows, sortRows } from "./structure";
import { SheetState } from "./state";

/**
 * One starting cell: a plain value (stored as given, except that a string starting with "=" becomes a formula), or an
 * object for exact control, e.g. { value: "=text that stays text" } or { value: 45658, numberFormat: "dd/mm/yyyy" }.
 */
export type InitCell =
  string | number | boolean | null | { value?: string | number | boolean; formula?: string; numberFormat?: string };

/** The starting content of a workbook. */
export interface WorkbookInit {
  sheets: {
    name: string;
    cells?: InitCell[][];
    /** Where `cells` starts (default "A1"). */
    origin?: string;
    /** Tables over existing cells; the first row of each address is its header row. */
    tables?: { name: string; address: string; style?: string }[];
    merges?: string[];
    visibility?: "Visible" | "Hidden" | "VeryHidden";
  }[];
  settings?: Record<string, unknown>;
}

/** Options of createWorkbook(). */
export interface SimOptions {
  /** The ExcelApi requirement set the simulated Excel supports (default "1.17"). */
  apiVersion?: string;
  /** Other requirement sets to report as supported, e.g. { ExcelApiOnline: "1.1" }. */
  requirementSets?: Record<string, string>;
  /** "Today" for typed dates without a year ("3/25"); defaults to the real clock. */
  today?: Date;
  /** What Workbook.name reports (default "Book1.xlsx"). */
  name?: string;
}

/** Who made an edit through the sim.* helpers: a co-author (source "Remote") or the local user typing (source "Local"). */
export type EditAuthor = "remote" | "localUser";

/** A simulated workbook: contexts for the add-in and co-authors, counters, snapshot and test helpers. */
export class SimWorkbook implements Engine {
  readonly model: WorkbookModel;
  readonly events = new EventHub();
  readonly apiVersion: string;
  readonly name: string;
  private readonly requirementSets: Record<string, string>;
  private readonly local: Session = { name: "add-in", enableEvents: true, stats: emptyStats() };
  private readonly remote: Session = { name: "remote user", enableEvents: true, stats: emptyStats() };
  private readonly coauthors = new Map<string, Session>();

  constructor(init: WorkbookInit | undefined, options: SimOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.17";
    this.name = options.name ?? "Book1.xlsx";
    this.requirementSets = { ExcelApi: this.apiVersion, ...options.requirementSets };
    this.model = new WorkbookModel(options.today ?? new Date());
    this.load(init ?? { sheets: [{ name: "Sheet1" }] });
  }

  private load(init: WorkbookInit): void {
    const sheets = init.sheets.length ? init.sheets : [{ name: "Sheet1" }];
    for (const spec of sheets) {
      const sheet = this.model.addSheet(spec.name, "createWorkbook");
      const origin = parseRefOrFail(spec.origin ?? "A1", "createWorkbook");
      (spec.cells ?? []).forEach((row, i) =>
        row.forEach((value, j) => {
          if (value === null || value === "") return;
          const cell = sheet.cells.ensure(origin.r0 + i, origin.c0 + j);
          if (typeof value === "object") {
            if (value.formula !== undefined) cell.formula = value.formula;
            else if (value.value !== undefined && value.value !== "") cell.value = value.value;
            if (value.numberFormat !== undefined) cell.numberFormat = value.numberFormat;
          } else if (typeof value === "string" && value.startsWith("=") && value.length > 1) cell.formula = value;
          else cell.value = value;
          sheet.cells.tidy(origin.r0 + i, origin.c0 + j);
        }),
      );
      for (const merge of spec.merges ?? [])
        this.model.merge(sheet, parseRefOrFail(merge, "createWorkbook"), false, "createWorkbook");
      for (const t of spec.tables ?? []) {
        const rect = parseRefOrFail(t.address, "createWorkbook");
        const table = this.model.addTable(sheet, rect, true, "createWorkbook", () => undefined);
        this.model.checkTableName(t.name, table, "createWorkbook");
        table.name = t.name;
        if (t.style !== undefined) table.style = t.style;
      }
      if (spec.visibility) sheet.visibility = spec.visibility;
    }
    for (const [key, value] of Object.entries(init.settings ?? {}))
      this.model.state.settings.set(key, JSON.parse(JSON.stringify(value)));
  }

  /** Counters of the add-in's own contexts (co-authors' syncs are not included). */
  get stats(): SimStats {
    return this.local.stats;
  }

  /** Zeroes the counters of every session. */
  resetStats(): void {
    for (const session of [this.local, this.remote, ...this.coauthors.values()]) resetStats(session.stats);
  }

  /** A new request context of the add-in, like the one Excel.run passes to its callback. */
  context(): SimRequestContext {
    return new SimRequestContext(this, this.local);
  }

  /** The same, typed as Office's Excel.RequestContext for code under test. */
  requestContext(): Excel.RequestContext {
    return this.context() as unknown as Excel.RequestContext;
  }

  /** A context of another person editing the same workbook: its writes reach others only when it syncs, as "Remote". */
  coauthor(name = "co-author"): SimRequestContext {
    let session = this.coauthors.get(name);
    if (!session) {
      session = { name, enableEvents: true, stats: emptyStats() };
      this.coauthors.set(name, session);
    }
    return new SimRequestContext(this, session);
  }

  /** Excel.run: runs the batch with a fresh context, then syncs what it left queued. */
  async run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T> {
    const context = this.context();
    const result = await batch(context);
    await context.sync();
    return result;
  }

  /** Office.context.requirements.isSetSupported: ExcelApi up to the simulated version (versions compare numerically). */
  isSetSupported(name: string, minVersion?: string | number): boolean {
    const supported = this.requirementSets[name];
    if (supported === undefined) return false;
    return minVersion === undefined || compareVersions(supported, String(minVersion)) >= 0;
  }

  /** @internal Delivers the change events of a finished batch. */
  afterBatch(changes: Change[]): void {
    this.events.dispatch(changes, this.model);
  }

  /** Resolves when every event handler scheduled so far has run. */
  flushEvents(): Promise<void> {
    return this.events.flush();
  }

  /** Errors thrown by event handlers (Office does not surface them either). */
  get eventHandlerErrors(): unknown[] {
    return this.events.handlerErrors;
  }

  /** The whole workbook as plain JSON, for assertions. */
  snapshot(): WorkbookSnapshot {
    return buildSnapshot(this.model);
  }

  private sheet(name: string, location: string): SheetState {
    return this.model.sheetByKey(name) ?? fail("ItemNotFound", `no worksheet "${name}"`, location);
  }

  private announce(sheet: SheetState, rect: Rect, changeType: Change["changeType"], author: EditAuthor): void {
    this.events.dispatch(
      [
        {
          sheetId: sheet.id,
          rect,
          changeType,
          session: author === "remote" ? this.remote : this.local,
          byAddin: false,
        },
      ],
      this.model,
    );
  }

  /** Values as Office.js would return them (test convenience: no proxies, no sync); the used range without an address. */
  values(sheetName: string, address?: string): Scalar[][] {
    const sheet = this.sheet(sheetName, "sim.values");
    const rect = address
      ? parseRefOrFail(address, "sim.values")
      : (this.model.usedRect(sheet, false) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
    return Array.from({ length: rect.r1 - rect.r0 + 1 }, (_, i) =>
      Array.from(
        { length: rect.c1 - rect.c0 + 1 },
        (_, j) => this.model.cellValue(sheet, rect.r0 + i, rect.c0 + j) ?? "",
      ),
    );
  }

  /** One number of a pivot (row/column labels as in the snapshot; "" when the axis is empty; the first data field by default). */
  pivotValue(pivotName: string, rowLabel: string, columnLabel = "", dataName?: string): number | null {
    const pivot =
      this.model.state.pivots.find((p) => p.name.toLowerCase() === pivotName.toLowerCase()) ??
      fail("ItemNotFound", `no PivotTable "${pivotName}"`, "sim.pivotValue");
    const result = computePivot(pivot);
    const name =
      dataName ?? pivot.data[0]?.name ?? fail("ItemNotFound", "the PivotTable has no data hierarchy", "sim.pivotValue");
    const grid = result.values[name] ?? fail("ItemNotFound", `no data hierarchy "${name}"`, "sim.pivotValue");
    const r = result.rows.indexOf(rowLabel);
    const c = result.columns.indexOf(columnLabel);
    if (r < 0 || c < 0) return null;
    return grid[r][c];
  }

  /** Someone else types values now (default: a co-author, source "Remote"); Excel's reading of typed input applies. */
  edit(sheetName: string, address: string, values: unknown[][], author: EditAuthor = "remote"): void {
    const sheet = this.sheet(sheetName, "sim.edit");
    const rect = parseRefOrFail(address, "sim.edit");
    if (values.length !== rect.r1 - rect.r0 + 1 || values.some((row) => row.length !== rect.c1 - rect.c0 + 1)) {
      fail("InvalidArgument", `the values do not match ${rectToA1(rect)}`, "sim.edit");
    }
    this.model.writeBlock(sheet, rect, (i, j) => values[i][j], "sim.edit");
    this.announce(sheet, rect, "RangeEdited", author);
  }

  /** Someone else sorts a table's rows by one column now (blanks last, as in Excel). */
  sortTable(tableName: string, columnName: string, ascending = true, author: EditAuthor = "remote"): void {
    const table = this.model.tableByName(tableName) ?? fail("ItemNotFound", `no table "${tableName}"`, "sim.sortTable");
    const index = table.columns.findIndex((c) => c.toLowerCase() === columnName.toLowerCase());
    if (index < 0) fail("ItemNotFound", `table ${table.name} has no column "${columnName}"`, "sim.sortTable");
    const sheet = this.model.requireSheet(table.sheetId, "sim.sortTable");
    const body = this.model.tableBody(table);
    sortRows(this.model, sheet, body, table.rect.c0 + index, ascending);
    this.announce(sheet, body, "RangeEdited", author);
  }

  /** Someone else inserts whole rows above 1-based `rowNumber` now: cells, tables, merges, rules and pivots move down. */
  insertRowsAbove(sheetName: string, rowNumber: number, count = 1, author: EditAuthor = "remote"): void {
    const sheet = this.sheet(sheetName, "sim.insertRowsAbove");
    if (!Number.isInteger(rowNumber) || rowNumber < 1 || !Number.isInteger(count) || count < 1)
      fail("InvalidArgument", "row number and count must be positive integers", "sim.insertRowsAbove");
    shiftRows(this.model, sheet, null, rowNumber - 1, count);
    this.announce(
      sheet,
      { r0: rowNumber - 1, c0: 0, r1: rowNumber + count - 2, c1: MAX_COLUMNS - 1 },
      "RowInserted",
      author,
    );
  }
}

/** Creates a simulated workbook (one "Sheet1" when `init` has no sheets). */
export function createWorkbook(init?: WorkbookInit, options?: SimOptions): SimWorkbook {
  return new SimWorkbook(init, options);
}
