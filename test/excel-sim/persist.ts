// Saving a simulated workbook as text and opening it again. The browser harness keeps its workbook in sessionStorage
// this way, so a reload of the task pane page finds the workbook as it was — as in Excel, where the workbook lives
// outside the pane and survives the pane's reload. Only the document is saved: sessions, counters and event
// registrations belong to the page that made them and end with it, as the add-in's do in Office.
import { CellStore } from "./cells";
import { SimWorkbook, type SimOptions } from "./sim";
import type { WorkbookState } from "./state";

interface Saved {
  ids: number;
  state: unknown;
}

/** Saves the whole document of a simulated workbook (cells, formats, tables, pivots, charts, settings…) as JSON text. */
export function saveWorkbook(sim: SimWorkbook): string {
  const saved: Saved = { ids: sim.model.idsIssued, state: encode(sim.model.state) };
  return JSON.stringify(saved);
}

/** Opens a workbook saved by saveWorkbook(): the same document, with fresh sessions and counters. */
export function openSavedWorkbook(text: string, options?: SimOptions): SimWorkbook {
  const saved = JSON.parse(text) as Saved;
  const sim = new SimWorkbook(undefined, options);
  Object.assign(sim.model.state, decode(saved.state) as WorkbookState);
  sim.model.idsIssued = saved.ids;
  return sim;
}

// JSON has no Map, no undefined inside arrays (pivot caches hold blanks as undefined) and no CellStore: tag them.
function encode(value: unknown): unknown {
  if (value instanceof CellStore) return { $cells: [...value.all()].map(([r, c, cell]) => [r, c, encode(cell)]) };
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [k, encode(v)]) };
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? { $undefined: true } : encode(v)));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value === null || typeof value !== "object") return value;
  const tagged = value as { $cells?: [number, number, unknown][]; $map?: [unknown, unknown][]; $undefined?: true };
  if (tagged.$undefined) return undefined;
  if (tagged.$map) return new Map(tagged.$map.map(([k, v]) => [k, decode(v)]));
  if (tagged.$cells) {
    const store = new CellStore();
    for (const [r, c, cell] of tagged.$cells) store.set(r, c, decode(cell) as object);
    return store;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
}
