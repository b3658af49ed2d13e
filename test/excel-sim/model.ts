// The workbook model: sheets, cells, formats and tables, with the rules Excel applies when they change.
// Proxies call into it while a batch runs; helpers such as sim.edit() call it directly.
import { isoToExcelSerial, todayIso } from "../../src/core/model/dates";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  WHOLE_SHEET,
  area,
  bounding,
  cellName,
  intersect,
  quoteSheetName,
} from "./address";
import {
  Cell,
  CellStore,
  FORMAT_DEFAULTS,
  FORMAT_KEYS,
  FormatKey,
  FormatProps,
  Scalar,
  displayText,
  hasContent,
  interpretInput,
} from "./cells";
import { fail } from "./errors";
import { CLIP_AREA, FormulaEnv, evaluateFormula } from "./formula";
import { SheetState, TableState, Visibility, WorkbookState } from "./state";

/** Where a format read should stop scanning every cell and look only at stored cells and row/column formats. */
const FORMAT_SCAN_LIMIT = 1000000;

/** What Range.clear() may clear. */
export type ClearWhat = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

/** The shared document and the rules Excel applies when it changes. */
export class WorkbookModel {
  readonly state: WorkbookState;
  private counter = 0;
  private readonly evaluating = new Set<string>();

  constructor(private readonly today: Date) {
    this.state = {
      sheets: [],
      tables: [],
      pivots: [],
      settings: new Map(),
      names: new Map(),
      activeSheetId: "",
      calculationMode: "Automatic",
    };
  }

  /** How many ids were handed out: a reopened saved workbook (persist.ts) continues after them, so ids stay unique. */
  get idsIssued(): number {
    return this.counter;
  }

  set idsIssued(count: number) {
    this.counter = count;
  }

  /** A fresh identifier; sheet ids look like Excel's GUID-style ids. */
  newId(kind: "sheet" | "table" | "pivot" | "chart" | "cf" | "data"): string {
    this.counter += 1;
    if (kind === "sheet") return `{00000000-${this.counter.toString(16).padStart(4, "0")}-0000-0100-000000000000}`;
    return kind === "table" ? String(this.counter) : `{${kind}-${this.counter}}`;
  }

  // ---- sheets -------------------------------------------------------------------------------------------------------

  sheetById(id: string): SheetState | undefined {
    return this.state.sheets.find((s) => s.id === id);
  }

  /** Worksheet lookup as Excel does it: by id, or by name without regard to case. */
  sheetByKey(key: string): SheetState | undefined {
    const lower = key.toLowerCase();
    return this.state.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
  }

  requireSheet(id: string, location: string): SheetState {
    return this.sheetById(id) ?? fail("ItemNotFound", "the worksheet no longer exists", location);
  }

  activeSheet(): SheetState {
    return this.sheetById(this.state.activeSheetId) ?? this.state.sheets[0];
  }

  /** Adds a sheet at the end, checking the name as Excel does (31 chars, no []:*?/\, unique regardless of case). */
  addSheet(name: string | undefined, location: string): SheetState {
    const finalName = name ?? this.defaultSheetName();
    this.checkSheetName(finalName, null, location);
    const sheet: SheetState = {
      id: this.newId("sheet"),
      name: finalName,
      visibility: "Visible",
      tabColor: "",
      showGridlines: true,
      cells: new CellStore(),
      rowFormats: new Map(),
      columnFormats: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      merges: [],
      freeze: { rows: 0, columns: 0 },
      pageLayout: {},
      validations: [],
      conditionalFormats: [],
      customProperties: new Map(),
      charts: [],
      selection: { r0: 0, c0: 0, r1: 0, c1: 0 },
    };
    this.state.sheets.push(sheet);
    if (!this.state.activeSheetId) this.state.activeSheetId = sheet.id;
    return sheet;
  }

  private defaultSheetName(): string {
    for (let n = this.state.sheets.length + 1; ; n++) {
      if (!this.sheetByKey(`Sheet${n}`)) return `Sheet${n}`;
    }
  }

  checkSheetName(name: string, self: SheetState | null, location: string): void {
    if (
      typeof name !== "string" ||
      name.trim() === "" ||
      name.length > 31 ||
      /[[\]:*?/\\]/.test(name) ||
      /^'|'$/.test(name) ||
      name.toLowerCase() === "history"
    ) {
      fail("InvalidArgument", `"${name}" is not a valid worksheet name`, location);
    }
    const clash = this.state.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
    if (clash) fail("ItemAlreadyExists", `a worksheet named "${clash.name}" already exists`, location);
  }

  /** Renames a sheet; formulas that name it are rewritten, as Excel rewrites references. */
  renameSheet(sheet: SheetState, name: string, location: string): void {
    this.checkSheetName(name, sheet, location);
    const escaped = sheet.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`(?:'${escaped.replace(/'/g, "''")}'|(?<![\\p{L}\\p{N}_.'])${escaped})!`, "giu");
    const replacement = `${quoteSheetName(name)}!`;
    for (const s of this.state.sheets) {
      for (const [, , cell] of s.cells.all())
        if (cell.formula) cell.formula = cell.formula.replace(pattern, replacement);
      for (const cf of s.conditionalFormats)
        if (typeof cf.rule.formula === "string") cf.rule.formula = cf.rule.formula.replace(pattern, replacement);
    }
    sheet.name = name;
  }

  /** Deletes a sheet with everything on it; Excel refuses to delete the last visible sheet. */
  deleteSheet(sheet: SheetState, location: string): void {
    const visible = this.state.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet)
      fail("InvalidOperation", "a workbook must keep at least one visible sheet", location);
    this.state.sheets.splice(this.state.sheets.indexOf(sheet), 1);
    this.state.tables = this.state.tables.filter((t) => t.sheetId !== sheet.id);
    this.state.pivots = this.state.pivots.filter((p) => p.sheetId !== sheet.id);
    if (this.state.activeSheetId === sheet.id) {
      this.state.activeSheetId = this.state.sheets.find((s) => s.visibility === "Visible")!.id;
    }
  }

  setVisibility(sheet: SheetState, visibility: Visibility, location: string): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility))
      fail("InvalidArgument", `unknown visibility "${visibility}"`, location);
    if (visibility !== "Visible") {
      const others = this.state.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
      if (others.length === 0) fail("InvalidOperation", "cannot hide the last visible sheet", location);
      if (this.state.activeSheetId === sheet.id) this.state.activeSheetId = others[0].id;
    }
    sheet.visibility = visibility;
  }

  // ---- cells --------------------------------------------------------------------------------------------------------

  /** The effective value of one format property: the cell's own, else its row's, else its column's, else Excel's default. */
  effectiveFormat<K extends FormatKey>(sheet: SheetState, row: number, col: number, key: K): Required<FormatProps>[K] {
    const own = sheet.cells.get(row, col)?.[key];
    if (own !== undefined) return own as Required<FormatProps>[K];
    const byRow = sheet.rowFormats.get(row)?.[key];
    if (byRow !== undefined) return byRow as Required<FormatProps>[K];
    const byColumn = sheet.columnFormats.get(col)?.[key];
    if (byColumn !== undefined) return byColumn as Required<FormatProps>[K];
    return FORMAT_DEFAULTS[key];
  }

  /** The value Office.js reports for a cell: constants as stored, formulas evaluated (see formula.ts). */
  cellValue(sheet: SheetState, row: number, col: number): Scalar | undefined {
    const cell = sheet.cells.get(row, col);
    if (!cell) return undefined;
    if (cell.formula === undefined) return cell.value;
    const key = `${sheet.id}:${row}:${col}`;
    if (this.evaluating.has(key)) return 0; // a circular reference: Excel shows 0 and warns
    this.evaluating.add(key);
    try {
      return evaluateFormula(cell.formula, this.formulaEnv(sheet));
    } finally {
      this.evaluating.delete(key);
    }
  }

  /** The text Excel would display in a cell. */
  cellText(sheet: SheetState, row: number, col: number): string {
    return displayText(this.cellValue(sheet, row, col), this.effectiveFormat(sheet, row, col, "numberFormat"));
  }

  private formulaEnv(home: SheetState): FormulaEnv {
    const resolve = (name: string | null) => (name === null ? home : this.sheetByKey(name));
    return {
      cellValue: (name, row, col) => {
        const sheet = resolve(name);
        return sheet ? this.cellValue(sheet, row, col) : undefined;
      },
      clip: (name, rect) => {
        const sheet = resolve(name);
        if (!sheet) return "unknown-sheet";
        if (area(rect) <= CLIP_AREA) return rect;
        const used = this.usedRect(sheet, true);
        return used ? intersect(rect, used) : null;
      },
      name: (name) => this.state.names.get(name.toLowerCase())?.formula,
      today: () => isoToExcelSerial(todayIso(this.today)),
    };
  }

  /** Writes one value as typed input (numbers, dates, formulas, apostrophes; "@" cells keep text); null leaves the cell alone. */
  writeInput(sheet: SheetState, row: number, col: number, raw: unknown, location: string): void {
    const isText = this.effectiveFormat(sheet, row, col, "numberFormat") === "@";
    const input = interpretInput(raw, isText, `${location} (${cellName(row, col)})`, this.today);
    if (input.kind === "skip") return;
    const cell = sheet.cells.ensure(row, col);
    delete cell.value;
    delete cell.formula;
    delete cell.textPrefix;
    if (input.kind === "formula") cell.formula = input.formula;
    if (input.kind === "constant") {
      cell.value = input.value;
      if (input.textPrefix) cell.textPrefix = true;
      if (input.numberFormat && this.effectiveFormat(sheet, row, col, "numberFormat") === "General")
        cell.numberFormat = input.numberFormat;
    }
    sheet.cells.tidy(row, col);
  }

  /** Writes input values over a rectangle (valueAt gives the value for row/column offsets), then keeps table headers in step. */
  writeBlock(sheet: SheetState, rect: Rect, valueAt: (i: number, j: number) => unknown, location: string): void {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++)
        this.writeInput(sheet, r, c, valueAt(r - rect.r0, c - rect.c0), location);
    }
    this.refreshTableHeaders(sheet, rect);
  }

  /** Sets (or, with undefined, removes) a format property over a rectangle; whole rows/columns become row/column formats. */
  setFormat<K extends FormatKey>(sheet: SheetState, rect: Rect, key: K, value: FormatProps[K] | undefined): void {
    const wholeColumns = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
    const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
    if (wholeColumns || wholeRows) {
      for (const [r, c, cell] of sheet.cells.within(rect)) {
        delete cell[key];
        sheet.cells.tidy(r, c);
      }
      if (wholeColumns) {
        for (let c = rect.c0; c <= rect.c1; c++) setLayer(sheet.columnFormats, c, key, value);
        // A later column format must win over earlier row formats, so the crossings get the value as cell formats.
        for (const [r, props] of sheet.rowFormats) {
          if (props[key] === undefined) continue;
          for (let c = rect.c0; c <= rect.c1; c++) setCellFormat(sheet, r, c, key, value);
        }
      } else {
        for (let r = rect.r0; r <= rect.r1; r++) setLayer(sheet.rowFormats, r, key, value);
      }
      return;
    }
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) setCellFormat(sheet, r, c, key, value);
    }
  }

  /**
   * The value of a format property over a rectangle, or null when cells differ (as Office.js reports mixed formats);
   * `project` picks the part compared (a border's style, say).
   */
  uniformFormat<K extends FormatKey, T = Required<FormatProps>[K]>(
    sheet: SheetState,
    rect: Rect,
    key: K,
    project: (v: Required<FormatProps>[K]) => T = (v) => v as unknown as T,
  ): T | null {
    const seen = new Set<T>();
    const see = (v: Required<FormatProps>[K]) => seen.add(project(v));
    if (area(rect) <= FORMAT_SCAN_LIMIT) {
      for (let r = rect.r0; r <= rect.r1; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          see(this.effectiveFormat(sheet, r, c, key));
          if (seen.size > 1) return null;
        }
      }
    } else {
      for (const [r, c] of sheet.cells.within(rect)) see(this.effectiveFormat(sheet, r, c, key));
      for (let c = rect.c0; c <= rect.c1; c++)
        see((sheet.columnFormats.get(c)?.[key] ?? FORMAT_DEFAULTS[key]) as Required<FormatProps>[K]);
      for (const [r, props] of sheet.rowFormats)
        if (r >= rect.r0 && r <= rect.r1 && props[key] !== undefined) see(props[key] as Required<FormatProps>[K]);
    }
    return seen.size === 1 ? [...seen][0] : null;
  }

  /** Clears contents and/or formats; clearing formats also unmerges, as Excel's Clear Formats does. */
  clear(sheet: SheetState, rect: Rect, what: ClearWhat): void {
    const contents = what === "All" || what === "Contents" || what === "ResetContents";
    const formats = what === "All" || what === "Formats";
    for (const [r, c, cell] of sheet.cells.within(rect)) {
      if (contents) {
        delete cell.value;
        delete cell.formula;
        delete cell.textPrefix;
      }
      if (formats) for (const key of FORMAT_KEYS) delete cell[key];
      sheet.cells.tidy(r, c);
    }
    if (formats) {
      if (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1)
        for (const c of [...sheet.columnFormats.keys()])
          if (c >= rect.c0 && c <= rect.c1) sheet.columnFormats.delete(c);
      if (rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1)
        for (const r of [...sheet.rowFormats.keys()]) if (r >= rect.r0 && r <= rect.r1) sheet.rowFormats.delete(r);
      sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
    }
    if (contents) this.refreshTableHeaders(sheet, rect);
  }

  /** The smallest rectangle holding values (valuesOnly) or values and cell formatting; null for an empty sheet. */
  usedRect(sheet: SheetState, valuesOnly: boolean, within: Rect = WHOLE_SHEET): Rect | null {
    let used: Rect | null = null;
    for (const [r, c, cell] of sheet.cells.within(within)) {
      if (valuesOnly && !hasContent(cell)) continue;
      const here = { r0: r, c0: c, r1: r, c1: c };
      used = used ? bounding(used, here) : here;
    }
    return used;
  }

  // ---- merges -------------------------------------------------------------------------------------------------------

  /** Merges a block (or each of its rows); only the top-left value survives, as in Excel. */
  merge(sheet: SheetState, rect: Rect, across: boolean, location: string): void {
    if (this.tablesOn(sheet).some((t) => intersect(t.rect, rect)))
      fail("InvalidOperation", "cells inside a table cannot be merged", location);
    const blocks = across
      ? Array.from({ length: rect.r1 - rect.r0 + 1 }, (_, i) => ({ ...rect, r0: rect.r0 + i, r1: rect.r0 + i }))
      : [rect];
    for (const block of blocks) {
      if (area(block) === 1) continue;
      sheet.merges = sheet.merges.filter((m) => !intersect(m, block));
      sheet.merges.push(block);
      for (const [r, c, cell] of sheet.cells.within(block)) {
        if (r === block.r0 && c === block.c0) continue;
        delete cell.value;
        delete cell.formula;
        delete cell.textPrefix;
        sheet.cells.tidy(r, c);
      }
    }
  }

  // ---- tables -------------------------------------------------------------------------------------------------------

  tablesOn(sheet: SheetState): TableState[] {
    return this.state.tables.filter((t) => t.sheetId === sheet.id);
  }

  tableByName(name: string): TableState | undefined {
    const lower = name.toLowerCase();
    return this.state.tables.find((t) => t.name.toLowerCase() === lower || t.id === name);
  }

  checkTableName(name: string, self: TableState | null, location: string): void {
    if (
      typeof name !== "string" ||
      !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[RrCc]$/.test(name) ||
      name.length > 255
    ) {
      fail("InvalidArgument", `"${name}" is not a valid table name`, location);
    }
    const clash = this.state.tables.find((t) => t !== self && t.name.toLowerCase() === name.toLowerCase());
    if (clash) fail("ItemAlreadyExists", `a table named "${clash.name}" already exists`, location);
  }

  /** Creates a table as Excel does: without headers it inserts a generated header row and shifts the data down one row. */
  addTable(
    sheet: SheetState,
    rect: Rect,
    hasHeaders: boolean,
    location: string,
    shiftDown: (at: number, count: number) => void,
  ): TableState {
    if (this.tablesOn(sheet).some((t) => intersect(t.rect, rect)))
      fail("InvalidArgument", "a table cannot overlap another table", location);
    if (sheet.merges.some((m) => intersect(m, rect)))
      fail("InvalidArgument", "a table cannot contain merged cells", location);
    if (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1)
      fail("InvalidArgument", "a table cannot span whole columns", location);
    let tableRect = { ...rect };
    if (!hasHeaders) {
      shiftDown(rect.r0, 1);
      tableRect = { ...rect, r1: rect.r1 + 1 };
      for (let c = rect.c0; c <= rect.c1; c++) sheet.cells.ensure(rect.r0, c).value = `Column${c - rect.c0 + 1}`;
    } else if (rect.r0 === rect.r1) {
      tableRect = { ...rect, r1: rect.r1 + 1 };
    }
    let n = this.state.tables.length + 1;
    while (this.tableByName(`Table${n}`)) n++;
    const table: TableState = {
      id: this.newId("table"),
      name: `Table${n}`,
      sheetId: sheet.id,
      rect: tableRect,
      columns: [],
      style: "TableStyleMedium2",
      showTotals: false,
      showBandedRows: true,
      showBandedColumns: false,
      showFilterButton: true,
      highlightFirstColumn: false,
      highlightLastColumn: false,
    };
    this.state.tables.push(table);
    this.refreshTableHeaders(sheet, tableRect);
    return table;
  }

  /** Re-reads column names from header cells; blank or repeated names get Excel's "Column3"/"Name2" and are written back. */
  refreshTableHeaders(sheet: SheetState, touched: Rect): void {
    for (const table of this.tablesOn(sheet)) {
      const header = { ...table.rect, r1: table.rect.r0 };
      if (!intersect(header, touched)) continue;
      const names: string[] = [];
      for (let c = header.c0; c <= header.c1; c++) {
        let name = this.cellText(sheet, header.r0, c).trim() || `Column${c - header.c0 + 1}`;
        const base = name;
        for (let k = 2; names.some((n) => n.toLowerCase() === name.toLowerCase()); k++) name = `${base}${k}`;
        const cell = sheet.cells.ensure(header.r0, c);
        if (cell.value !== name || cell.formula !== undefined) {
          delete cell.formula;
          cell.value = name;
        }
        names.push(name);
      }
      table.columns = names;
    }
  }

  /** The data rows of a table (below the header, above a totals row). */
  tableBody(table: TableState): Rect {
    return { ...table.rect, r0: table.rect.r0 + 1, r1: table.rect.r1 - (table.showTotals ? 1 : 0) };
  }
}

function setLayer<K extends FormatKey>(
  layers: Map<number, FormatProps>,
  index: number,
  key: K,
  value: FormatProps[K] | undefined,
): void {
  const props = layers.get(index) ?? {};
  if (value === undefined) delete props[key];
  else props[key] = value;
  if (Object.keys(props).length) layers.set(index, props);
  else layers.delete(index);
}

function setCellFormat<K extends FormatKey>(
  sheet: SheetState,
  row: number,
  col: number,
  key: K,
  value: FormatProps[K] | undefined,
): void {
  const cell: Cell = sheet.cells.ensure(row, col);
  if (value === undefined) delete cell[key];
  else cell[key] = value;
  sheet.cells.tidy(row, col);
}
