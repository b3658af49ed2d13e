// A1-style cell addresses: the core speaks in sheet rows/columns (1-based) so every finding can point at a cell.

/** Turns a 1-based column number into its letters (1 → "A", 28 → "AB") for cell addresses shown to users. */
export function columnLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Turns column letters back into a 1-based column number ("AB" → 28). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

// Plans read hundreds of thousands of addresses over a few dozen columns: each column's letters are worked out once.
const LETTERS: string[] = [];

/** The A1 address of one cell (row and column 1-based), e.g. cellAddress(7, 3) → "C7". */
export function cellAddress(row: number, col: number): string {
  const letters = col < 1024 ? (LETTERS[col] ??= columnLetters(col)) : columnLetters(col);
  return letters + row;
}

/** The A1 address of a rectangle, e.g. rangeAddress(1, 1, 3, 2) → "A1:B3"; a single cell stays "A1". */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  const b = cellAddress(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

/** Reads "C7" or "$C$7" into a 1-based row/column pair; null when it is not a cell address. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Reads "A1:C7" (or one cell) into its corners; sheet prefixes such as "'Kế hoạch'!A1:C7" are dropped. */
export function parseRangeAddress(
  address: string,
): { top: number; left: number; bottom: number; right: number } | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const p = parseCellAddress(a);
  const q = b === undefined ? p : parseCellAddress(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** Quotes a sheet name for use in a formula or a full address ("Kế hoạch" → "'Kế hoạch'"), as Excel writes it. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
