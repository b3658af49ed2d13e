// PivotTables (ExcelApi 1.8): creation from a table, range or address; row/column/data/filter hierarchies; refresh.
// The simulator computes each pivot's numbers from its cache but does not draw it into cells (see pivot-model.ts).
import type { Exec } from "./context";
import { SimOfficeError, expectBoolean, expectOneOf, expectString, fail } from "./errors";
import { PropDef, SimClientObject, SimCollection, boundOrigin, defineType } from "./proxy";
import { defaultDataName, defaultSummary, sourceArea, takeCache } from "./pivot-model";
import { SimRange, anyRangeArg } from "./range";
import { PivotDataState, PivotSource, PivotState } from "./state";
import { SimTable } from "./table";
import { SimWorksheet } from "./worksheet";
import { intersect } from "./address";

const PIVOT_API = "1.8";
const SUMMARIES = [
  "Automatic",
  "Sum",
  "Count",
  "Average",
  "Max",
  "Min",
  "Product",
  "CountNumbers",
  "StandardDeviation",
  "StandardDeviationP",
  "Variance",
  "VarianceP",
] as const;

function pivotOf(id: string, ex: Exec, location: string): PivotState {
  return (
    ex.model.state.pivots.find((p) => p.id === id) ?? fail("ItemNotFound", "the PivotTable no longer exists", location)
  );
}

/** workbook.pivotTables (sheetId null) or sheet.pivotTables. */
interface PivotsHandle {
  sheetId: string | null;
}

function pivotsIn(h: PivotsHandle, ex: Exec): PivotState[] {
  return ex.model.state.pivots.filter((p) => h.sheetId === null || p.sheetId === h.sheetId);
}

function findPivot(h: PivotsHandle, ex: Exec, name: string): PivotState | undefined {
  return pivotsIn(h, ex).find((p) => p.name.toLowerCase() === String(name).toLowerCase());
}

/** A PivotTable source argument: a Table proxy, a Range proxy, a table name, or an address. */
function sourceArg(ex: Exec, source: unknown, h: PivotsHandle, location: string): PivotSource {
  if (source instanceof SimTable) {
    const id = source._bind(ex) ?? fail("InvalidArgument", "the source table is a null object", location);
    return { kind: "table", tableId: id };
  }
  if (typeof source === "string") {
    const table = ex.model.tableByName(source);
    if (table) return { kind: "table", tableId: table.id };
  }
  const home = h.sheetId === null ? ex.model.activeSheet() : ex.model.requireSheet(h.sheetId, location);
  const { sheet, rect } = anyRangeArg(ex, source, home, location);
  return { kind: "range", sheetId: sheet.id, rect };
}

function refresh(ex: Exec, pivot: PivotState, location: string): void {
  pivot.cache = takeCache(ex.model, pivot.source, location);
  const known = new Set(pivot.cache.fields);
  pivot.rows = pivot.rows.filter((f) => known.has(f));
  pivot.columns = pivot.columns.filter((f) => known.has(f));
  pivot.filters = pivot.filters.filter((f) => known.has(f));
  pivot.data = pivot.data.filter((d) => known.has(d.field));
  pivot.refreshCount += 1;
}

/** Excel.PivotTableCollection of the workbook or of one sheet. */
export class SimPivotTableCollection extends SimCollection<SimPivotTable, PivotsHandle> {
  protected _itemHandles(h: PivotsHandle, ex: Exec): unknown[] {
    return pivotsIn(h, ex).map((p) => p.id);
  }

  protected _makeItem(handle: unknown): SimPivotTable {
    return new SimPivotTable(this.context, boundOrigin(handle as string));
  }

  /** Creates a PivotTable from a Table (recommended: refresh then sees new rows), a Range or an address (ExcelApi 1.8). */
  add(name: string, source: SimTable | SimRange | string, destination: SimRange | string): SimPivotTable {
    return this._create(
      SimPivotTable,
      "add",
      [name, source, destination],
      (ex, h: PivotsHandle) => {
        const location = "PivotTableCollection.add";
        const pivotName = expectString(name, location).trim();
        if (!pivotName) fail("InvalidArgument", "a PivotTable needs a name", location);
        if (ex.model.state.pivots.some((p) => p.name.toLowerCase() === pivotName.toLowerCase()))
          fail("ItemAlreadyExists", `a PivotTable named "${pivotName}" already exists`, location);
        const pivotSource = sourceArg(ex, source, h, location);
        const home = h.sheetId === null ? ex.model.activeSheet() : ex.model.requireSheet(h.sheetId, location);
        const dest = anyRangeArg(ex, destination, home, location);
        const src = sourceArea(ex.model, pivotSource, location);
        const corner = { r0: dest.rect.r0, c0: dest.rect.c0, r1: dest.rect.r0, c1: dest.rect.c0 };
        if (src.sheet.id === dest.sheet.id && intersect(src.rect, corner))
          fail("InvalidArgument", "the PivotTable would overlap its source data", location);
        const pivot: PivotState = {
          id: ex.model.newId("pivot"),
          name: pivotName,
          sheetId: dest.sheet.id,
          destination: { row: dest.rect.r0, col: dest.rect.c0 },
          source: pivotSource,
          cache: takeCache(ex.model, pivotSource, location),
          rows: [],
          columns: [],
          filters: [],
          data: [],
          layout: {},
          refreshCount: 0,
        };
        ex.model.state.pivots.push(pivot);
        return pivot.id;
      },
      { sideEffects: true, api: PIVOT_API },
    );
  }

  getItem(name: string): SimPivotTable {
    return this._create(
      SimPivotTable,
      "getItem",
      [name],
      (ex, h: PivotsHandle) =>
        (findPivot(h, ex, name) ?? fail("ItemNotFound", `no PivotTable "${name}"`, "PivotTableCollection.getItem")).id,
    );
  }

  getItemOrNullObject(name: string): SimPivotTable {
    return this._create(
      SimPivotTable,
      "getItemOrNullObject",
      [name],
      (ex, h: PivotsHandle) => findPivot(h, ex, name)?.id ?? null,
      { api: "1.4" },
    );
  }

  /** Refreshes every PivotTable in the collection from its source. */
  refreshAll(): void {
    this._call("refreshAll", [], (h, ex) => {
      for (const pivot of pivotsIn(h, ex)) refresh(ex, pivot, "PivotTableCollection.refreshAll");
    });
  }
}

defineType<PivotsHandle>(SimPivotTableCollection, "PivotTableCollection", {});

/** Excel.PivotTable: its numbers come from a cache taken at creation and refresh. */
export class SimPivotTable extends SimClientObject<string> {
  declare name: string;
  declare readonly id: string;
  declare readonly hierarchies: SimPivotHierarchyCollection;
  declare readonly rowHierarchies: SimRowColumnPivotHierarchyCollection;
  declare readonly columnHierarchies: SimRowColumnPivotHierarchyCollection;
  declare readonly filterHierarchies: SimRowColumnPivotHierarchyCollection;
  declare readonly dataHierarchies: SimDataPivotHierarchyCollection;
  declare readonly layout: SimPivotLayout;
  declare readonly worksheet: SimWorksheet;

  /** Re-reads the source (a table source includes rows added since), keeping the hierarchies whose fields still exist. */
  refresh(): void {
    this._call("refresh", [], (id, ex) => refresh(ex, pivotOf(id, ex, "PivotTable.refresh"), "PivotTable.refresh"));
  }

  delete(): void {
    this._call(
      "delete",
      [],
      (id, ex) => {
        const pivot = pivotOf(id, ex, "PivotTable.delete");
        ex.model.state.pivots = ex.model.state.pivots.filter((p) => p !== pivot);
      },
      PIVOT_API,
    );
  }
}

const axisNav = (axis: Axis) => (self: SimPivotTable) => {
  self.context._requireApi(PIVOT_API, `PivotTable.${axis}Hierarchies`);
  return axis === "data"
    ? self._navigate(SimDataPivotHierarchyCollection, (_ex, id: string) => id)
    : self._navigate(SimRowColumnPivotHierarchyCollection, (_ex, id: string) => ({ pivotId: id, axis }));
};

defineType<string>(
  SimPivotTable,
  "PivotTable",
  {
    name: {
      get: (id, ex) => pivotOf(id, ex, "PivotTable.name").name,
      set: (id, v, ex) => {
        const pivot = pivotOf(id, ex, "PivotTable.name");
        const name = expectString(v, "PivotTable.name").trim();
        if (!name) fail("InvalidArgument", "a PivotTable needs a name", "PivotTable.name");
        if (ex.model.state.pivots.some((p) => p !== pivot && p.name.toLowerCase() === name.toLowerCase()))
          fail("ItemAlreadyExists", `a PivotTable named "${name}" already exists`, "PivotTable.name");
        pivot.name = name;
      },
    },
    id: { get: (id) => id, api: "1.5" },
  },
  {
    hierarchies: (self: SimPivotTable) => {
      self.context._requireApi(PIVOT_API, "PivotTable.hierarchies");
      return self._navigate(SimPivotHierarchyCollection, (_ex, id: string) => id);
    },
    rowHierarchies: axisNav("rows"),
    columnHierarchies: axisNav("columns"),
    filterHierarchies: axisNav("filters"),
    dataHierarchies: axisNav("data"),
    layout: (self: SimPivotTable) => {
      self.context._requireApi(PIVOT_API, "PivotTable.layout");
      return self._navigate(SimPivotLayout, (_ex, id: string) => id);
    },
    worksheet: (self: SimPivotTable) =>
      self._navigate(SimWorksheet, (ex, id: string) => pivotOf(id, ex, "PivotTable.worksheet").sheetId),
  },
);

/** A source field of a pivot. */
interface FieldHandle {
  pivotId: string;
  field: string;
}

/** Excel.PivotHierarchyCollection: one hierarchy per source header. */
export class SimPivotHierarchyCollection extends SimCollection<SimPivotHierarchy, string> {
  protected _itemHandles(id: string, ex: Exec): unknown[] {
    return pivotOf(id, ex, "PivotHierarchyCollection").cache.fields.map((field) => ({ pivotId: id, field }));
  }

  protected _makeItem(handle: unknown): SimPivotHierarchy {
    return new SimPivotHierarchy(this.context, boundOrigin(handle as FieldHandle));
  }

  protected override _countApi(): string {
    return PIVOT_API;
  }

  /** A source field by its header name (any case); an unknown name fails the sync with ItemNotFound. */
  getItem(name: string): SimPivotHierarchy {
    return this._create(SimPivotHierarchy, "getItem", [name], (ex, id: string) => {
      const field = pivotOf(id, ex, "PivotHierarchyCollection.getItem").cache.fields.find(
        (f) => f.toLowerCase() === String(name).toLowerCase(),
      );
      return field
        ? { pivotId: id, field }
        : fail("ItemNotFound", `the pivot has no field "${name}"`, "PivotHierarchyCollection.getItem");
    });
  }

  getItemOrNullObject(name: string): SimPivotHierarchy {
    return this._create(SimPivotHierarchy, "getItemOrNullObject", [name], (ex, id: string) => {
      const field = pivotOf(id, ex, "PivotHierarchyCollection.getItemOrNullObject").cache.fields.find(
        (f) => f.toLowerCase() === String(name).toLowerCase(),
      );
      return field ? { pivotId: id, field } : null;
    });
  }
}

defineType<string>(SimPivotHierarchyCollection, "PivotHierarchyCollection", {});

/** Excel.PivotHierarchy: a source field. */
export class SimPivotHierarchy extends SimClientObject<FieldHandle> {
  declare readonly name: string;
  declare readonly id: string;
}

defineType<FieldHandle>(SimPivotHierarchy, "PivotHierarchy", {
  name: { get: (h) => h.field },
  id: { get: (h) => h.field },
});

type Axis = "rows" | "columns" | "filters" | "data";
type AxisList = "rows" | "columns" | "filters";

interface AxisHandle {
  pivotId: string;
  axis: AxisList;
}

interface AxisFieldHandle extends AxisHandle {
  field: string;
}

/** The field a hierarchy argument stands for, checked to belong to the same pivot. */
function fieldArg(ex: Exec, pivotId: string, hierarchy: unknown, location: string): string {
  if (!(hierarchy instanceof SimClientObject))
    fail("InvalidArgument", "pass a PivotHierarchy from pivot.hierarchies.getItem()", location);
  const h =
    (hierarchy as SimClientObject<FieldHandle>)._bind(ex) ??
    fail("InvalidArgument", "the hierarchy is a null object", location);
  if (h.pivotId !== pivotId || typeof h.field !== "string")
    fail("InvalidArgument", "the hierarchy belongs to another PivotTable", location);
  return h.field;
}

/** The row, column or filter hierarchies of a pivot. */
export class SimRowColumnPivotHierarchyCollection extends SimCollection<SimRowColumnPivotHierarchy, AxisHandle> {
  protected _itemHandles(h: AxisHandle, ex: Exec): unknown[] {
    return pivotOf(h.pivotId, ex, "RowColumnPivotHierarchyCollection")[h.axis].map((field) => ({ ...h, field }));
  }

  protected _makeItem(handle: unknown): SimRowColumnPivotHierarchy {
    return new SimRowColumnPivotHierarchy(this.context, boundOrigin(handle as AxisFieldHandle));
  }

  protected override _countApi(): string {
    return PIVOT_API;
  }

  /** Puts a field on this axis; a field already on another row/column/filter axis moves here, as in Excel. */
  add(pivotHierarchy: SimPivotHierarchy): SimRowColumnPivotHierarchy {
    return this._create(
      SimRowColumnPivotHierarchy,
      "add",
      [pivotHierarchy],
      (ex, h: AxisHandle) => {
        const location = `${h.axis}Hierarchies.add`;
        const pivot = pivotOf(h.pivotId, ex, location);
        const field = fieldArg(ex, h.pivotId, pivotHierarchy, location);
        if (pivot[h.axis].includes(field)) fail("InvalidArgument", `"${field}" is already on this axis`, location);
        for (const axis of ["rows", "columns", "filters"] as const)
          pivot[axis] = pivot[axis].filter((f) => f !== field);
        pivot[h.axis].push(field);
        return { ...h, field };
      },
      { sideEffects: true },
    );
  }

  remove(hierarchy: SimRowColumnPivotHierarchy): void {
    this._call("remove", [hierarchy], (h, ex) => {
      const pivot = pivotOf(h.pivotId, ex, `${h.axis}Hierarchies.remove`);
      const field = fieldArg(ex, h.pivotId, hierarchy, `${h.axis}Hierarchies.remove`);
      pivot[h.axis] = pivot[h.axis].filter((f) => f !== field);
    });
  }

  getItem(name: string): SimRowColumnPivotHierarchy {
    return this._create(SimRowColumnPivotHierarchy, "getItem", [name], (ex, h: AxisHandle) => {
      const field = pivotOf(h.pivotId, ex, `${h.axis}Hierarchies.getItem`)[h.axis].find(
        (f) => f.toLowerCase() === String(name).toLowerCase(),
      );
      return field
        ? { ...h, field }
        : fail("ItemNotFound", `"${name}" is not on this axis`, `${h.axis}Hierarchies.getItem`);
    });
  }
}

defineType<AxisHandle>(SimRowColumnPivotHierarchyCollection, "RowColumnPivotHierarchyCollection", {});

/** Excel.RowColumnPivotHierarchy: a field placed on rows, columns or filters. */
export class SimRowColumnPivotHierarchy extends SimClientObject<AxisFieldHandle> {
  declare readonly name: string;
  declare readonly id: string;
  declare position: number;
}

defineType<AxisFieldHandle>(SimRowColumnPivotHierarchy, "RowColumnPivotHierarchy", {
  name: { get: (h) => h.field },
  id: { get: (h) => h.field },
  position: {
    get: (h, ex) => pivotOf(h.pivotId, ex, "RowColumnPivotHierarchy.position")[h.axis].indexOf(h.field),
    set: (h, v, ex) => {
      const list = pivotOf(h.pivotId, ex, "RowColumnPivotHierarchy.position")[h.axis];
      const from = list.indexOf(h.field);
      if (from < 0) fail("ItemNotFound", "the hierarchy was removed", "RowColumnPivotHierarchy.position");
      list.splice(from, 1);
      list.splice(Math.max(0, Math.min(Number(v), list.length)), 0, h.field);
    },
  },
});

interface DataHandle {
  pivotId: string;
  dataId: string;
}

function dataOf(h: DataHandle, ex: Exec, location: string): { pivot: PivotState; data: PivotDataState } {
  const pivot = pivotOf(h.pivotId, ex, location);
  const data =
    pivot.data.find((d) => d.id === h.dataId) ?? fail("ItemNotFound", "the data hierarchy was removed", location);
  return { pivot, data };
}

/** Excel.DataPivotHierarchyCollection: the value fields of a pivot. */
export class SimDataPivotHierarchyCollection extends SimCollection<SimDataPivotHierarchy, string> {
  protected _itemHandles(id: string, ex: Exec): unknown[] {
    return pivotOf(id, ex, "DataPivotHierarchyCollection").data.map((d) => ({ pivotId: id, dataId: d.id }));
  }

  protected _makeItem(handle: unknown): SimDataPivotHierarchy {
    return new SimDataPivotHierarchy(this.context, boundOrigin(handle as DataHandle));
  }

  protected override _countApi(): string {
    return PIVOT_API;
  }

  /** Adds a value field; Excel picks Sum for all-number fields and Count otherwise, so set summarizeBy explicitly. */
  add(pivotHierarchy: SimPivotHierarchy): SimDataPivotHierarchy {
    return this._create(
      SimDataPivotHierarchy,
      "add",
      [pivotHierarchy],
      (ex, id: string) => {
        const pivot = pivotOf(id, ex, "dataHierarchies.add");
        const field = fieldArg(ex, id, pivotHierarchy, "dataHierarchies.add");
        const summarizeBy = defaultSummary(pivot.cache, field);
        const data: PivotDataState = {
          id: ex.model.newId("data"),
          name: "",
          field,
          summarizeBy,
          customName: false,
          numberFormat: "General",
        };
        data.name = defaultDataName(pivot, field, summarizeBy, data);
        pivot.data.push(data);
        return { pivotId: id, dataId: data.id };
      },
      { sideEffects: true },
    );
  }

  remove(hierarchy: SimDataPivotHierarchy): void {
    this._call("remove", [hierarchy], (id, ex) => {
      const h =
        hierarchy._bind(ex) ?? fail("InvalidArgument", "the hierarchy is a null object", "dataHierarchies.remove");
      const pivot = pivotOf(id, ex, "dataHierarchies.remove");
      pivot.data = pivot.data.filter((d) => d.id !== h.dataId);
    });
  }

  getItem(name: string): SimDataPivotHierarchy {
    return this._create(SimDataPivotHierarchy, "getItem", [name], (ex, id: string) => {
      const data = pivotOf(id, ex, "dataHierarchies.getItem").data.find(
        (d) => d.name.toLowerCase() === String(name).toLowerCase(),
      );
      return data
        ? { pivotId: id, dataId: data.id }
        : fail("ItemNotFound", `no data hierarchy "${name}"`, "dataHierarchies.getItem");
    });
  }
}

defineType<string>(SimDataPivotHierarchyCollection, "DataPivotHierarchyCollection", {});

/** Excel.DataPivotHierarchy: a value field with its aggregation. */
export class SimDataPivotHierarchy extends SimClientObject<DataHandle> {
  declare name: string;
  declare readonly id: string;
  declare summarizeBy: string;
  declare numberFormat: string;
  declare position: number;
}

defineType<DataHandle>(SimDataPivotHierarchy, "DataPivotHierarchy", {
  name: {
    get: (h, ex) => dataOf(h, ex, "DataPivotHierarchy.name").data.name,
    set: (h, v, ex) => {
      const { pivot, data } = dataOf(h, ex, "DataPivotHierarchy.name");
      const name = expectString(v, "DataPivotHierarchy.name");
      if (
        pivot.data.some((d) => d !== data && d.name.toLowerCase() === name.toLowerCase()) ||
        pivot.cache.fields.some((f) => f.toLowerCase() === name.toLowerCase())
      ) {
        fail("InvalidArgument", `the PivotTable field name "${name}" already exists`, "DataPivotHierarchy.name");
      }
      data.name = name;
      data.customName = true;
    },
  },
  id: { get: (h) => h.dataId },
  summarizeBy: {
    get: (h, ex) => dataOf(h, ex, "DataPivotHierarchy.summarizeBy").data.summarizeBy,
    set: (h, v, ex) => {
      const { pivot, data } = dataOf(h, ex, "DataPivotHierarchy.summarizeBy");
      const how = expectOneOf(v, SUMMARIES, "DataPivotHierarchy.summarizeBy");
      data.summarizeBy = how === "Automatic" ? defaultSummary(pivot.cache, data.field) : how;
      if (!data.customName) data.name = defaultDataName(pivot, data.field, data.summarizeBy, data);
    },
  },
  numberFormat: {
    get: (h, ex) => dataOf(h, ex, "DataPivotHierarchy.numberFormat").data.numberFormat,
    set: (h, v, ex) => {
      dataOf(h, ex, "DataPivotHierarchy.numberFormat").data.numberFormat = expectString(
        v,
        "DataPivotHierarchy.numberFormat",
      );
    },
  },
  position: {
    get: (h, ex) => {
      const { pivot, data } = dataOf(h, ex, "DataPivotHierarchy.position");
      return pivot.data.indexOf(data);
    },
    set: (h, v, ex) => {
      const { pivot, data } = dataOf(h, ex, "DataPivotHierarchy.position");
      pivot.data.splice(pivot.data.indexOf(data), 1);
      pivot.data.splice(Math.max(0, Math.min(Number(v), pivot.data.length)), 0, data);
    },
  },
});

/** Layout settings Excel accepts, with their checks and defaults. */
const LAYOUT: Record<string, { check: (v: unknown, location: string) => unknown; fallback: unknown }> = {
  layoutType: { check: (v, l) => expectOneOf(v, ["Compact", "Tabular", "Outline"] as const, l), fallback: "Compact" },
  showRowGrandTotals: { check: expectBoolean, fallback: true },
  showColumnGrandTotals: { check: expectBoolean, fallback: true },
  subtotalLocation: { check: (v, l) => expectOneOf(v, ["AtTop", "AtBottom", "Off"] as const, l), fallback: "AtTop" },
  showFieldHeaders: { check: expectBoolean, fallback: true },
  autoFormat: { check: expectBoolean, fallback: true },
  preserveFormatting: { check: expectBoolean, fallback: true },
  enableFieldList: { check: expectBoolean, fallback: true },
  emptyCellText: { check: expectString, fallback: "" },
  fillEmptyCells: { check: expectBoolean, fallback: false },
};

/** Excel.PivotLayout: layout settings are stored and reported back. */
export class SimPivotLayout extends SimClientObject<string> {
  declare layoutType: string;
  declare showRowGrandTotals: boolean;
  declare showColumnGrandTotals: boolean;
  declare subtotalLocation: string;
  declare showFieldHeaders: boolean;
  declare autoFormat: boolean;
  declare preserveFormatting: boolean;
  declare enableFieldList: boolean;
  declare emptyCellText: string;
  declare fillEmptyCells: boolean;

  /** Pivots are not drawn into cells, so their ranges do not exist in the simulator. */
  getRange(): never {
    throw new SimOfficeError(
      "NotImplemented",
      "PivotLayout ranges are not modelled: pivots are not rendered into cells",
      "PivotLayout.getRange",
    );
  }
}

defineType<string>(
  SimPivotLayout,
  "PivotLayout",
  Object.fromEntries(
    Object.entries(LAYOUT).map(([key, { check, fallback }]): [string, PropDef<string>] => [
      key,
      {
        get: (id, ex) => pivotOf(id, ex, `PivotLayout.${key}`).layout[key] ?? fallback,
        set: (id, v, ex) => {
          pivotOf(id, ex, `PivotLayout.${key}`).layout[key] = check(v, `PivotLayout.${key}`);
        },
      },
    ]),
  ),
);
