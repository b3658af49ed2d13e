// Tables (ListObjects): collections on the workbook and on sheets, columns, rows and sorting.
// A table's range changes only through resize(), rows.add() and row inserts; writing below it does not grow it (see README).
import { Rect, area, cols, intersect, rows } from "./address";
import type { Exec } from "./context";
import { SimEventHandlers } from "./events";
import { SimOfficeError, expectBoolean, expectString, fail } from "./errors";
import { PropDef, SimClientObject, SimCollection, boundOrigin, defineType } from "./proxy";
import { RangeHandle, SimRange, anyRangeArg, sheetOf } from "./range";
import { SheetState, TableState } from "./state";
import { shiftRows, sortRows } from "./structure";
import { SimWorksheet } from "./worksheet";

function tableOf(id: string, ex: Exec, location: string): TableState {
  return ex.model.state.tables.find((t) => t.id === id) ?? fail("ItemNotFound", "the table no longer exists", location);
}

function rangeOf(table: TableState, rect: Rect): RangeHandle {
  return { sheetId: table.sheetId, rect };
}

/** workbook.tables (sheetId null) or sheet.tables. */
interface TablesHandle {
  sheetId: string | null;
}

function tablesIn(h: TablesHandle, ex: Exec): TableState[] {
  return ex.model.state.tables.filter((t) => h.sheetId === null || t.sheetId === h.sheetId);
}

function findTable(h: TablesHandle, ex: Exec, key: string): TableState | undefined {
  const lower = String(key).toLowerCase();
  return tablesIn(h, ex).find((t) => t.id === key || t.name.toLowerCase() === lower);
}

/** Excel.TableCollection of the workbook or of one sheet. */
export class SimTableCollection extends SimCollection<SimTable, TablesHandle> {
  declare readonly count: number;
  private changedHandlers?: SimEventHandlers;

  protected _itemHandles(h: TablesHandle, ex: Exec): unknown[] {
    return tablesIn(h, ex).map((t) => t.id);
  }

  protected _makeItem(handle: unknown): SimTable {
    return new SimTable(this.context, boundOrigin(handle as string));
  }

  /** Fires after data changes inside any table of this collection (ExcelApi 1.7). */
  get onChanged(): SimEventHandlers {
    this.context._requireApi("1.7", "TableCollection.onChanged");
    this.changedHandlers ??= new SimEventHandlers(
      this.context,
      (ex) => {
        const h = this._bind(ex);
        return h === null ? null : { kind: "tables", sheetId: h.sheetId };
      },
      "TableCollection.onChanged",
    );
    return this.changedHandlers;
  }

  /**
   * Creates a table over a Range or an address ("A3:F23", or "Sheet!A3:F23"; a bare address on workbook.tables means
   * the active sheet). Without headers Excel inserts a generated header row and shifts the data down one row.
   */
  add(address: SimRange | string, hasHeaders: boolean): SimTable {
    return this._create(
      SimTable,
      "add",
      [address, hasHeaders],
      (ex, h: TablesHandle) => {
        const location = "TableCollection.add";
        const home = h.sheetId === null ? ex.model.activeSheet() : ex.model.requireSheet(h.sheetId, location);
        const { sheet, rect } = anyRangeArg(ex, address, home, location);
        const table = ex.model.addTable(sheet, rect, expectBoolean(hasHeaders, location), location, (at, count) =>
          shiftRows(ex.model, sheet, { c0: rect.c0, c1: rect.c1 }, at, count),
        );
        return table.id;
      },
      { sideEffects: true },
    );
  }

  /** A table by name (any case) or id; a missing one fails the sync with ItemNotFound. */
  getItem(key: string): SimTable {
    return this._create(
      SimTable,
      "getItem",
      [key],
      (ex, h: TablesHandle) =>
        (findTable(h, ex, key) ?? fail("ItemNotFound", `no table "${key}"`, "TableCollection.getItem")).id,
    );
  }

  getItemOrNullObject(key: string): SimTable {
    return this._create(
      SimTable,
      "getItemOrNullObject",
      [key],
      (ex, h: TablesHandle) => findTable(h, ex, key)?.id ?? null,
      { api: "1.4" },
    );
  }

  getItemAt(index: number): SimTable {
    return this._create(
      SimTable,
      "getItemAt",
      [index],
      (ex, h: TablesHandle) =>
        (tablesIn(h, ex)[index] ?? fail("ItemNotFound", `no table at index ${index}`, "TableCollection.getItemAt")).id,
    );
  }
}

defineType<TablesHandle>(SimTableCollection, "TableCollection", { count: { get: (h, ex) => tablesIn(h, ex).length } });

const TABLE_STYLE = /^(TableStyle(Light([1-9]|1\d|2[0-1])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01])))?$/;

function tableFlag(
  key: "showBandedRows" | "showBandedColumns" | "showFilterButton" | "highlightFirstColumn" | "highlightLastColumn",
): PropDef<string> {
  return {
    get: (id, ex) => tableOf(id, ex, `Table.${key}`)[key],
    set: (id, v, ex) => {
      tableOf(id, ex, `Table.${key}`)[key] = expectBoolean(v, `Table.${key}`);
    },
    api: "1.3",
  };
}

/** Excel.Table. */
export class SimTable extends SimClientObject<string> {
  declare readonly id: string;
  declare readonly legacyId: string;
  declare name: string;
  declare style: string;
  declare showHeaders: boolean;
  declare showTotals: boolean;
  declare showBandedRows: boolean;
  declare showBandedColumns: boolean;
  declare showFilterButton: boolean;
  declare highlightFirstColumn: boolean;
  declare highlightLastColumn: boolean;
  declare readonly columns: SimTableColumnCollection;
  declare readonly rows: SimTableRowCollection;
  declare readonly worksheet: SimWorksheet;
  declare readonly sort: SimTableSort;
  private changedHandlers?: SimEventHandlers;

  /** Fires after data changes inside this table (ExcelApi 1.7). */
  get onChanged(): SimEventHandlers {
    this.context._requireApi("1.7", "Table.onChanged");
    this.changedHandlers ??= new SimEventHandlers(
      this.context,
      (ex) => {
        const id = this._bind(ex);
        return id === null ? null : { kind: "table", tableId: id };
      },
      "Table.onChanged",
    );
    return this.changedHandlers;
  }

  private part(method: string, rect: (t: TableState, ex: Exec) => Rect): SimRange {
    return this._create(SimRange, method, [], (ex, id: string) => {
      const table = tableOf(id, ex, `Table.${method}`);
      return rangeOf(table, rect(table, ex));
    });
  }

  getRange(): SimRange {
    return this.part("getRange", (t) => t.rect);
  }

  getHeaderRowRange(): SimRange {
    return this.part("getHeaderRowRange", (t) => ({ ...t.rect, r1: t.rect.r0 }));
  }

  getDataBodyRange(): SimRange {
    return this.part("getDataBodyRange", (t, ex) => ex.model.tableBody(t));
  }

  getTotalRowRange(): SimRange {
    return this.part("getTotalRowRange", (t) =>
      t.showTotals
        ? { ...t.rect, r0: t.rect.r1 }
        : fail("ItemNotFound", "the table has no totals row", "Table.getTotalRowRange"),
    );
  }

  /** Deletes the table and clears its cells, as Excel's ListObject.Delete does. */
  delete(): void {
    this._call("delete", [], (id, ex) => {
      const table = tableOf(id, ex, "Table.delete");
      ex.model.state.tables = ex.model.state.tables.filter((t) => t !== table);
      const sheet = sheetOf(table, ex);
      ex.model.clear(sheet, table.rect, "All");
      ex.changed(sheet.id, table.rect, "RangeEdited");
    });
  }

  /** Turns the table back into plain cells (data kept) and returns that range. */
  convertToRange(): SimRange {
    return this._create(
      SimRange,
      "convertToRange",
      [],
      (ex, id: string) => {
        const table = tableOf(id, ex, "Table.convertToRange");
        ex.model.state.tables = ex.model.state.tables.filter((t) => t !== table);
        return rangeOf(table, table.rect);
      },
      { sideEffects: true, api: "1.2" },
    );
  }

  /** Moves the table's edges; the header row must stay where it is (ExcelApi 1.13). */
  resize(newRange: SimRange | string): void {
    this._call(
      "resize",
      [newRange],
      (id, ex) => {
        const location = "Table.resize";
        const table = tableOf(id, ex, location);
        const { sheet, rect } = anyRangeArg(ex, newRange, sheetOf(table, ex), location);
        if (
          sheet.id !== table.sheetId ||
          rect.r0 !== table.rect.r0 ||
          !intersect(rect, table.rect) ||
          rect.r1 <= rect.r0
        ) {
          fail("InvalidArgument", "the new range must overlap the table and keep its header row", location);
        }
        if (ex.model.tablesOn(sheet).some((t) => t !== table && intersect(t.rect, rect)))
          fail("InvalidArgument", "a table cannot overlap another table", location);
        table.rect = rect;
        ex.model.refreshTableHeaders(sheet, rect);
      },
      "1.13",
    );
  }

  /** Filters are not modelled, so there is nothing to clear. */
  clearFilters(): void {
    this._call("clearFilters", [], () => undefined, "1.2");
  }

  reapplyFilters(): void {
    this._call("reapplyFilters", [], () => undefined, "1.2");
  }
}

defineType<string>(
  SimTable,
  "Table",
  {
    id: { get: (id) => id },
    legacyId: { get: (id) => id, api: "1.8" },
    name: {
      get: (id, ex) => tableOf(id, ex, "Table.name").name,
      set: (id, v, ex) => {
        const table = tableOf(id, ex, "Table.name");
        ex.model.checkTableName(v as string, table, "Table.name");
        table.name = v as string;
      },
    },
    style: {
      get: (id, ex) => tableOf(id, ex, "Table.style").style,
      set: (id, v, ex) => {
        const style = expectString(v, "Table.style");
        if (!TABLE_STYLE.test(style))
          fail("InvalidArgument", `"${style}" is not a built-in table style`, "Table.style");
        tableOf(id, ex, "Table.style").style = style;
      },
    },
    showHeaders: {
      get: () => true,
      set: (_id, v) => {
        if (v !== true)
          throw new SimOfficeError(
            "NotImplemented",
            "hiding a table's header row is not modelled",
            "Table.showHeaders",
          );
      },
    },
    showTotals: {
      get: (id, ex) => tableOf(id, ex, "Table.showTotals").showTotals,
      set: (id, v, ex) => {
        if (v !== tableOf(id, ex, "Table.showTotals").showTotals)
          throw new SimOfficeError("NotImplemented", "a totals row is not modelled", "Table.showTotals");
      },
    },
    showBandedRows: tableFlag("showBandedRows"),
    showBandedColumns: tableFlag("showBandedColumns"),
    showFilterButton: tableFlag("showFilterButton"),
    highlightFirstColumn: tableFlag("highlightFirstColumn"),
    highlightLastColumn: tableFlag("highlightLastColumn"),
  },
  {
    columns: (self: SimTable) => self._navigate(SimTableColumnCollection, (_ex, id: string) => id),
    rows: (self: SimTable) => self._navigate(SimTableRowCollection, (_ex, id: string) => id),
    worksheet: (self: SimTable) =>
      self._navigate(SimWorksheet, (ex, id: string) => tableOf(id, ex, "Table.worksheet").sheetId),
    sort: (self: SimTable) => self._navigate(SimTableSort, (_ex, id: string) => id),
  },
);

/** One column of a table, by position. */
interface ColumnHandle {
  tableId: string;
  index: number;
}

function columnOf(h: ColumnHandle, ex: Exec, location: string): { table: TableState; col: number } {
  const table = tableOf(h.tableId, ex, location);
  if (h.index >= table.columns.length) fail("ItemNotFound", "the column no longer exists", location);
  return { table, col: table.rect.c0 + h.index };
}

function findColumn(table: TableState, key: number | string): number {
  if (typeof key === "number") return key >= 1 && key <= table.columns.length ? key - 1 : -1;
  return table.columns.findIndex((n) => n.toLowerCase() === String(key).toLowerCase());
}

/** Excel.TableColumnCollection. */
export class SimTableColumnCollection extends SimCollection<SimTableColumn, string> {
  declare readonly count: number;

  protected _itemHandles(id: string, ex: Exec): unknown[] {
    return tableOf(id, ex, "TableColumnCollection").columns.map((_, index) => ({ tableId: id, index }));
  }

  protected _makeItem(handle: unknown): SimTableColumn {
    return new SimTableColumn(this.context, boundOrigin(handle as ColumnHandle));
  }

  /** A column by name (any case) or by its 1-based id. */
  getItem(key: number | string): SimTableColumn {
    return this._create(SimTableColumn, "getItem", [key], (ex, id: string) => {
      const index = findColumn(tableOf(id, ex, "TableColumnCollection.getItem"), key);
      return index >= 0
        ? { tableId: id, index }
        : fail("ItemNotFound", `no column "${key}"`, "TableColumnCollection.getItem");
    });
  }

  getItemOrNullObject(key: number | string): SimTableColumn {
    return this._create(
      SimTableColumn,
      "getItemOrNullObject",
      [key],
      (ex, id: string) => {
        const index = findColumn(tableOf(id, ex, "TableColumnCollection.getItemOrNullObject"), key);
        return index >= 0 ? { tableId: id, index } : null;
      },
      { api: "1.4" },
    );
  }

  getItemAt(index: number): SimTableColumn {
    return this._create(SimTableColumn, "getItemAt", [index], (ex, id: string) =>
      index >= 0 && index < tableOf(id, ex, "TableColumnCollection.getItemAt").columns.length
        ? { tableId: id, index }
        : fail("ItemNotFound", `no column at ${index}`, "TableColumnCollection.getItemAt"),
    );
  }

  /** Adding columns is not modelled (the plan adapters never need it). */
  add(): SimTableColumn {
    throw new SimOfficeError(
      "NotImplemented",
      "TableColumnCollection.add is not modelled by the simulator",
      "TableColumnCollection.add",
    );
  }
}

defineType<string>(SimTableColumnCollection, "TableColumnCollection", {
  count: { get: (id, ex) => tableOf(id, ex, "TableColumnCollection.count").columns.length },
});

/** Excel.TableColumn: a column by position; its name is its header cell. */
export class SimTableColumn extends SimClientObject<ColumnHandle> {
  declare name: string;
  declare readonly id: number;
  declare readonly index: number;
  declare values: unknown[][];

  private part(method: string, rect: (t: TableState, col: number, ex: Exec) => Rect): SimRange {
    return this._create(SimRange, method, [], (ex, h: ColumnHandle) => {
      const { table, col } = columnOf(h, ex, `TableColumn.${method}`);
      return rangeOf(table, rect(table, col, ex));
    });
  }

  getRange(): SimRange {
    return this.part("getRange", (t, c) => ({ ...t.rect, c0: c, c1: c }));
  }

  getHeaderRowRange(): SimRange {
    return this.part("getHeaderRowRange", (t, c) => ({ r0: t.rect.r0, r1: t.rect.r0, c0: c, c1: c }));
  }

  getDataBodyRange(): SimRange {
    return this.part("getDataBodyRange", (t, c, ex) => ({ ...ex.model.tableBody(t), c0: c, c1: c }));
  }

  delete(): void {
    throw new SimOfficeError(
      "NotImplemented",
      "deleting table columns is not modelled by the simulator",
      "TableColumn.delete",
    );
  }
}

defineType<ColumnHandle>(SimTableColumn, "TableColumn", {
  name: {
    get: (h, ex) => columnOf(h, ex, "TableColumn.name").table.columns[h.index],
    set: (h, v, ex) => {
      ex.context._requireApi("1.4", "TableColumn.name (set)");
      const { table, col } = columnOf(h, ex, "TableColumn.name");
      const sheet = sheetOf(table, ex);
      sheet.cells.ensure(table.rect.r0, col).value = expectString(v, "TableColumn.name");
      ex.model.refreshTableHeaders(sheet, table.rect);
    },
  },
  id: { get: (h) => h.index + 1 },
  index: { get: (h) => h.index },
  values: {
    get: (h, ex) => {
      const { table, col } = columnOf(h, ex, "TableColumn.values");
      const sheet = sheetOf(table, ex);
      const out: unknown[][] = [];
      for (let r = table.rect.r0; r <= table.rect.r1; r++) out.push([ex.model.cellValue(sheet, r, col) ?? ""]);
      return out;
    },
    set: (h, v, ex) => {
      const { table, col } = columnOf(h, ex, "TableColumn.values");
      const rect = { ...table.rect, c0: col, c1: col };
      if (!Array.isArray(v) || v.length !== rows(rect) || v.some((row) => !Array.isArray(row) || row.length !== 1)) {
        fail("InvalidArgument", "the values must be one per row of the column, header included", "TableColumn.values");
      }
      const sheet = sheetOf(table, ex);
      ex.model.writeBlock(sheet, rect, (i) => (v as unknown[][])[i][0], "TableColumn.values");
      ex.changed(sheet.id, rect, "RangeEdited", area(rect));
    },
    readCells: (h, ex) => rows(tableOf(h.tableId, ex, "TableColumn.values").rect),
  },
});

/** Writes rows of values into a table body at `at`, inserting cells under the table's columns (TableRowCollection.add). */
function insertTableRows(ex: Exec, table: TableState, sheet: SheetState, at: number, values: unknown[][]): Rect {
  const span = { c0: table.rect.c0, c1: table.rect.c1 };
  const appending = at > table.rect.r1;
  shiftRows(ex.model, sheet, span, at, values.length);
  if (appending) table.rect = { ...table.rect, r1: table.rect.r1 + values.length };
  const rect = { r0: at, r1: at + values.length - 1, ...span };
  ex.model.writeBlock(sheet, rect, (i, j) => values[i][j], "TableRowCollection.add");
  ex.changed(sheet.id, rect, "RowInserted", area(rect));
  return rect;
}

/** Excel.TableRowCollection. */
export class SimTableRowCollection extends SimCollection<SimTableRow, string> {
  declare readonly count: number;

  protected _itemHandles(id: string, ex: Exec): unknown[] {
    const table = tableOf(id, ex, "TableRowCollection");
    return Array.from({ length: rows(ex.model.tableBody(table)) }, (_, index) => ({ tableId: id, index }));
  }

  protected _makeItem(handle: unknown): SimTableRow {
    return new SimTableRow(this.context, boundOrigin(handle as ColumnHandle));
  }

  /**
   * Adds rows (Microsoft's co-authoring guidance says never to use this: concurrent adds collide). Every call is
   * counted in stats.tableRowAddCalls so tests can assert the adapter never makes one.
   */
  add(index?: number | null, values?: unknown[][] | unknown, alwaysInsert?: boolean): SimTableRow {
    this.context._session.stats.tableRowAddCalls += 1;
    return this._create(
      SimTableRow,
      "add",
      [index, values, alwaysInsert],
      (ex, id: string) => {
        const location = "TableRowCollection.add";
        const table = tableOf(id, ex, location);
        const body = ex.model.tableBody(table);
        const width = cols(table.rect);
        const block =
          values === undefined
            ? [Array(width).fill(null)]
            : Array.isArray(values) && Array.isArray(values[0])
              ? (values as unknown[][])
              : [Array(width).fill(values)];
        if (block.some((row) => !Array.isArray(row) || row.length !== width))
          fail("InvalidArgument", `each row needs ${width} values`, location);
        const count = rows(body);
        const position = index === undefined || index === null || index === -1 ? count : index;
        if (position < 0 || position > count)
          fail("InvalidArgument", `row index ${index} is outside the table`, location);
        insertTableRows(ex, table, sheetOf(table, ex), body.r0 + position, block);
        return { tableId: id, index: position };
      },
      { sideEffects: true },
    );
  }

  getItemAt(index: number): SimTableRow {
    return this._create(SimTableRow, "getItemAt", [index], (ex, id: string) => {
      const table = tableOf(id, ex, "TableRowCollection.getItemAt");
      return index >= 0 && index < rows(ex.model.tableBody(table))
        ? { tableId: id, index }
        : fail("ItemNotFound", `no row at ${index}`, "TableRowCollection.getItemAt");
    });
  }
}

defineType<string>(SimTableRowCollection, "TableRowCollection", {
  count: { get: (id, ex) => rows(ex.model.tableBody(tableOf(id, ex, "TableRowCollection.count"))) },
});

function rowRect(h: ColumnHandle, ex: Exec, location: string): { table: TableState; rect: Rect } {
  const table = tableOf(h.tableId, ex, location);
  const r = ex.model.tableBody(table).r0 + h.index;
  if (r > table.rect.r1) fail("ItemNotFound", "the row no longer exists", location);
  return { table, rect: { ...table.rect, r0: r, r1: r } };
}

/** Excel.TableRow. */
export class SimTableRow extends SimClientObject<ColumnHandle> {
  declare readonly index: number;
  declare values: unknown[][];

  getRange(): SimRange {
    return this._create(SimRange, "getRange", [], (ex, h: ColumnHandle) => {
      const { table, rect } = rowRect(h, ex, "TableRow.getRange");
      return rangeOf(table, rect);
    });
  }

  /** Deletes the row; the cells below it in the table's columns move up. */
  delete(): void {
    this._call("delete", [], (h, ex) => {
      const { table, rect } = rowRect(h, ex, "TableRow.delete");
      const sheet = sheetOf(table, ex);
      shiftRows(ex.model, sheet, { c0: table.rect.c0, c1: table.rect.c1 }, rect.r0, -1);
      ex.changed(sheet.id, rect, "RowDeleted");
    });
  }
}

defineType<ColumnHandle>(SimTableRow, "TableRow", {
  index: { get: (h) => h.index },
  values: {
    get: (h, ex) => {
      const { table, rect } = rowRect(h, ex, "TableRow.values");
      const sheet = sheetOf(table, ex);
      const row: unknown[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) row.push(ex.model.cellValue(sheet, rect.r0, c) ?? "");
      return [row];
    },
    set: (h, v, ex) => {
      const { table, rect } = rowRect(h, ex, "TableRow.values");
      if (!Array.isArray(v) || v.length !== 1 || !Array.isArray(v[0]) || v[0].length !== cols(rect))
        fail("InvalidArgument", `a row takes [[${cols(rect)} values]]`, "TableRow.values");
      const sheet = sheetOf(table, ex);
      ex.model.writeBlock(sheet, rect, (_i, j) => (v as unknown[][])[0][j], "TableRow.values");
      ex.changed(sheet.id, rect, "RangeEdited", cols(rect));
    },
    readCells: (h, ex) => cols(tableOf(h.tableId, ex, "TableRow.values").rect),
  },
});

/** Excel.TableSort. */
export class SimTableSort extends SimClientObject<string> {
  /** Sorts the table body by one or more columns (first field is the primary key). */
  apply(fields: { key: number; ascending?: boolean }[]): void {
    this._call("apply", [fields], (id, ex) => {
      const location = "TableSort.apply";
      const table = tableOf(id, ex, location);
      if (!Array.isArray(fields) || !fields.length) fail("InvalidArgument", "sort fields are required", location);
      const sheet = sheetOf(table, ex);
      const body = ex.model.tableBody(table);
      for (const field of [...fields].reverse()) {
        if (field.key < 0 || field.key >= cols(table.rect))
          fail("InvalidArgument", `sort key ${field.key} is outside the table`, location);
        sortRows(ex.model, sheet, body, table.rect.c0 + field.key, field.ascending !== false);
      }
      ex.changed(sheet.id, body, "RangeEdited");
    });
  }
}

defineType<string>(SimTableSort, "TableSort", {});
