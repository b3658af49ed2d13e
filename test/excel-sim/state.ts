// The shared document: plain data that every request context reads and writes when it syncs.
import { Rect } from "./address";
import { CellStore, FormatProps, Scalar } from "./cells";

/** A sheet's visibility, as Office names it. */
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** A data-validation rule and the cells it covers. */
export interface ValidationState {
  rects: Rect[];
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  prompt?: unknown;
  errorAlert?: unknown;
}

/** The format a conditional-format rule applies. */
export interface ConditionalFormatStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: string;
  numberFormat?: string;
}

/** A conditional-format rule; its index in the sheet's list is its priority (0 = evaluated first). */
export interface ConditionalFormatState {
  id: string;
  type: string;
  rects: Rect[];
  stopIfTrue: boolean;
  rule: Record<string, unknown>;
  format: ConditionalFormatStyle;
}

/** A chart and what it was asked to show. */
export interface ChartState {
  id: string;
  name: string;
  type: string;
  sourceSheetId: string;
  source: Rect;
  seriesBy: string;
  title: { text: string; visible: boolean };
  legend: { position: string; visible: boolean };
  top: number;
  left: number;
  width: number;
  height: number;
}

/** One worksheet with everything anchored on it. */
export interface SheetState {
  id: string;
  name: string;
  visibility: Visibility;
  tabColor: string;
  showGridlines: boolean;
  cells: CellStore;
  rowFormats: Map<number, FormatProps>;
  columnFormats: Map<number, FormatProps>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  merges: Rect[];
  freeze: { rows: number; columns: number };
  pageLayout: Record<string, unknown>;
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  customProperties: Map<string, { key: string; value: string }>;
  charts: ChartState[];
  /** The last selection on this sheet, restored when the sheet is activated again. */
  selection: Rect;
}

/** A table; its columns are the texts of its header cells. */
export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  /** The whole table including its header row. */
  rect: Rect;
  columns: string[];
  style: string;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
}

/** Where a pivot reads from: a table (follows the table's range) or a fixed range. */
export type PivotSource = { kind: "table"; tableId: string } | { kind: "range"; sheetId: string; rect: Rect };

/** A value field of a pivot. */
export interface PivotDataState {
  id: string;
  name: string;
  field: string;
  summarizeBy: string;
  /** False while the name is Excel's own ("Count of X"), which follows summarizeBy changes. */
  customName: boolean;
  numberFormat: string;
}

/** A snapshot of the source taken at creation/refresh: pivots never see later edits until refreshed, as in Excel. */
export interface PivotCache {
  fields: string[];
  records: { values: (Scalar | undefined)[]; labels: string[] }[];
}

/** A PivotTable: its fields on each axis and the cache its numbers come from. */
export interface PivotState {
  id: string;
  name: string;
  sheetId: string;
  destination: { row: number; col: number };
  source: PivotSource;
  cache: PivotCache;
  rows: string[];
  columns: string[];
  filters: string[];
  data: PivotDataState[];
  layout: Record<string, unknown>;
  refreshCount: number;
}

/** Everything in the workbook. */
export interface WorkbookState {
  sheets: SheetState[];
  tables: TableState[];
  pivots: PivotState[];
  settings: Map<string, unknown>;
  /** Workbook-scoped defined names by lower-cased name: the name as written and what it refers to ("='S'!$B$4"). */
  names: Map<string, { name: string; formula: string }>;
  activeSheetId: string;
  calculationMode: string;
}
