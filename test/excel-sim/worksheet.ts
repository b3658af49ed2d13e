// Worksheets, the worksheet collection, freeze panes, page layout and worksheet custom properties.
import { MAX_COLUMNS, MAX_ROWS, WHOLE_SHEET, columnName, parseRef, rectToA1, splitSheet } from "./address";
import { normalizeColor } from "./colors";
import type { Exec } from "./context";
import { SimEventHandlers } from "./events";
import { expectBoolean, expectNumber, expectOneOf, expectString, fail } from "./errors";
import { PropDef, SimClientObject, SimClientResult, SimCollection, boundOrigin, defineType } from "./proxy";
import { RangeHandle, SimRange, SimRangeAreas, checkedRect, rectArg } from "./range";
import { SimChartCollection } from "./chart";
import { SimPivotTableCollection } from "./pivot";
import { SimTableCollection } from "./table";
import { SheetState, Visibility } from "./state";

function sheetAt(id: string, ex: Exec, location: string): SheetState {
  return ex.model.requireSheet(id, location);
}

/** Parses a worksheet.getRange() address: bare, or prefixed with this sheet's own name. */
function rangeOnSheet(ex: Exec, sheet: SheetState, address: string | undefined, location: string): RangeHandle {
  if (address === undefined) return { sheetId: sheet.id, rect: WHOLE_SHEET };
  if (typeof address === "string" && address.length > 8192)
    fail("InvalidArgument", "an address is limited to 8192 characters", location);
  return { sheetId: sheet.id, rect: rectArg(ex, sheet, address, location) };
}

/** Excel.Worksheet, bound to the sheet's id (renames do not break it). */
export class SimWorksheet extends SimClientObject<string> {
  declare name: string;
  declare readonly id: string;
  declare position: number;
  declare visibility: Visibility;
  declare tabColor: string;
  declare showGridlines: boolean;
  declare readonly tables: SimTableCollection;
  declare readonly charts: SimChartCollection;
  declare readonly pivotTables: SimPivotTableCollection;
  declare readonly freezePanes: SimWorksheetFreezePanes;
  declare readonly pageLayout: SimPageLayout;
  declare readonly customProperties: SimWorksheetCustomPropertyCollection;
  private changedHandlers?: SimEventHandlers;

  /** Fires after data changes on this sheet, with source "Local" or "Remote" (ExcelApi 1.7). */
  get onChanged(): SimEventHandlers {
    this.context._requireApi("1.7", "Worksheet.onChanged");
    this.changedHandlers ??= new SimEventHandlers(
      this.context,
      (ex) => {
        const id = this._bind(ex);
        return id === null ? null : { kind: "worksheet", sheetId: id };
      },
      "Worksheet.onChanged",
    );
    return this.changedHandlers;
  }

  /** A range by A1 address ("A1:C3", "A:A", "2:4"); the whole sheet without an address. */
  getRange(address?: string): SimRange {
    return this._create(SimRange, "getRange", [address], (ex, id: string) =>
      rangeOnSheet(ex, sheetAt(id, ex, "Worksheet.getRange"), address, "Worksheet.getRange"),
    );
  }

  /** A range by 0-based indexes and size (ExcelApi 1.7). */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this._create(
      SimRange,
      "getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      (_ex, id: string) => ({
        sheetId: id,
        rect: checkedRect(
          { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 },
          "Worksheet.getRangeByIndexes",
        ),
      }),
      { api: "1.7" },
    );
  }

  getCell(row: number, column: number): SimRange {
    return this._create(SimRange, "getCell", [row, column], (_ex, id: string) => ({
      sheetId: id,
      rect: checkedRect({ r0: row, c0: column, r1: row, c1: column }, "Worksheet.getCell"),
    }));
  }

  /** Several areas at once ("A1:B2, D4") as RangeAreas (ExcelApi 1.9). */
  getRanges(address: string): SimRangeAreas {
    return this._create(
      SimRangeAreas,
      "getRanges",
      [address],
      (ex, id: string) => {
        const sheet = sheetAt(id, ex, "Worksheet.getRanges");
        return {
          sheetId: id,
          rects: expectString(address, "Worksheet.getRanges")
            .split(",")
            .map((part) => rectArg(ex, sheet, part.trim(), "Worksheet.getRanges")),
        };
      },
      { api: "1.9" },
    );
  }

  /** The used range; on an empty sheet Excel answers A1 rather than failing. */
  getUsedRange(valuesOnly = false): SimRange {
    return this._create(SimRange, "getUsedRange", [valuesOnly], (ex, id: string) => ({
      sheetId: id,
      rect: ex.model.usedRect(sheetAt(id, ex, "Worksheet.getUsedRange"), valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    }));
  }

  /** The used range, or a null object on an empty sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this._create(
      SimRange,
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (ex, id: string) => {
        const used = ex.model.usedRect(sheetAt(id, ex, "Worksheet.getUsedRangeOrNullObject"), valuesOnly);
        return used ? { sheetId: id, rect: used } : null;
      },
      { api: "1.4" },
    );
  }

  activate(): void {
    this._call("activate", [], (id, ex) => {
      const sheet = sheetAt(id, ex, "Worksheet.activate");
      if (sheet.visibility !== "Visible")
        fail("InvalidOperation", "a hidden sheet cannot be activated", "Worksheet.activate");
      ex.model.state.activeSheetId = id;
    });
  }

  delete(): void {
    this._call("delete", [], (id, ex) => ex.model.deleteSheet(sheetAt(id, ex, "Worksheet.delete"), "Worksheet.delete"));
  }

  /** Calculation is immediate in the simulator, so this only records the call. */
  calculate(markAllDirty: boolean): void {
    this._call("calculate", [markAllDirty], () => undefined, "1.6");
  }
}

defineType<string>(
  SimWorksheet,
  "Worksheet",
  {
    name: {
      get: (id, ex) => sheetAt(id, ex, "Worksheet.name").name,
      set: (id, v, ex) =>
        ex.model.renameSheet(sheetAt(id, ex, "Worksheet.name"), expectString(v, "Worksheet.name"), "Worksheet.name"),
    },
    id: { get: (id) => id },
    position: {
      get: (id, ex) => ex.model.state.sheets.findIndex((s) => s.id === id),
      set: (id, v, ex) => {
        const sheets = ex.model.state.sheets;
        const sheet = sheetAt(id, ex, "Worksheet.position");
        const target = expectNumber(v, "Worksheet.position", 0, sheets.length - 1);
        sheets.splice(sheets.indexOf(sheet), 1);
        sheets.splice(target, 0, sheet);
      },
    },
    visibility: {
      get: (id, ex) => sheetAt(id, ex, "Worksheet.visibility").visibility,
      set: (id, v, ex) => {
        ex.context._requireApi("1.2", "Worksheet.visibility (set)");
        ex.model.setVisibility(sheetAt(id, ex, "Worksheet.visibility"), v as Visibility, "Worksheet.visibility");
      },
    },
    tabColor: {
      get: (id, ex) => sheetAt(id, ex, "Worksheet.tabColor").tabColor,
      set: (id, v, ex) => {
        sheetAt(id, ex, "Worksheet.tabColor").tabColor = v === "" ? "" : normalizeColor(v, "Worksheet.tabColor");
      },
      api: "1.7",
    },
    showGridlines: {
      get: (id, ex) => sheetAt(id, ex, "Worksheet.showGridlines").showGridlines,
      set: (id, v, ex) => {
        sheetAt(id, ex, "Worksheet.showGridlines").showGridlines = expectBoolean(v, "Worksheet.showGridlines");
      },
      api: "1.8",
    },
  },
  {
    tables: (self: SimWorksheet) => self._navigate(SimTableCollection, (_ex, id: string) => ({ sheetId: id })),
    charts: (self: SimWorksheet) => self._navigate(SimChartCollection, (_ex, id: string) => id),
    pivotTables: (self: SimWorksheet) => {
      self.context._requireApi("1.3", "Worksheet.pivotTables");
      return self._navigate(SimPivotTableCollection, (_ex, id: string) => ({ sheetId: id }));
    },
    freezePanes: (self: SimWorksheet) => {
      self.context._requireApi("1.7", "Worksheet.freezePanes");
      return self._navigate(SimWorksheetFreezePanes, (_ex, id: string) => id);
    },
    pageLayout: (self: SimWorksheet) => {
      self.context._requireApi("1.9", "Worksheet.pageLayout");
      return self._navigate(SimPageLayout, (_ex, id: string) => id);
    },
    customProperties: (self: SimWorksheet) => {
      self.context._requireApi("1.12", "Worksheet.customProperties");
      return self._navigate(SimWorksheetCustomPropertyCollection, (_ex, id: string) => id);
    },
  },
);

/** Excel.WorksheetCollection, in tab order. */
export class SimWorksheetCollection extends SimCollection<SimWorksheet, "sheets"> {
  private changedHandlers?: SimEventHandlers;

  protected _itemHandles(_h: "sheets", ex: Exec): unknown[] {
    return ex.model.state.sheets.map((s) => s.id);
  }

  protected _makeItem(handle: unknown): SimWorksheet {
    return new SimWorksheet(this.context, boundOrigin(handle as string));
  }

  /** Fires after data changes on any sheet (ExcelApi 1.9). */
  get onChanged(): SimEventHandlers {
    this.context._requireApi("1.9", "WorksheetCollection.onChanged");
    this.changedHandlers ??= new SimEventHandlers(
      this.context,
      () => ({ kind: "worksheets" }),
      "WorksheetCollection.onChanged",
    );
    return this.changedHandlers;
  }

  /** Adds a sheet at the end (not activated, as in Excel); a missing name becomes "SheetN". */
  add(name?: string): SimWorksheet {
    return this._create(SimWorksheet, "add", [name], (ex) => ex.model.addSheet(name, "WorksheetCollection.add").id, {
      sideEffects: true,
    });
  }

  /** A sheet by name (any case) or id; a missing one fails the sync with ItemNotFound. */
  getItem(key: string): SimWorksheet {
    return this._create(
      SimWorksheet,
      "getItem",
      [key],
      (ex) =>
        (ex.model.sheetByKey(key) ?? fail("ItemNotFound", `no worksheet "${key}"`, "WorksheetCollection.getItem")).id,
    );
  }

  getItemOrNullObject(key: string): SimWorksheet {
    return this._create(SimWorksheet, "getItemOrNullObject", [key], (ex) => ex.model.sheetByKey(key)?.id ?? null, {
      api: "1.4",
    });
  }

  getActiveWorksheet(): SimWorksheet {
    return this._create(SimWorksheet, "getActiveWorksheet", [], (ex) => ex.model.activeSheet().id);
  }

  getFirst(visibleOnly = false): SimWorksheet {
    return this._create(
      SimWorksheet,
      "getFirst",
      [visibleOnly],
      (ex) => ex.model.state.sheets.filter((s) => !visibleOnly || s.visibility === "Visible")[0].id,
      { api: "1.5" },
    );
  }

  getLast(visibleOnly = false): SimWorksheet {
    return this._create(
      SimWorksheet,
      "getLast",
      [visibleOnly],
      (ex) => ex.model.state.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").slice(-1)[0].id,
      { api: "1.5" },
    );
  }

  override getCount(visibleOnly = false): SimClientResult<number> {
    return this._callForResult(
      "getCount",
      [visibleOnly],
      (_h, ex) => ex.model.state.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
      "1.4",
    );
  }
}

defineType<"sheets">(SimWorksheetCollection, "WorksheetCollection", {});

/** Excel.WorksheetFreezePanes. */
export class SimWorksheetFreezePanes extends SimClientObject<string> {
  /** Freezes the top `count` rows (0 unfreezes rows). */
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (id, ex) => {
      sheetAt(id, ex, "WorksheetFreezePanes.freezeRows").freeze = {
        rows: expectNumber(count, "WorksheetFreezePanes.freezeRows", 0, MAX_ROWS),
        columns: 0,
      };
    });
  }

  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], (id, ex) => {
      sheetAt(id, ex, "WorksheetFreezePanes.freezeColumns").freeze = {
        rows: 0,
        columns: expectNumber(count, "WorksheetFreezePanes.freezeColumns", 0, MAX_COLUMNS),
      };
    });
  }

  /** Freezes the rows and columns above and left of the given range's bottom-right corner. */
  freezeAt(frozenRange: SimRange | string): void {
    this._call("freezeAt", [frozenRange], (id, ex) => {
      const sheet = sheetAt(id, ex, "WorksheetFreezePanes.freezeAt");
      const rect = rectArg(ex, sheet, frozenRange, "WorksheetFreezePanes.freezeAt");
      sheet.freeze = { rows: rect.r1 + 1, columns: rect.c1 + 1 };
    });
  }

  unfreeze(): void {
    this._call("unfreeze", [], (id, ex) => {
      sheetAt(id, ex, "WorksheetFreezePanes.unfreeze").freeze = { rows: 0, columns: 0 };
    });
  }

  /** The frozen cells as a range, or a null object when nothing is frozen. */
  getLocationOrNullObject(): SimRange {
    return this._create(SimRange, "getLocationOrNullObject", [], (ex, id: string) => {
      const { rows, columns } = sheetAt(id, ex, "WorksheetFreezePanes.getLocationOrNullObject").freeze;
      if (!rows && !columns) return null;
      return {
        sheetId: id,
        rect: { r0: 0, c0: 0, r1: rows ? rows - 1 : MAX_ROWS - 1, c1: columns ? columns - 1 : MAX_COLUMNS - 1 },
      };
    });
  }
}

defineType<string>(SimWorksheetFreezePanes, "WorksheetFreezePanes", {});

/** Excel's page setup defaults (margins in points). */
export const PAGE_LAYOUT_DEFAULTS: Record<string, unknown> = {
  orientation: "Portrait",
  paperSize: "Letter",
  centerHorizontally: false,
  centerVertically: false,
  printGridlines: false,
  printHeadings: false,
  blackAndWhite: false,
  draftMode: false,
  printOrder: "DownThenOver",
  printComments: "NoComments",
  printErrors: "AsDisplayed",
  firstPageNumber: "",
  leftMargin: 50.4,
  rightMargin: 50.4,
  topMargin: 54,
  bottomMargin: 54,
  headerMargin: 21.6,
  footerMargin: 21.6,
  zoom: { scale: 100 },
};

function pageProp(key: string, check: (v: unknown, location: string) => unknown): PropDef<string> {
  const location = `PageLayout.${key}`;
  return {
    get: (id, ex) => sheetAt(id, ex, location).pageLayout[key] ?? PAGE_LAYOUT_DEFAULTS[key],
    set: (id, v, ex) => {
      sheetAt(id, ex, location).pageLayout[key] = check(v, location);
    },
  };
}

function checkZoom(v: unknown, location: string): Record<string, number> {
  if (!v || typeof v !== "object") fail("InvalidArgument", "zoom must be an object", location);
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(v as Record<string, unknown>)) {
    if (!["scale", "horizontalFitToPages", "verticalFitToPages"].includes(k))
      fail("InvalidArgument", `unknown zoom option "${k}"`, location);
    if (n !== undefined && n !== null) out[k] = expectNumber(n, `${location}.${k}`, 0, 400);
  }
  if (out.scale !== undefined && (out.horizontalFitToPages !== undefined || out.verticalFitToPages !== undefined)) {
    fail("InvalidArgument", "zoom takes either a scale or fit-to-pages, not both", location);
  }
  return out;
}

const PAPER = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
] as const;

/** Excel.PageLayout: print settings are stored and reported back. */
export class SimPageLayout extends SimClientObject<string> {
  declare orientation: string;
  declare paperSize: string;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare printGridlines: boolean;
  declare printHeadings: boolean;
  declare blackAndWhite: boolean;
  declare draftMode: boolean;
  declare printOrder: string;
  declare printComments: string;
  declare printErrors: string;
  declare firstPageNumber: number | "";
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  declare zoom: Record<string, number>;

  /** Rows repeated at the top of every printed page ("$1:$4", "1:4" or a Range). */
  setPrintTitleRows(printTitleRows: SimRange | string): void {
    this._call("setPrintTitleRows", [printTitleRows], (id, ex) => {
      const sheet = sheetAt(id, ex, "PageLayout.setPrintTitleRows");
      const rect = rectArg(ex, sheet, printTitleRows, "PageLayout.setPrintTitleRows");
      sheet.pageLayout.printTitleRows = `$${rect.r0 + 1}:$${rect.r1 + 1}`;
    });
  }

  setPrintTitleColumns(printTitleColumns: SimRange | string): void {
    this._call("setPrintTitleColumns", [printTitleColumns], (id, ex) => {
      const sheet = sheetAt(id, ex, "PageLayout.setPrintTitleColumns");
      const rect = rectArg(ex, sheet, printTitleColumns, "PageLayout.setPrintTitleColumns");
      sheet.pageLayout.printTitleColumns = `$${columnName(rect.c0)}:$${columnName(rect.c1)}`;
    });
  }

  setPrintArea(printArea: SimRange | string): void {
    this._call("setPrintArea", [printArea], (id, ex) => {
      const sheet = sheetAt(id, ex, "PageLayout.setPrintArea");
      const parts = typeof printArea === "string" ? printArea.split(",") : [printArea];
      sheet.pageLayout.printArea = parts
        .map((p) => rectToA1(rectArg(ex, sheet, typeof p === "string" ? p.trim() : p, "PageLayout.setPrintArea")))
        .join(",");
    });
  }

  /** Sets margins given in points, inches or centimetres (stored in points). */
  setPrintMargins(unit: "Points" | "Inches" | "Centimeters", marginOptions: Record<string, number>): void {
    this._call("setPrintMargins", [unit, marginOptions], (id, ex) => {
      const factor = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 }[
        expectOneOf(unit, ["Points", "Inches", "Centimeters"] as const, "PageLayout.setPrintMargins")
      ];
      const layout = sheetAt(id, ex, "PageLayout.setPrintMargins").pageLayout;
      for (const [side, value] of Object.entries(marginOptions ?? {})) {
        const key = `${side}Margin`;
        if (!(key in PAGE_LAYOUT_DEFAULTS))
          fail("InvalidArgument", `unknown margin "${side}"`, "PageLayout.setPrintMargins");
        layout[key] = expectNumber(value, "PageLayout.setPrintMargins", 0) * factor;
      }
    });
  }

  /** The print title rows, or a null object when none are set. */
  getPrintTitleRowsOrNullObject(): SimRange {
    return this._create(SimRange, "getPrintTitleRowsOrNullObject", [], (ex, id: string) => {
      const text = sheetAt(id, ex, "PageLayout.getPrintTitleRowsOrNullObject").pageLayout.printTitleRows;
      return typeof text === "string" ? { sheetId: id, rect: parseRef(splitSheet(text).ref)! } : null;
    });
  }
}

const bool = (v: unknown, location: string) => expectBoolean(v, location);
const margin = (v: unknown, location: string) => expectNumber(v, location, 0);

defineType<string>(SimPageLayout, "PageLayout", {
  orientation: pageProp("orientation", (v, l) => expectOneOf(v, ["Portrait", "Landscape"] as const, l)),
  paperSize: pageProp("paperSize", (v, l) => expectOneOf(v, PAPER, l)),
  centerHorizontally: pageProp("centerHorizontally", bool),
  centerVertically: pageProp("centerVertically", bool),
  printGridlines: pageProp("printGridlines", bool),
  printHeadings: pageProp("printHeadings", bool),
  blackAndWhite: pageProp("blackAndWhite", bool),
  draftMode: pageProp("draftMode", bool),
  printOrder: pageProp("printOrder", (v, l) => expectOneOf(v, ["DownThenOver", "OverThenDown"] as const, l)),
  printComments: pageProp("printComments", (v, l) => expectOneOf(v, ["NoComments", "EndSheet", "InPlace"] as const, l)),
  printErrors: pageProp("printErrors", (v, l) =>
    expectOneOf(v, ["AsDisplayed", "Blank", "Dash", "NotAvailable"] as const, l),
  ),
  firstPageNumber: pageProp("firstPageNumber", (v, l) => (v === "" ? "" : expectNumber(v, l, 0))),
  leftMargin: pageProp("leftMargin", margin),
  rightMargin: pageProp("rightMargin", margin),
  topMargin: pageProp("topMargin", margin),
  bottomMargin: pageProp("bottomMargin", margin),
  headerMargin: pageProp("headerMargin", margin),
  footerMargin: pageProp("footerMargin", margin),
  zoom: pageProp("zoom", checkZoom),
});

/** A custom property on a sheet; keys are case-insensitive, as in Excel. */
interface PropertyHandle {
  sheetId: string;
  key: string;
}

function propertyOf(h: PropertyHandle, ex: Exec, location: string): { key: string; value: string } {
  return (
    sheetAt(h.sheetId, ex, location).customProperties.get(h.key) ??
    fail("ItemNotFound", `no custom property "${h.key}"`, location)
  );
}

/** Excel.WorksheetCustomPropertyCollection (ExcelApi 1.12). */
export class SimWorksheetCustomPropertyCollection extends SimCollection<SimWorksheetCustomProperty, string> {
  protected _itemHandles(id: string, ex: Exec): unknown[] {
    return [...sheetAt(id, ex, "WorksheetCustomPropertyCollection").customProperties.keys()].map((key) => ({
      sheetId: id,
      key,
    }));
  }

  protected _makeItem(handle: unknown): SimWorksheetCustomProperty {
    return new SimWorksheetCustomProperty(this.context, boundOrigin(handle as PropertyHandle));
  }

  protected override _countApi(): string {
    return "1.12";
  }

  /** Adds a property, or overwrites the one with the same key (any case). */
  add(key: string, value: string): SimWorksheetCustomProperty {
    return this._create(
      SimWorksheetCustomProperty,
      "add",
      [key, value],
      (ex, id: string) => {
        const location = "WorksheetCustomPropertyCollection.add";
        const k = expectString(key, location);
        if (!k || k.length > 255)
          fail("InvalidArgument", "a custom property key must have 1 to 255 characters", location);
        const map = sheetAt(id, ex, location).customProperties;
        map.set(k.toLowerCase(), { key: map.get(k.toLowerCase())?.key ?? k, value: expectString(value, location) });
        return { sheetId: id, key: k.toLowerCase() };
      },
      { sideEffects: true },
    );
  }

  getItem(key: string): SimWorksheetCustomProperty {
    return this._create(SimWorksheetCustomProperty, "getItem", [key], (ex, id: string) => {
      const h = { sheetId: id, key: key.toLowerCase() };
      propertyOf(h, ex, "WorksheetCustomPropertyCollection.getItem");
      return h;
    });
  }

  getItemOrNullObject(key: string): SimWorksheetCustomProperty {
    return this._create(SimWorksheetCustomProperty, "getItemOrNullObject", [key], (ex, id: string) =>
      sheetAt(id, ex, "WorksheetCustomPropertyCollection.getItemOrNullObject").customProperties.has(key.toLowerCase())
        ? { sheetId: id, key: key.toLowerCase() }
        : null,
    );
  }
}

defineType<string>(SimWorksheetCustomPropertyCollection, "WorksheetCustomPropertyCollection", {});

/** Excel.WorksheetCustomProperty. */
export class SimWorksheetCustomProperty extends SimClientObject<PropertyHandle> {
  declare readonly key: string;
  declare value: string;

  delete(): void {
    this._call("delete", [], (h, ex) => {
      sheetAt(h.sheetId, ex, "WorksheetCustomProperty.delete").customProperties.delete(h.key);
    });
  }
}

defineType<PropertyHandle>(SimWorksheetCustomProperty, "WorksheetCustomProperty", {
  key: { get: (h, ex) => propertyOf(h, ex, "WorksheetCustomProperty.key").key },
  value: {
    get: (h, ex) => propertyOf(h, ex, "WorksheetCustomProperty.value").value,
    set: (h, v, ex) => {
      propertyOf(h, ex, "WorksheetCustomProperty.value").value = expectString(v, "WorksheetCustomProperty.value");
    },
  },
});
