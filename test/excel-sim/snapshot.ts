// A plain JSON description of the whole workbook, for test assertions (only what differs from Excel's defaults).
import { cellName, columnName, fullAddress, rectToA1 } from "./address";
import { BORDER_SIDES, BorderSide, BorderState, FormatProps, Scalar, borderKey } from "./cells";
import { WorkbookModel } from "./model";
import { PivotResult, computePivot } from "./pivot-model";
import { PivotState, SheetState } from "./state";

/** One cell in a snapshot. */
export interface CellSnapshot {
  /** The value Office.js would report (formulas evaluated; "" for a formatted empty cell). */
  value: Scalar;
  formula?: string;
  /** Set when the text was protected by an apostrophe or a "@" number format, so Excel kept it as text. */
  textPrefix?: true;
  numberFormat?: string;
  fill?: string;
  font?: {
    bold?: boolean;
    italic?: boolean;
    color?: string;
    size?: number;
    name?: string;
    underline?: string;
    strikethrough?: boolean;
  };
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** Drawn border sides (an edge shared by two cells appears on both). */
  borders?: Partial<Record<BorderSide, BorderState>>;
}

/** One table in a snapshot. */
export interface TableSnapshot {
  id: string;
  name: string;
  address: string;
  style: string;
  columns: string[];
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
}

/** One PivotTable in a snapshot, with its computed result. */
export interface PivotSnapshot {
  id: string;
  name: string;
  destination: string;
  /** The source table's name, or the source range's address. */
  source: string;
  rows: string[];
  columns: string[];
  filters: string[];
  data: { name: string; field: string; summarizeBy: string; numberFormat: string }[];
  layout: Record<string, unknown>;
  refreshCount: number;
  result: PivotResult;
}

/** One chart in a snapshot. */
export interface ChartSnapshot {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  titleVisible: boolean;
  legend: { position: string; visible: boolean };
  top: number;
  left: number;
  width: number;
  height: number;
}

/** One worksheet in a snapshot. */
export interface SheetSnapshot {
  id: string;
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  customProperties: Record<string, string>;
  /** Cells with content or their own formatting, by A1 name. */
  cells: Record<string, CellSnapshot>;
  /** Formatting applied to whole rows ("5") and whole columns ("C"). */
  rowFormats: Record<string, FormatProps>;
  columnFormats: Record<string, FormatProps>;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  merges: string[];
  freeze: { rows: number; columns: number };
  /** Page setup values that were set (printTitleRows, printArea, orientation, zoom...). */
  pageLayout: Record<string, unknown>;
  dataValidations: {
    address: string;
    rule: Record<string, unknown>;
    ignoreBlanks: boolean;
    prompt?: unknown;
    errorAlert?: unknown;
  }[];
  /** In priority order (first = priority 0). */
  conditionalFormats: {
    id: string;
    address: string;
    type: string;
    priority: number;
    stopIfTrue: boolean;
    rule: Record<string, unknown>;
    format: Record<string, unknown>;
  }[];
  tables: TableSnapshot[];
  pivotTables: PivotSnapshot[];
  charts: ChartSnapshot[];
  selection: string;
}

/** The whole workbook as plain data. */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  activeSheet: string;
  selection: { sheet: string; address: string };
  settings: Record<string, unknown>;
  calculationMode: string;
}

const FONT_KEYS = {
  bold: "bold",
  italic: "italic",
  color: "color",
  size: "size",
  fontName: "name",
  underline: "underline",
  strikethrough: "strikethrough",
} as const;

function cellSnapshot(model: WorkbookModel, sheet: SheetState, row: number, col: number): CellSnapshot {
  const cell = sheet.cells.get(row, col)!;
  const out: CellSnapshot = { value: model.cellValue(sheet, row, col) ?? "" };
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.textPrefix) out.textPrefix = true;
  if (cell.numberFormat !== undefined) out.numberFormat = cell.numberFormat;
  if (cell.fill !== undefined) out.fill = cell.fill;
  for (const [key, name] of Object.entries(FONT_KEYS) as [keyof typeof FONT_KEYS, string][]) {
    if (cell[key] !== undefined) out.font = { ...out.font, [name]: cell[key] };
  }
  if (cell.wrapText !== undefined) out.wrapText = cell.wrapText;
  if (cell.horizontalAlignment !== undefined) out.horizontalAlignment = cell.horizontalAlignment;
  if (cell.verticalAlignment !== undefined) out.verticalAlignment = cell.verticalAlignment;
  for (const side of BORDER_SIDES) {
    const border = cell[borderKey(side)];
    if (border) out.borders = { ...out.borders, [side]: { ...border } };
  }
  return out;
}

function byKey<V>(map: Map<number, V>, name: (i: number) => string): Record<string, V> {
  return Object.fromEntries([...map].sort(([a], [b]) => a - b).map(([i, v]) => [name(i), v]));
}

function pivotSnapshot(model: WorkbookModel, pivot: PivotState): PivotSnapshot {
  const sheet = model.sheetById(pivot.sheetId)!;
  const source =
    pivot.source.kind === "table"
      ? (model.state.tables.find((t) => t.id === (pivot.source as { tableId: string }).tableId)?.name ??
        "(deleted table)")
      : fullAddress(model.sheetById(pivot.source.sheetId)?.name ?? "(deleted sheet)", pivot.source.rect);
  return {
    id: pivot.id,
    name: pivot.name,
    destination: `${fullAddress(sheet.name, { r0: pivot.destination.row, c0: pivot.destination.col, r1: pivot.destination.row, c1: pivot.destination.col })}`,
    source,
    rows: [...pivot.rows],
    columns: [...pivot.columns],
    filters: [...pivot.filters],
    data: pivot.data.map((d) => ({
      name: d.name,
      field: d.field,
      summarizeBy: d.summarizeBy,
      numberFormat: d.numberFormat,
    })),
    layout: { ...pivot.layout },
    refreshCount: pivot.refreshCount,
    result: computePivot(pivot),
  };
}

/** Describes the whole workbook as plain data. */
export function buildSnapshot(model: WorkbookModel): WorkbookSnapshot {
  const state = model.state;
  const active = model.activeSheet();
  return {
    sheets: state.sheets.map((sheet, position) => {
      const cells: Record<string, CellSnapshot> = {};
      const positions = [...sheet.cells.all()].sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2);
      for (const [r, c] of positions) cells[cellName(r, c)] = cellSnapshot(model, sheet, r, c);
      return {
        id: sheet.id,
        name: sheet.name,
        position,
        visibility: sheet.visibility,
        tabColor: sheet.tabColor,
        showGridlines: sheet.showGridlines,
        customProperties: Object.fromEntries([...sheet.customProperties.values()].map((p) => [p.key, p.value])),
        cells,
        rowFormats: byKey(sheet.rowFormats, (r) => String(r + 1)),
        columnFormats: byKey(sheet.columnFormats, columnName),
        columnWidths: byKey(sheet.columnWidths, columnName),
        rowHeights: byKey(sheet.rowHeights, (r) => String(r + 1)),
        merges: sheet.merges.map(rectToA1),
        freeze: { ...sheet.freeze },
        pageLayout: { ...sheet.pageLayout },
        dataValidations: sheet.validations.map((v) => ({
          address: v.rects.map(rectToA1).join(","),
          rule: v.rule,
          ignoreBlanks: v.ignoreBlanks,
          ...(v.prompt !== undefined ? { prompt: v.prompt } : {}),
          ...(v.errorAlert !== undefined ? { errorAlert: v.errorAlert } : {}),
        })),
        conditionalFormats: sheet.conditionalFormats.map((cf, priority) => ({
          id: cf.id,
          address: cf.rects.map(rectToA1).join(","),
          type: cf.type,
          priority,
          stopIfTrue: cf.stopIfTrue,
          rule: { ...cf.rule },
          format: { ...cf.format },
        })),
        tables: model.tablesOn(sheet).map((t) => ({
          id: t.id,
          name: t.name,
          address: rectToA1(t.rect),
          style: t.style,
          columns: [...t.columns],
          showBandedRows: t.showBandedRows,
          showBandedColumns: t.showBandedColumns,
          showFilterButton: t.showFilterButton,
        })),
        pivotTables: state.pivots.filter((p) => p.sheetId === sheet.id).map((p) => pivotSnapshot(model, p)),
        charts: sheet.charts.map((c) => ({
          name: c.name,
          type: c.type,
          source: fullAddress(model.sheetById(c.sourceSheetId)?.name ?? "(deleted sheet)", c.source),
          seriesBy: c.seriesBy,
          title: c.title.text,
          titleVisible: c.title.visible,
          legend: { ...c.legend },
          top: c.top,
          left: c.left,
          width: c.width,
          height: c.height,
        })),
        selection: rectToA1(sheet.selection),
      };
    }),
    activeSheet: active.name,
    selection: { sheet: active.name, address: rectToA1(active.selection) },
    settings: Object.fromEntries([...state.settings].map(([k, v]) => [k, JSON.parse(JSON.stringify(v))])),
    calculationMode: state.calculationMode,
  };
}
