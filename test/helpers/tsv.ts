import type { CellValue } from "../../src/core/model/cell-value";

/**
 * Parses tab-separated text as Excel writes it: a cell holding a tab, a line break or `"` is quoted with inner quotes
 * doubled, so one record may span several lines. Empty cells come back as null, as the workbook readers give them.
 */
export function parseTsv(text: string): CellValue[][] {
  const records: CellValue[][] = [];
  let row: CellValue[] = [];
  let cell = "";
  let i = 0;
  const s = text.replace(/\r\n?/g, "\n");
  const endCell = () => {
    row.push(cell === "" ? null : cell);
    cell = "";
  };
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"' && cell === "") {
      // A quoted cell: up to the quote that is not doubled.
      i++;
      while (i < s.length) {
        if (s[i] === '"' && s[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (s[i] === '"') {
          i++;
          break;
        } else cell += s[i++];
      }
      continue;
    }
    if (ch === "\t") endCell();
    else if (ch === "\n") {
      endCell();
      records.push(row);
      row = [];
    } else cell += ch;
    i++;
  }
  if (cell !== "" || row.length > 0) {
    endCell();
    records.push(row);
  }
  return records.map((r) => (r.length === 1 && r[0] === null ? [] : r));
}
