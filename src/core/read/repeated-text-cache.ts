import type { CellValue } from "../model/cell-value";

// Plans repeat the same short texts in thousands of cells ("Phối hợp", "Quý II", "Hoàn thành"): reading each
// distinct text once keeps a 100,000-task plan fast. Long texts (task content) are rarely repeated and not kept.
const MAX_KEY = 80;

/** Wraps a cell reader so each distinct short text is read once per plan; other values go straight through. */
export function memoByText<T>(read: (v: CellValue) => T): (v: CellValue) => T {
  const cache = new Map<string, T>();
  return (v) => {
    if (typeof v !== "string" || v.length > MAX_KEY) return read(v);
    let hit = cache.get(v);
    if (hit === undefined && !cache.has(v)) {
      hit = read(v);
      cache.set(v, hit);
    }
    return hit as T;
  };
}
