import type { CellValue } from "../model/cell-value";
import type { SheetGrid } from "../model/grid";
import { cleanText } from "../text/normalize";

/** A plan table copied out of a Word document, as rows of cells plus the lines around it. */
export interface PastedPlan {
  /** Lines above the table (issuing bodies, number, "KẾ HOẠCH", subject, preamble). */
  titleLines: string[];
  /** The table's rows, header rows included, blank page-break lines dropped. */
  rows: string[][];
  /** Lines after the table (signatures), kept so nothing typed is lost. */
  footerLines: string[];
}

/** Splits text copied from Word (tab-separated, quoted multi-line cells) into title lines, table rows and footer lines. */
export function parsePastedText(text: string): PastedPlan {
  const records = splitRecords(text.replace(/\r\n?/g, "\n"));
  const isRow = (r: string[]) => r.length > 1;
  const first = records.findIndex(isRow);
  if (first < 0)
    return { titleLines: records.map((r) => stripMarkup(r[0] ?? "")).filter(Boolean), rows: [], footerLines: [] };
  let last = records.length - 1;
  while (last > first && !isRow(records[last])) last--;
  const titleLines = records
    .slice(0, first)
    .map((r) => stripMarkup(r.join(" ")))
    .filter((l) => l && l !== "*");
  const rows = records
    .slice(first, last + 1)
    .filter((r) => r.some((c) => stripMarkup(c) !== ""))
    .map((r) => r.map(stripMarkup));
  const footerLines = records
    .slice(last + 1)
    .map((r) => stripMarkup(r.join(" ")))
    .filter(Boolean);
  return { titleLines, rows, footerLines };
}

// Word puts a cell holding line breaks in double quotes, with inner quotes doubled (as Excel's TSV does).
function splitRecords(text: string): string[][] {
  const records: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"' && (text[i + 1] === "\t" || text[i + 1] === "\n" || i + 1 === text.length)) quoted = false;
      else cell += ch;
      continue;
    }
    if (ch === '"' && atCellStart && text.indexOf('"', i + 1) > 0 && row.length > 0) {
      quoted = true;
      atCellStart = false;
    } else if (ch === "\t") {
      row.push(cell);
      cell = "";
      atCellStart = true;
    } else if (ch === "\n") {
      row.push(cell);
      records.push(row);
      row = [];
      cell = "";
      atCellStart = true;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    records.push(row);
  }
  return records;
}

// Copying from Word (or from a Markdown copy of it) leaves <i>…</i>, **bold** and similar marks in the text.
function stripMarkup(s: string): string {
  return cleanText(
    s
      .replace(/<\/?(i|b|u|em|strong|sup|sub|br|p|span)(\s[^>]*)?>/gi, " ")
      .replace(/\*\*/g, "")
      .replace(/^\*\s*$/, ""),
  );
}

/** Turns pasted text into a sheet grid (title lines in column A, the table below) that the plan reader can read. */
export function pastedGrid(pasted: PastedPlan, sheetName: string): SheetGrid {
  const values: CellValue[][] = [...pasted.titleLines.map((l) => [l]), [], ...pasted.rows];
  return { name: sheetName, values };
}
