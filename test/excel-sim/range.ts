// Range, its format objects, RangeAreas and DataValidation.
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  area,
  bounding,
  cols,
  fullAddress,
  inSheet,
  intersect,
  parseRef,
  rows,
  splitSheet,
  subtract,
} from "./address";
import {
  BORDER_SIDES,
  BorderSide,
  BorderState,
  FormatKey,
  FormatProps,
  NO_BORDER,
  borderKey,
  displayText,
  valueType,
} from "./cells";
import { normalizeColor } from "./colors";
import { SimConditionalFormatCollection } from "./conditional-format";
import type { Exec } from "./context";
import { SimOfficeError, expectBoolean, expectNumber, expectOneOf, expectString, fail } from "./errors";
import { ClearWhat } from "./model";
import { PropDef, SimClientObject, SimCollection, boundOrigin, defineType } from "./proxy";
import { SheetState } from "./state";
import { shiftRows } from "./structure";
import { SimWorksheet } from "./worksheet";

/** The document object a Range proxy stands for. */
export interface RangeHandle {
  sheetId: string;
  rect: Rect;
}

/** Excel's default column width and row height in points (Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
const UNDERLINE = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"] as const;

/** The sheet of a range, or ItemNotFound when it was deleted. */
export function sheetOf(h: { sheetId: string }, ex: Exec, location = "Range"): SheetState {
  return ex.model.requireSheet(h.sheetId, location);
}

function grid<T>(h: RangeHandle, ex: Exec, read: (sheet: SheetState, r: number, c: number) => T): T[][] {
  const sheet = sheetOf(h, ex);
  const out: T[][] = [];
  for (let r = h.rect.r0; r <= h.rect.r1; r++) {
    const row: T[] = [];
    for (let c = h.rect.c0; c <= h.rect.c1; c++) row.push(read(sheet, r, c));
    out.push(row);
  }
  return out;
}

/** Checks a derived rectangle stays on the sheet, as Excel does for offsets and resizes. */
export function checkedRect(rect: Rect, location: string): Rect {
  return inSheet(rect)
    ? rect
    : fail("InvalidArgument", "the resulting range would fall outside the worksheet", location);
}

/** Reads a Range-or-address argument as a rectangle on `sheet` (an address may name the same sheet). */
export function rectArg(ex: Exec, sheet: SheetState, arg: unknown, location: string): Rect {
  if (arg instanceof SimRange) {
    const h = arg._bind(ex) ?? fail("InvalidArgument", "the range argument is a null object", location);
    if (h.sheetId !== sheet.id) fail("InvalidArgument", "the range is on another worksheet", location);
    return h.rect;
  }
  const address = expectString(arg, location);
  const { sheet: named, ref } = splitSheet(address);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase())
    fail("InvalidArgument", `"${address}" is on another worksheet`, location);
  return (
    parseRef(ref) ?? fail("InvalidArgument", `"${address}" is not an address (named ranges are not modelled)`, location)
  );
}

/** Reads a Range-or-"Sheet!A1" argument that may live on any sheet (table and pivot sources, chart data). */
export function anyRangeArg(
  ex: Exec,
  arg: unknown,
  defaultSheet: SheetState,
  location: string,
): { sheet: SheetState; rect: Rect } {
  if (arg instanceof SimRange) {
    const h = arg._bind(ex) ?? fail("InvalidArgument", "the range argument is a null object", location);
    return { sheet: sheetOf(h, ex, location), rect: h.rect };
  }
  const address = expectString(arg, location);
  const { sheet: named } = splitSheet(address);
  const sheet =
    named === null
      ? defaultSheet
      : (ex.model.sheetByKey(named) ?? fail("ItemNotFound", `no worksheet "${named}"`, location));
  return { sheet, rect: rectArg(ex, sheet, address, location) };
}

/** Turns a written value into a per-cell getter, checking its shape against the range (a non-array fills every cell). */
function cellSource(input: unknown, rect: Rect, location: string): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rows(rect) || input.some((row) => !Array.isArray(row) || row.length !== cols(rect))) {
    const shape = `${input.length}×${Array.isArray(input[0]) ? input[0].length : "?"}`;
    fail(
      "InvalidArgument",
      `the number of rows or columns in the input array (${shape}) doesn't match the size of the range (${rows(rect)}×${cols(rect)})`,
      location,
    );
  }
  return (i, j) => (input as unknown[][])[i][j];
}

function writeContents(h: RangeHandle, input: unknown, ex: Exec, location: string): void {
  const sheet = sheetOf(h, ex, location);
  ex.model.writeBlock(sheet, h.rect, cellSource(input, h.rect, location), location);
  ex.changed(sheet.id, h.rect, "RangeEdited", area(h.rect));
}

function writeNumberFormat(h: RangeHandle, input: unknown, ex: Exec): void {
  const sheet = sheetOf(h, ex, "Range.numberFormat");
  if (!Array.isArray(input)) {
    ex.model.setFormat(sheet, h.rect, "numberFormat", expectString(input, "Range.numberFormat"));
  } else {
    const at = cellSource(input, h.rect, "Range.numberFormat");
    for (let i = 0; i < rows(h.rect); i++) {
      for (let j = 0; j < cols(h.rect); j++) {
        const v = at(i, j);
        if (v === null || v === undefined) continue;
        const one = { r0: h.rect.r0 + i, c0: h.rect.c0 + j, r1: h.rect.r0 + i, c1: h.rect.c0 + j };
        ex.model.setFormat(sheet, one, "numberFormat", expectString(v, "Range.numberFormat"));
      }
    }
  }
  ex.cellsWritten += area(h.rect);
}

const cellsOfRange = (h: RangeHandle) => area(h.rect);

/** Excel.Range: a rectangle of cells on one sheet, bound when its batch runs. */
export class SimRange extends SimClientObject<RangeHandle> {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;
  declare readonly isEntireColumn: boolean;
  declare readonly isEntireRow: boolean;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare formulasLocal: unknown[][];
  declare numberFormat: unknown[][];
  declare readonly text: string[][];
  declare readonly valueTypes: string[][];
  declare readonly format: SimRangeFormat;
  declare readonly worksheet: SimWorksheet;
  declare readonly conditionalFormats: SimConditionalFormatCollection;
  declare readonly dataValidation: SimDataValidation;

  private derive(method: string, args: unknown[], compute: (h: RangeHandle, ex: Exec) => Rect, api?: string): SimRange {
    return this._create(
      SimRange,
      method,
      args,
      (ex, h: RangeHandle) => ({ sheetId: h.sheetId, rect: checkedRect(compute(h, ex), `Range.${method}`) }),
      { api },
    );
  }

  /** The cell at (row, column) counted from this range's top-left cell (it may lie outside the range, as in Excel). */
  getCell(row: number, column: number): SimRange {
    return this.derive("getCell", [row, column], (h) => ({
      r0: h.rect.r0 + row,
      c0: h.rect.c0 + column,
      r1: h.rect.r0 + row,
      c1: h.rect.c0 + column,
    }));
  }

  getRow(row: number): SimRange {
    return this.derive("getRow", [row], (h) => ({ ...h.rect, r0: h.rect.r0 + row, r1: h.rect.r0 + row }));
  }

  getColumn(column: number): SimRange {
    return this.derive("getColumn", [column], (h) => ({ ...h.rect, c0: h.rect.c0 + column, c1: h.rect.c0 + column }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], (h) => ({
      r0: h.rect.r0 + rowOffset,
      c0: h.rect.c0 + columnOffset,
      r1: h.rect.r1 + rowOffset,
      c1: h.rect.c1 + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derive(
      "getResizedRange",
      [deltaRows, deltaColumns],
      (h) => ({ ...h.rect, r1: h.rect.r1 + deltaRows, c1: h.rect.c1 + deltaColumns }),
      "1.2",
    );
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): SimRange {
    return this.derive(
      "getAbsoluteResizedRange",
      [numRows, numColumns],
      (h) => ({ ...h.rect, r1: h.rect.r0 + numRows - 1, c1: h.rect.c0 + numColumns - 1 }),
      "1.7",
    );
  }

  getEntireColumn(): SimRange {
    return this.derive("getEntireColumn", [], (h) => ({ ...h.rect, r0: 0, r1: MAX_ROWS - 1 }));
  }

  getEntireRow(): SimRange {
    return this.derive("getEntireRow", [], (h) => ({ ...h.rect, c0: 0, c1: MAX_COLUMNS - 1 }));
  }

  getLastCell(): SimRange {
    return this.derive("getLastCell", [], (h) => ({ r0: h.rect.r1, c0: h.rect.c1, r1: h.rect.r1, c1: h.rect.c1 }));
  }

  getLastRow(): SimRange {
    return this.derive("getLastRow", [], (h) => ({ ...h.rect, r0: h.rect.r1 }));
  }

  getLastColumn(): SimRange {
    return this.derive("getLastColumn", [], (h) => ({ ...h.rect, c0: h.rect.c1 }));
  }

  getRowsAbove(count = 1): SimRange {
    return this.derive(
      "getRowsAbove",
      [count],
      (h) => ({ ...h.rect, r0: h.rect.r0 - count, r1: h.rect.r0 - 1 }),
      "1.2",
    );
  }

  getRowsBelow(count = 1): SimRange {
    return this.derive(
      "getRowsBelow",
      [count],
      (h) => ({ ...h.rect, r0: h.rect.r1 + 1, r1: h.rect.r1 + count }),
      "1.2",
    );
  }

  getColumnsBefore(count = 1): SimRange {
    return this.derive(
      "getColumnsBefore",
      [count],
      (h) => ({ ...h.rect, c0: h.rect.c0 - count, c1: h.rect.c0 - 1 }),
      "1.2",
    );
  }

  getColumnsAfter(count = 1): SimRange {
    return this.derive(
      "getColumnsAfter",
      [count],
      (h) => ({ ...h.rect, c0: h.rect.c1 + 1, c1: h.rect.c1 + count }),
      "1.2",
    );
  }

  /** The smallest range covering this one and another (a Range or an address on the same sheet). */
  getBoundingRect(anotherRange: SimRange | string): SimRange {
    return this.derive("getBoundingRect", [anotherRange], (h, ex) =>
      bounding(h.rect, rectArg(ex, sheetOf(h, ex), anotherRange, "Range.getBoundingRect")),
    );
  }

  getIntersection(anotherRange: SimRange | string): SimRange {
    return this.derive("getIntersection", [anotherRange], (h, ex) => {
      const other = rectArg(ex, sheetOf(h, ex), anotherRange, "Range.getIntersection");
      return intersect(h.rect, other) ?? fail("ItemNotFound", "the ranges do not intersect", "Range.getIntersection");
    });
  }

  getIntersectionOrNullObject(anotherRange: SimRange | string): SimRange {
    return this._create(
      SimRange,
      "getIntersectionOrNullObject",
      [anotherRange],
      (ex, h: RangeHandle) => {
        const hit = intersect(h.rect, rectArg(ex, sheetOf(h, ex), anotherRange, "Range.getIntersectionOrNullObject"));
        return hit ? { sheetId: h.sheetId, rect: hit } : null;
      },
      { api: "1.4" },
    );
  }

  /** The used part of this range; ItemNotFound when nothing in it is used (Range.getUsedRange, unlike the sheet's). */
  getUsedRange(valuesOnly = false): SimRange {
    return this._create(SimRange, "getUsedRange", [valuesOnly], (ex, h: RangeHandle) => {
      const used = ex.model.usedRect(sheetOf(h, ex), valuesOnly, h.rect);
      return used
        ? { sheetId: h.sheetId, rect: used }
        : fail("ItemNotFound", "there are no used cells within the range", "Range.getUsedRange");
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this._create(
      SimRange,
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (ex, h: RangeHandle) => {
        const used = ex.model.usedRect(sheetOf(h, ex), valuesOnly, h.rect);
        return used ? { sheetId: h.sheetId, rect: used } : null;
      },
      { api: "1.4" },
    );
  }

  /**
   * The merged areas inside this range as RangeAreas, or a null object when there are none (ExcelApi 1.13). Office
   * documents that it fails past 512 areas; the request then fails as a whole.
   */
  getMergedAreasOrNullObject(): SimRangeAreas {
    return this._create(
      SimRangeAreas,
      "getMergedAreasOrNullObject",
      [],
      (ex, h: RangeHandle) => {
        const merged = sheetOf(h, ex).merges.filter((m) => intersect(m, h.rect));
        if (merged.length > MAX_MERGED_AREAS)
          fail("GeneralException", `more than ${MAX_MERGED_AREAS} merged areas`, "Range.getMergedAreasOrNullObject");
        return merged.length ? { sheetId: h.sheetId, rects: merged } : null;
      },
      { api: "1.13" },
    );
  }

  /** Merges the cells (each row separately with across = true); only the top-left value is kept. */
  merge(across = false): void {
    this._call("merge", [across], (h, ex) => ex.model.merge(sheetOf(h, ex), h.rect, across, "Range.merge"), "1.2");
  }

  unmerge(): void {
    this._call(
      "unmerge",
      [],
      (h, ex) => {
        const sheet = sheetOf(h, ex);
        sheet.merges = sheet.merges.filter((m) => !intersect(m, h.rect));
      },
      "1.2",
    );
  }

  /** Clears contents, formats or both ("All", the default). */
  clear(applyTo: ClearWhat = "All"): void {
    this._call("clear", [applyTo], (h, ex) => {
      const what = expectOneOf(
        applyTo,
        ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"] as const,
        "Range.clear",
      );
      const sheet = sheetOf(h, ex);
      ex.model.clear(sheet, h.rect, what);
      if (what !== "Formats") ex.changed(sheet.id, h.rect, "RangeEdited");
    });
  }

  /** Inserts cells; only whole rows shifting down are modelled. */
  insert(shift: "Down" | "Right"): SimRange {
    return this._create(
      SimRange,
      "insert",
      [shift],
      (ex, h: RangeHandle) => {
        if (shift !== "Down" || h.rect.c0 !== 0 || h.rect.c1 !== MAX_COLUMNS - 1) {
          throw new SimOfficeError(
            "NotImplemented",
            'only inserting whole rows (getEntireRow().insert("Down")) is modelled',
            "Range.insert",
          );
        }
        const sheet = sheetOf(h, ex);
        shiftRows(ex.model, sheet, null, h.rect.r0, rows(h.rect));
        ex.changed(sheet.id, h.rect, "RowInserted");
        return h;
      },
      { sideEffects: true },
    );
  }

  /** Deletes cells; only whole rows shifting up are modelled. */
  delete(shift: "Up" | "Left"): void {
    this._call("delete", [shift], (h, ex) => {
      if (shift !== "Up" || h.rect.c0 !== 0 || h.rect.c1 !== MAX_COLUMNS - 1) {
        throw new SimOfficeError(
          "NotImplemented",
          'only deleting whole rows (getEntireRow().delete("Up")) is modelled',
          "Range.delete",
        );
      }
      const sheet = sheetOf(h, ex);
      shiftRows(ex.model, sheet, null, h.rect.r0, -rows(h.rect));
      ex.changed(sheet.id, h.rect, "RowDeleted");
    });
  }

  /** Selects the range (and activates its sheet); the snapshot's `selection` shows it. */
  select(): void {
    this._call("select", [], (h, ex) => {
      const sheet = sheetOf(h, ex);
      if (sheet.visibility !== "Visible")
        fail("InvalidOperation", "cannot select cells on a hidden sheet", "Range.select");
      ex.model.state.activeSheetId = sheet.id;
      sheet.selection = h.rect;
    });
  }

  /** Recalculation is immediate in the simulator, so this only records the call. */
  calculate(): void {
    this._call("calculate", [], () => undefined, "1.6");
  }

  /** Formats each cell from its own entry of a 2-D array of { format: { fill, font, borders, wrapText, alignment } } (ExcelApi 1.9). */
  setCellProperties(cellPropertiesData: Record<string, unknown>[][]): void {
    this._call(
      "setCellProperties",
      [cellPropertiesData],
      (h, ex) => {
        const at = cellSource(cellPropertiesData, h.rect, "Range.setCellProperties");
        const sheet = sheetOf(h, ex);
        for (let i = 0; i < rows(h.rect); i++) {
          for (let j = 0; j < cols(h.rect); j++) {
            const r = h.rect.r0 + i;
            const c = h.rect.c0 + j;
            applyCellProperties(ex, sheet, { r0: r, c0: c, r1: r, c1: c }, at(i, j) as Record<string, unknown>);
          }
        }
      },
      "1.9",
    );
  }

  /** Sets each row's height from its own entry of a 1-D array of { format: { rowHeight } } (ExcelApi 1.9); an empty entry leaves a row as it is. */
  setRowProperties(rowPropertiesData: Record<string, unknown>[]): void {
    this._call(
      "setRowProperties",
      [rowPropertiesData],
      (h, ex) => {
        const location = "Range.setRowProperties";
        if (!Array.isArray(rowPropertiesData) || rowPropertiesData.length !== rows(h.rect)) {
          const n = Array.isArray(rowPropertiesData) ? rowPropertiesData.length : "?";
          fail(
            "InvalidArgument",
            `the number of rows in the input array (${n}) doesn't match the size of the range (${rows(h.rect)})`,
            location,
          );
        }
        const sheet = sheetOf(h, ex, location);
        rowPropertiesData.forEach((entry, i) => {
          for (const key of Object.keys(entry ?? {})) {
            if (key !== "format")
              throw new SimOfficeError("NotImplemented", `setRowProperties: ${key} is not modelled`, location);
          }
          const format = (entry?.format ?? {}) as Record<string, unknown>;
          for (const key of Object.keys(format)) {
            if (key !== "rowHeight")
              throw new SimOfficeError("NotImplemented", `setRowProperties: format.${key} is not modelled`, location);
          }
          if (format.rowHeight !== undefined)
            sheet.rowHeights.set(h.rect.r0 + i, expectNumber(format.rowHeight, location, 0, 409));
        });
      },
      "1.9",
    );
  }
}

defineType<RangeHandle>(
  SimRange,
  "Range",
  {
    address: { get: (h, ex) => fullAddress(sheetOf(h, ex).name, h.rect) },
    addressLocal: { get: (h, ex) => fullAddress(sheetOf(h, ex).name, h.rect) },
    rowIndex: { get: (h) => h.rect.r0 },
    columnIndex: { get: (h) => h.rect.c0 },
    rowCount: { get: (h) => rows(h.rect) },
    columnCount: { get: (h) => cols(h.rect) },
    cellCount: { get: (h) => area(h.rect) },
    isEntireColumn: { get: (h) => h.rect.r0 === 0 && h.rect.r1 === MAX_ROWS - 1, api: "1.7" },
    isEntireRow: { get: (h) => h.rect.c0 === 0 && h.rect.c1 === MAX_COLUMNS - 1, api: "1.7" },
    values: {
      get: (h, ex) => grid(h, ex, (s, r, c) => ex.model.cellValue(s, r, c) ?? ""),
      set: (h, v, ex) => writeContents(h, v, ex, "Range.values"),
      readCells: cellsOfRange,
    },
    formulas: {
      get: (h, ex) => grid(h, ex, (s, r, c) => s.cells.get(r, c)?.formula ?? s.cells.get(r, c)?.value ?? ""),
      set: (h, v, ex) => writeContents(h, v, ex, "Range.formulas"),
      readCells: cellsOfRange,
    },
    formulasLocal: {
      get: (h, ex) => grid(h, ex, (s, r, c) => s.cells.get(r, c)?.formula ?? s.cells.get(r, c)?.value ?? ""),
      set: (h, v, ex) => writeContents(h, v, ex, "Range.formulasLocal"),
      readCells: cellsOfRange,
    },
    numberFormat: {
      get: (h, ex) => grid(h, ex, (s, r, c) => ex.model.effectiveFormat(s, r, c, "numberFormat")),
      set: writeNumberFormat,
      readCells: cellsOfRange,
    },
    text: { get: (h, ex) => grid(h, ex, (s, r, c) => ex.model.cellText(s, r, c)), readCells: cellsOfRange },
    valueTypes: {
      get: (h, ex) => grid(h, ex, (s, r, c) => valueType(ex.model.cellValue(s, r, c))),
      readCells: cellsOfRange,
    },
  },
  {
    format: (self: SimRange) => self._navigate(SimRangeFormat, (_ex, h: RangeHandle) => h),
    worksheet: (self: SimRange) => self._navigate(SimWorksheet, (_ex, h: RangeHandle) => h.sheetId),
    conditionalFormats: (self: SimRange) => {
      self.context._requireApi("1.6", "Range.conditionalFormats");
      return self._navigate(SimConditionalFormatCollection, (_ex, h: RangeHandle) => h);
    },
    dataValidation: (self: SimRange) => {
      self.context._requireApi("1.8", "Range.dataValidation");
      return self._navigate(SimDataValidation, (_ex, h: RangeHandle) => h);
    },
  },
);

/** A property backed by one cell-format key: uniform value or null when mixed; writes go through `check`. */
function formatProp<K extends FormatKey>(
  key: K,
  check: (v: unknown, location: string) => FormatProps[K],
  location: string,
  api?: string,
): PropDef<RangeHandle> {
  return {
    get: (h, ex) => ex.model.uniformFormat(sheetOf(h, ex), h.rect, key),
    set: (h, v, ex) => ex.model.setFormat(sheetOf(h, ex, location), h.rect, key, check(v, location)),
    api,
  };
}

/** A rough text width in points, for autofit: Calibri 11 averages about 5.6 points per character. */
function textWidth(text: string, size: number): number {
  const longestLine = Math.max(...text.split("\n").map((l) => l.length));
  return longestLine * 5.6 * (size / 11) + 5;
}

/** Excel.RangeFormat. */
export class SimRangeFormat extends SimClientObject<RangeHandle> {
  declare columnWidth: number | null;
  declare rowHeight: number | null;
  declare wrapText: boolean | null;
  declare horizontalAlignment: string | null;
  declare verticalAlignment: string | null;
  declare readonly fill: SimRangeFill;
  declare readonly font: SimRangeFont;
  declare readonly borders: SimRangeBorderCollection;

  /** Widens or narrows the columns to fit their text (an estimate: see README). */
  autofitColumns(): void {
    this._call(
      "autofitColumns",
      [],
      (h, ex) => {
        const sheet = sheetOf(h, ex);
        const used = ex.model.usedRect(sheet, true);
        const span = used && intersect(h.rect, { ...used, r0: h.rect.r0, r1: h.rect.r1 });
        if (!span) return;
        for (let c = span.c0; c <= span.c1; c++) {
          let width = 0;
          for (let r = span.r0; r <= span.r1; r++) {
            const text = ex.model.cellText(sheet, r, c);
            const merged = sheet.merges.some((m) => m.r0 <= r && r <= m.r1 && m.c0 <= c && c <= m.c1);
            if (!text || merged || ex.model.effectiveFormat(sheet, r, c, "wrapText")) continue;
            width = Math.max(width, textWidth(text, ex.model.effectiveFormat(sheet, r, c, "size")));
          }
          if (width > 0) sheet.columnWidths.set(c, Math.min(Math.round(width * 4) / 4, 1341));
        }
      },
      "1.2",
    );
  }

  /** Sets row heights to fit wrapped text (an estimate: see README). */
  autofitRows(): void {
    this._call(
      "autofitRows",
      [],
      (h, ex) => {
        const sheet = sheetOf(h, ex);
        const used = ex.model.usedRect(sheet, true);
        const span = used && intersect(h.rect, used);
        if (!span) return;
        for (let r = span.r0; r <= span.r1; r++) {
          let lines = 1;
          let size = 11;
          for (let c = span.c0; c <= span.c1; c++) {
            const text = ex.model.cellText(sheet, r, c);
            if (!text) continue;
            const fontSize = ex.model.effectiveFormat(sheet, r, c, "size");
            size = Math.max(size, fontSize);
            const width = sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
            const wrapped = ex.model.effectiveFormat(sheet, r, c, "wrapText")
              ? text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line, fontSize) / width)), 0)
              : text.split("\n").length;
            lines = Math.max(lines, wrapped);
          }
          sheet.rowHeights.set(r, Math.min(409, lines * DEFAULT_ROW_HEIGHT * (size / 11)));
        }
      },
      "1.2",
    );
  }
}

function uniformSize(map: Map<number, number>, from: number, to: number, fallback: number): number | null {
  const first = map.get(from) ?? fallback;
  if (to - from > 100000) return [...map.values()].some((v) => v !== first) ? null : first;
  for (let i = from + 1; i <= to; i++) if ((map.get(i) ?? fallback) !== first) return null;
  return first;
}

defineType<RangeHandle>(
  SimRangeFormat,
  "RangeFormat",
  {
    columnWidth: {
      get: (h, ex) => uniformSize(sheetOf(h, ex).columnWidths, h.rect.c0, h.rect.c1, DEFAULT_COLUMN_WIDTH),
      set: (h, v, ex) => {
        const width = expectNumber(v, "RangeFormat.columnWidth", 0, 1341);
        const sheet = sheetOf(h, ex);
        for (let c = h.rect.c0; c <= h.rect.c1; c++) sheet.columnWidths.set(c, width);
      },
      api: "1.2",
    },
    rowHeight: {
      get: (h, ex) => uniformSize(sheetOf(h, ex).rowHeights, h.rect.r0, h.rect.r1, DEFAULT_ROW_HEIGHT),
      set: (h, v, ex) => {
        const height = expectNumber(v, "RangeFormat.rowHeight", 0, 409);
        const sheet = sheetOf(h, ex);
        for (let r = h.rect.r0; r <= h.rect.r1; r++) sheet.rowHeights.set(r, height);
      },
      api: "1.2",
    },
    wrapText: formatProp("wrapText", expectBoolean, "RangeFormat.wrapText"),
    horizontalAlignment: formatProp(
      "horizontalAlignment",
      (v, l) => expectOneOf(v, HORIZONTAL, l),
      "RangeFormat.horizontalAlignment",
    ),
    verticalAlignment: formatProp(
      "verticalAlignment",
      (v, l) => expectOneOf(v, VERTICAL, l),
      "RangeFormat.verticalAlignment",
    ),
  },
  {
    fill: (self: SimRangeFormat) => self._navigate(SimRangeFill, (_ex, h: RangeHandle) => h),
    font: (self: SimRangeFormat) => self._navigate(SimRangeFont, (_ex, h: RangeHandle) => h),
    borders: (self: SimRangeFormat) => self._navigate(SimRangeBorderCollection, (_ex, h: RangeHandle) => h),
  },
);

/** Excel.RangeFill. */
export class SimRangeFill extends SimClientObject<RangeHandle> {
  declare color: string | null;

  /** Removes the fill. */
  clear(): void {
    this._call("clear", [], (h, ex) => ex.model.setFormat(sheetOf(h, ex), h.rect, "fill", undefined));
  }
}

defineType<RangeHandle>(SimRangeFill, "RangeFill", { color: formatProp("fill", normalizeColor, "RangeFill.color") });

/** Excel.RangeFont. */
export class SimRangeFont extends SimClientObject<RangeHandle> {
  declare bold: boolean | null;
  declare italic: boolean | null;
  declare color: string | null;
  declare size: number | null;
  declare name: string | null;
  declare underline: string | null;
  declare strikethrough: boolean | null;
}

defineType<RangeHandle>(SimRangeFont, "RangeFont", {
  bold: formatProp("bold", expectBoolean, "RangeFont.bold"),
  italic: formatProp("italic", expectBoolean, "RangeFont.italic"),
  color: formatProp("color", normalizeColor, "RangeFont.color"),
  size: formatProp("size", (v, l) => expectNumber(v, l, 1, 409), "RangeFont.size"),
  name: formatProp("fontName", expectString, "RangeFont.name"),
  underline: formatProp("underline", (v, l) => expectOneOf(v, UNDERLINE, l), "RangeFont.underline"),
  strikethrough: formatProp("strikethrough", expectBoolean, "RangeFont.strikethrough", "1.9"),
});

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
type BorderIndex = (typeof BORDER_INDEXES)[number];
const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"] as const;
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"] as const;

/** The cell sides one of Excel's border indexes means for a rectangle (inside edges are stored on both neighbours). */
function borderParts(rect: Rect, index: BorderIndex): { rect: Rect; side: BorderSide }[] {
  switch (index) {
    case "EdgeTop":
      return [{ rect: { ...rect, r1: rect.r0 }, side: "top" }];
    case "EdgeBottom":
      return [{ rect: { ...rect, r0: rect.r1 }, side: "bottom" }];
    case "EdgeLeft":
      return [{ rect: { ...rect, c1: rect.c0 }, side: "left" }];
    case "EdgeRight":
      return [{ rect: { ...rect, c0: rect.c1 }, side: "right" }];
    case "InsideHorizontal":
      return rect.r0 === rect.r1
        ? []
        : [
            { rect: { ...rect, r1: rect.r1 - 1 }, side: "bottom" },
            { rect: { ...rect, r0: rect.r0 + 1 }, side: "top" },
          ];
    case "InsideVertical":
      return rect.c0 === rect.c1
        ? []
        : [
            { rect: { ...rect, c1: rect.c1 - 1 }, side: "right" },
            { rect: { ...rect, c0: rect.c0 + 1 }, side: "left" },
          ];
    case "DiagonalDown":
      return [{ rect, side: "diagonalDown" }];
    default:
      return [{ rect, side: "diagonalUp" }];
  }
}

/** Sets one attribute of a border side over a rectangle; a colour or weight on an undrawn side draws it (Continuous). */
function setBorderAttribute(
  ex: Exec,
  sheet: SheetState,
  rect: Rect,
  side: BorderSide,
  attribute: keyof BorderState,
  value: string,
): void {
  const key = borderKey(side);
  const next = (current: BorderState): BorderState | undefined => {
    if (attribute === "style") return value === "None" ? undefined : { ...current, style: value };
    return { ...current, [attribute]: value, style: current.style === "None" ? "Continuous" : current.style };
  };
  const uniform = ex.model.uniformFormat(sheet, rect, key);
  if (uniform) {
    ex.model.setFormat(sheet, rect, key, next(uniform));
    return;
  }
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++)
      ex.model.setFormat(sheet, { r0: r, c0: c, r1: r, c1: c }, key, next(ex.model.effectiveFormat(sheet, r, c, key)));
  }
}

const BORDER_CHECKS: Record<keyof BorderState, (v: unknown, location: string) => string> = {
  style: (v, l) => expectOneOf(v, LINE_STYLES, l),
  color: normalizeColor,
  weight: (v, l) => expectOneOf(v, WEIGHTS, l),
};

/** A range and one of its border indexes. */
interface BorderHandle {
  range: RangeHandle;
  index: BorderIndex;
}

export class SimRangeBorderCollection extends SimCollection<SimRangeBorder, RangeHandle> {
  declare readonly count: number;

  protected _itemHandles(h: RangeHandle): unknown[] {
    return BORDER_INDEXES.map((index) => ({ range: h, index }));
  }

  protected _makeItem(handle: unknown): SimRangeBorder {
    return new SimRangeBorder(this.context, boundOrigin(handle as BorderHandle));
  }

  /** One border of the range: "EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp". */
  getItem(index: BorderIndex): SimRangeBorder {
    return this._create(SimRangeBorder, "getItem", [index], (_ex, h: RangeHandle) => ({
      range: h,
      index: expectOneOf(index, BORDER_INDEXES, "RangeBorderCollection.getItem"),
    }));
  }

  getItemAt(index: number): SimRangeBorder {
    return this._create(SimRangeBorder, "getItemAt", [index], (_ex, h: RangeHandle) => ({
      range: h,
      index: BORDER_INDEXES[index] ?? fail("ItemNotFound", `no border at ${index}`, "RangeBorderCollection.getItemAt"),
    }));
  }
}

defineType<RangeHandle>(SimRangeBorderCollection, "RangeBorderCollection", {
  count: { get: () => BORDER_INDEXES.length },
});

function borderProp(
  attribute: keyof BorderState,
  check: (v: unknown, location: string) => string,
): PropDef<BorderHandle> {
  const location = `RangeBorder.${attribute}`;
  return {
    get: (h, ex) => {
      const sheet = sheetOf(h.range, ex, location);
      const seen = new Set<string | null>(
        borderParts(h.range.rect, h.index).map((p) =>
          ex.model.uniformFormat(sheet, p.rect, borderKey(p.side), (b) => b[attribute]),
        ),
      );
      return seen.size === 0 ? NO_BORDER[attribute] : seen.size === 1 ? [...seen][0] : null;
    },
    set: (h, v, ex) => {
      const sheet = sheetOf(h.range, ex, location);
      const value = check(v, location);
      for (const part of borderParts(h.range.rect, h.index))
        setBorderAttribute(ex, sheet, part.rect, part.side, attribute, value);
    },
  };
}

export class SimRangeBorder extends SimClientObject<BorderHandle> {
  declare readonly sideIndex: string;
  declare style: string | null;
  declare color: string | null;
  declare weight: string | null;
}

defineType<BorderHandle>(SimRangeBorder, "RangeBorder", {
  sideIndex: { get: (h) => h.index },
  style: borderProp("style", BORDER_CHECKS.style),
  color: borderProp("color", BORDER_CHECKS.color),
  weight: borderProp("weight", BORDER_CHECKS.weight),
});

/** Checks a value and sets one format key on one cell (setCellProperties). */
type CellSetter = (value: unknown, location: string) => [FormatKey, unknown];

const CELL_FORMAT_SETTERS: Record<string, CellSetter> = {
  wrapText: (v, l) => ["wrapText", expectBoolean(v, l)],
  horizontalAlignment: (v, l) => ["horizontalAlignment", expectOneOf(v, HORIZONTAL, l)],
  verticalAlignment: (v, l) => ["verticalAlignment", expectOneOf(v, VERTICAL, l)],
};
const CELL_FONT_SETTERS: Record<string, CellSetter> = {
  bold: (v, l) => ["bold", expectBoolean(v, l)],
  italic: (v, l) => ["italic", expectBoolean(v, l)],
  color: (v, l) => ["color", normalizeColor(v, l)],
  size: (v, l) => ["size", expectNumber(v, l, 1, 409)],
  name: (v, l) => ["fontName", expectString(v, l)],
  underline: (v, l) => ["underline", expectOneOf(v, UNDERLINE, l)],
  strikethrough: (v, l) => ["strikethrough", expectBoolean(v, l)],
};

/** Applies one cell's SettableCellProperties; parts the simulator does not model are refused, not dropped. */
function applyCellProperties(ex: Exec, sheet: SheetState, at: Rect, props: Record<string, unknown>): void {
  const location = "Range.setCellProperties";
  const notModelled = (what: string) =>
    new SimOfficeError("NotImplemented", `setCellProperties: ${what} is not modelled`, location);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (key !== "format") throw notModelled(key);
    for (const [fkey, fvalue] of Object.entries((value ?? {}) as Record<string, unknown>)) {
      if (fkey === "fill") {
        for (const [k, v] of Object.entries((fvalue ?? {}) as Record<string, unknown>)) {
          if (k !== "color") throw notModelled(`format.fill.${k}`);
          ex.model.setFormat(sheet, at, "fill", normalizeColor(v, `${location} format.fill.color`));
        }
      } else if (fkey === "font") {
        for (const [k, v] of Object.entries((fvalue ?? {}) as Record<string, unknown>)) {
          const setter = CELL_FONT_SETTERS[k];
          if (!setter) throw notModelled(`format.font.${k}`);
          const [formatKey, checked] = setter(v, `${location} format.font.${k}`);
          ex.model.setFormat(sheet, at, formatKey, checked as never);
        }
      } else if (fkey === "borders") {
        for (const [side, border] of Object.entries((fvalue ?? {}) as Record<string, Record<string, unknown>>)) {
          if (!(BORDER_SIDES as readonly string[]).includes(side)) throw notModelled(`format.borders.${side}`);
          for (const attribute of ["style", "color", "weight"] as const) {
            if (border?.[attribute] === undefined) continue;
            setBorderAttribute(
              ex,
              sheet,
              at,
              side as BorderSide,
              attribute,
              BORDER_CHECKS[attribute](border[attribute], `${location} format.borders.${side}.${attribute}`),
            );
          }
        }
      } else {
        const setter = CELL_FORMAT_SETTERS[fkey];
        if (!setter) throw notModelled(`format.${fkey}`);
        const [formatKey, checked] = setter(fvalue, `${location} format.${fkey}`);
        ex.model.setFormat(sheet, at, formatKey, checked as never);
      }
    }
  }
}

/** Several blocks of cells on one sheet (merged areas, getRanges()). */
export interface AreasHandle {
  sheetId: string;
  rects: Rect[];
}

/** Excel.RangeAreas: several rectangles on one sheet. */
// Office: "if the merged areas count in this range is more than 512, then this method will fail to return the result".
const MAX_MERGED_AREAS = 512;

export class SimRangeAreas extends SimClientObject<AreasHandle> {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;
  declare readonly areas: SimRangeCollection;
  declare readonly worksheet: SimWorksheet;
}

const areasAddress = (h: AreasHandle, ex: Exec) => h.rects.map((r) => fullAddress(sheetOf(h, ex).name, r)).join(", ");

defineType<AreasHandle>(
  SimRangeAreas,
  "RangeAreas",
  {
    address: { get: areasAddress },
    addressLocal: { get: areasAddress },
    areaCount: { get: (h) => h.rects.length },
    cellCount: { get: (h) => h.rects.reduce((n, r) => n + area(r), 0) },
  },
  {
    areas: (self: SimRangeAreas) => self._navigate(SimRangeCollection, (_ex, h: AreasHandle) => h),
    worksheet: (self: SimRangeAreas) => self._navigate(SimWorksheet, (_ex, h: AreasHandle) => h.sheetId),
  },
);

/** Excel.RangeCollection: the areas of a RangeAreas. */
export class SimRangeCollection extends SimCollection<SimRange, AreasHandle> {
  protected _itemHandles(h: AreasHandle): unknown[] {
    return h.rects.map((rect) => ({ sheetId: h.sheetId, rect }));
  }

  protected _makeItem(handle: unknown): SimRange {
    return new SimRange(this.context, boundOrigin(handle as RangeHandle));
  }

  protected override _countApi(): string {
    return "1.9";
  }

  getItemAt(index: number): SimRange {
    return this._create(SimRange, "getItemAt", [index], (_ex, h: AreasHandle) =>
      h.rects[index]
        ? { sheetId: h.sheetId, rect: h.rects[index] }
        : fail("ItemNotFound", `no area at index ${index}`, "RangeCollection.getItemAt"),
    );
  }
}

defineType<AreasHandle>(SimRangeCollection, "RangeCollection", {});

const RULE_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"] as const;
const RULE_TYPES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/** The validations touching a range, and whether one rule covers all of it. */
function validationsAt(sheet: SheetState, rect: Rect) {
  const touching = sheet.validations.filter((v) => v.rects.some((r) => intersect(r, rect)));
  const coveredArea = (v: (typeof touching)[number]) =>
    v.rects.reduce((n, r) => n + area(intersect(r, rect) ?? { r0: 0, c0: 0, r1: -1, c1: 0 }), 0);
  const covering = touching.length === 1 && coveredArea(touching[0]) === area(rect) ? touching[0] : null;
  return { touching, covering };
}

/** Reads a rule object as Excel accepts it: exactly one kind; list sources longer than 255 characters are refused. */
function checkRule(ex: Exec, sheet: SheetState, rule: unknown): Record<string, unknown> {
  const location = "DataValidation.rule";
  if (!rule || typeof rule !== "object") fail("InvalidArgument", "the rule must be an object", location);
  const kinds = Object.keys(rule as object).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1 || !(RULE_KINDS as readonly string[]).includes(kinds[0])) {
    fail("InvalidArgument", `a rule needs exactly one of ${RULE_KINDS.join(", ")}`, location);
  }
  const body = { ...((rule as Record<string, Record<string, unknown>>)[kinds[0]] ?? {}) };
  if (kinds[0] === "list") {
    if (body.source instanceof SimRange) {
      const { sheet: s, rect } = anyRangeArg(ex, body.source, sheet, location);
      const [sheetPart, ref] = fullAddress(s.name, rect).split(/!(?=[^!]*$)/);
      body.source = `=${sheetPart}!${ref.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
    }
    const source = expectString(body.source, `${location}.list.source`);
    if (source.length > 255)
      fail("InvalidArgument", `a list source is limited to 255 characters (got ${source.length})`, location);
  }
  return { [kinds[0]]: body };
}

/** Excel.DataValidation of a range. */
export class SimDataValidation extends SimClientObject<RangeHandle> {
  declare rule: Record<string, unknown>;
  declare readonly type: string;
  declare readonly valid: boolean;
  declare ignoreBlanks: boolean;
  declare prompt: unknown;
  declare errorAlert: unknown;

  /** Removes validation from the range (other cells keep theirs). */
  clear(): void {
    this._call("clear", [], (h, ex) => {
      const sheet = sheetOf(h, ex);
      for (const v of sheet.validations) v.rects = v.rects.flatMap((r) => subtract(r, h.rect));
      sheet.validations = sheet.validations.filter((v) => v.rects.length);
    });
  }
}

/** Sets one setting of the validation covering a range, creating an empty one when needed. */
function setValidationField(
  h: RangeHandle,
  ex: Exec,
  field: "ignoreBlanks" | "prompt" | "errorAlert",
  value: unknown,
): void {
  const sheet = sheetOf(h, ex);
  const { covering } = validationsAt(sheet, h.rect);
  if (!covering)
    fail("InvalidOperation", "set a rule on exactly this range before its other settings", `DataValidation.${field}`);
  covering[field] = (field === "ignoreBlanks" ? expectBoolean(value, "DataValidation.ignoreBlanks") : value) as never;
}

defineType<RangeHandle>(SimDataValidation, "DataValidation", {
  rule: {
    get: (h, ex) => validationsAt(sheetOf(h, ex), h.rect).covering?.rule ?? {},
    set: (h, v, ex) => {
      const sheet = sheetOf(h, ex);
      const rule = checkRule(ex, sheet, v);
      for (const other of sheet.validations) other.rects = other.rects.flatMap((r) => subtract(r, h.rect));
      sheet.validations = sheet.validations.filter((other) => other.rects.length);
      sheet.validations.push({ rects: [h.rect], rule, ignoreBlanks: true });
    },
  },
  type: {
    get: (h, ex) => {
      const { touching, covering } = validationsAt(sheetOf(h, ex), h.rect);
      if (!touching.length) return "None";
      if (!covering) return touching.length > 1 ? "MixedCriteria" : "Inconsistent";
      return RULE_TYPES[Object.keys(covering.rule)[0]];
    },
  },
  valid: {
    get: (h, ex) => {
      const sheet = sheetOf(h, ex);
      return validationsAt(sheet, h.rect).touching.every((v) => {
        const list = (v.rule.list as { source?: string } | undefined)?.source;
        if (list === undefined || list.startsWith("=")) return true;
        const allowed = new Set(list.split(",").map((s) => s.trim().toLowerCase()));
        return v.rects.every((r) => {
          const hit = intersect(r, h.rect);
          if (!hit) return true;
          for (const [row, col] of sheet.cells.within(hit)) {
            const text = displayText(ex.model.cellValue(sheet, row, col), "General")
              .trim()
              .toLowerCase();
            if (text && !allowed.has(text)) return false;
          }
          return true;
        });
      });
    },
  },
  ignoreBlanks: {
    get: (h, ex) => validationsAt(sheetOf(h, ex), h.rect).covering?.ignoreBlanks ?? true,
    set: (h, v, ex) => setValidationField(h, ex, "ignoreBlanks", v),
  },
  prompt: {
    get: (h, ex) => validationsAt(sheetOf(h, ex), h.rect).covering?.prompt ?? null,
    set: (h, v, ex) => setValidationField(h, ex, "prompt", v),
  },
  errorAlert: {
    get: (h, ex) => validationsAt(sheetOf(h, ex), h.rect).covering?.errorAlert ?? null,
    set: (h, v, ex) => setValidationField(h, ex, "errorAlert", v),
  },
});
