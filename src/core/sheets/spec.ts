// Sheet specs: every sheet the add-in generates, described as data so the Excel and .xlsx adapters render the same thing.

import type { IsoDate } from "../model/dates";

/** Named cell styles; adapters turn them into fonts, fills and formats. */
export type StyleId =
  | "title"
  | "subtitle"
  | "header"
  | "text"
  | "wrap"
  | "center"
  | "date"
  | "section"
  | "count"
  | "total"
  | "overdue"
  | "due"
  | "done"
  | "late"
  | "muted";

/** What a style looks like: the two adapters render exactly this. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  numberFormat?: string;
  border?: boolean;
}

export const STYLES: Record<StyleId, CellStyle> = {
  title: { bold: true, size: 14, color: "#1F3864" },
  subtitle: { italic: true, size: 11, color: "#404040" },
  header: { bold: true, fill: "#DDEBF7", wrap: true, align: "center", border: true },
  text: { border: true },
  wrap: { wrap: true, border: true },
  center: { align: "center", border: true, wrap: true },
  date: { numberFormat: "dd/mm/yyyy", align: "center", border: true },
  section: { bold: true, fill: "#F2F2F2", border: true },
  count: { align: "center", border: true, numberFormat: "0" },
  total: { bold: true, align: "center", border: true, numberFormat: "0", fill: "#F2F2F2" },
  overdue: { fill: "#F8D7DA", color: "#842029", bold: true, align: "center", border: true, wrap: true },
  due: { fill: "#FFF3CD", color: "#664D03", align: "center", border: true, wrap: true },
  done: { fill: "#D1E7DD", color: "#0F5132", align: "center", border: true, wrap: true },
  late: { fill: "#E2E3F3", color: "#3D3B8E", align: "center", border: true, wrap: true },
  muted: { italic: true, color: "#595959" },
};

/** Colours of the deadline highlight rules on the plan rows (fill, font). */
export const HIGHLIGHT_COLORS = {
  overdue: { fill: "#F8D7DA", font: "#842029" },
  due: { fill: "#FFF3CD", font: "#664D03" },
  done: { fill: "#D1E7DD", font: "#0F5132" },
} as const;

/** One cell of a spec: a value (text stays text, never a formula), a date, or a formula with its computed value. */
export type SpecCell =
  | null
  | string
  | number
  | { text: string; style?: StyleId }
  | { number: number; style?: StyleId }
  | { date: IsoDate; style?: StyleId }
  | { formula: string; result: number | string; style?: StyleId };

/** A rectangle in sheet coordinates (1-based, inclusive). */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A conditional format: one custom formula written for the area's top-left cell, applied over the area. */
export interface ConditionalRule {
  key: string;
  area: Area;
  formula: string;
  fill: string;
  font: string;
}

/** A generated sheet, from A1 down. */
export interface SheetSpec {
  /** Stable identity of the generated sheet ("agency:Ban Dân vận Thành ủy", "assignments", "summary"). */
  key: string;
  name: string;
  rows: SpecCell[][];
  /** Style of each row's cells where a cell does not name its own. */
  rowStyles?: (StyleId | null)[];
  columns: { width: number }[];
  merges: Area[];
  tables: (Area & { name: string })[];
  conditionalFormats: ConditionalRule[];
  validations: (Area & { list: string[] })[];
  freezeRows: number;
  print: { orientation: "landscape" | "portrait"; fitToWidth: boolean; titleRows: [number, number] | null };
  tabColor?: string;
  /** The sheet is protected: only these areas may be edited (the returned workbooks an agency fills in). */
  protection?: { unlocked: Area[] };
}

/** A PivotTable the Excel adapter builds over the assignments table (rows × columns × count). */
export interface PivotSpec {
  name: string;
  title: string;
  rowField: string;
  columnField: string;
  dataField: string;
}

/** The summary: PivotTables where Excel has them, and the same counts as COUNTIFS formulas everywhere else. */
export interface SummarySpec {
  assignments: SheetSpec;
  /** COUNTIFS tables over the assignments table (the .xlsx output, and Excel without ExcelApi 1.8). */
  counts: SheetSpec;
  pivots: PivotSpec[];
  /** Name of the Excel table the pivots are sourced from. */
  sourceTable: string;
  chart: { title: string; pivot: string };
}

/** Makes an empty spec with the defaults every generated sheet shares (landscape A4, fit to width). */
export function emptySheet(key: string, name: string): SheetSpec {
  return {
    key,
    name,
    rows: [],
    rowStyles: [],
    columns: [],
    merges: [],
    tables: [],
    conditionalFormats: [],
    validations: [],
    freezeRows: 0,
    print: { orientation: "landscape", fitToWidth: true, titleRows: null },
  };
}

/** Reads a spec cell's style, falling back to its row's style. */
export function cellStyle(spec: SheetSpec, r: number, cell: SpecCell): StyleId | null {
  if (cell !== null && typeof cell === "object" && cell.style) return cell.style;
  return spec.rowStyles?.[r] ?? null;
}

// A column width unit is about one digit of the default font; Vietnamese text with diacritics runs a little wider.
const CHARS_PER_WIDTH_UNIT = 1.35;
// A line of the 11-pt Times New Roman both adapters write: about 19 px (14.25 pt) in Excel, as for Arial 11 whose line
// metrics it shares, and 12.2 pt in LibreOffice. Calibri's 15 pt (Excel's default font) left wrapped rows too tall.
const LINE_HEIGHT_PT = 14.25;
// Excel's tallest row; Office.js refuses a taller one (InvalidArgument), so a very long task gets a row this tall.
const MAX_ROW_HEIGHT_PT = 409;

/** Estimates each row's height in points so wrapped text shows whole (Excel and LibreOffice do not re-fit rows of a written file). */
export function rowHeights(spec: SheetSpec): (number | null)[] {
  const merged = new Map<string, number>();
  for (const m of spec.merges) {
    if (m.top !== m.bottom) continue;
    let w = 0;
    for (let c = m.left; c <= m.right; c++) w += spec.columns[c - 1]?.width ?? 9;
    merged.set(`${m.top}:${m.left}`, w);
  }
  return spec.rows.map((cells, r) => {
    let lines = 1;
    cells.forEach((cell, c) => {
      const style = cellStyle(spec, r, cell);
      if (!style || !STYLES[style].wrap) return;
      const text =
        cell !== null && typeof cell === "object" && "text" in cell ? cell.text : typeof cell === "string" ? cell : "";
      if (!text) return;
      const width = merged.get(`${r + 1}:${c + 1}`) ?? spec.columns[c]?.width ?? 9;
      const perLine = Math.max(4, Math.floor(width * CHARS_PER_WIDTH_UNIT));
      const n = text.split("\n").reduce((s, p) => s + Math.max(1, Math.ceil(p.length / perLine)), 0);
      lines = Math.max(lines, n);
    });
    return lines > 1 ? Math.min(MAX_ROW_HEIGHT_PT, lines * LINE_HEIGHT_PT) : null;
  });
}
