// How every generated sheet looks beyond its cells' named styles, the same in Excel and in the .xlsx file: one serif
// font at the top of each cell, thin grey borders, one table style, an A4 page centred across with narrow margins,
// grey helper dates, and dropdowns that warn rather than refuse. Both renderers read these; neither has its own.
import { STYLES, type CellStyle } from "./spec";

/** The font every styled cell uses (Vietnamese official documents are set in Times New Roman), and its default size. */
export const FONT = { name: "Times New Roman", size: 11 } as const;

/** Text sits at the top of its cell, so a short cell beside a tall wrapped one reads from the same line. */
export const VERTICAL_ALIGN = "top";

/** The thin grey border of bordered styles. */
export const BORDER_COLOR = "#BFBFBF";

/** The built-in style of every table the tools write (light, banded rows). */
export const TABLE_STYLE = "TableStyleLight9";

/** The printed page: A4, centred across, margins in inches. */
export const PAGE = {
  paper: "A4",
  centerHorizontally: true,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
} as const;

/** The helper deadline column beside the plan: the tools', not the user's, so its dates are grey. */
export const HELPER_COLUMN: { style: CellStyle; width: number } = {
  style: { ...STYLES.date, color: "#7F7F7F" },
  width: 12,
};

/** What a dropdown says when a typed value is not in its list (it warns, so the user may keep it). */
export function listAlert(list: string[]): { title: string; message: string } {
  return { title: "Giá trị không có trong danh sách", message: `Chọn một trong: ${list.join(", ")}` };
}
