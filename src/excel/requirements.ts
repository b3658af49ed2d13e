// ExcelApi versions the adapter depends on, checked at run time (the manifest declares only the floor).
import type { ExcelEnv } from "./host";

/** The ExcelApi version each optional capability needs. */
export const API = {
  /** Conditional formats and suspended calculation. */
  conditionalFormats: "1.6",
  /** Freeze panes and tab colours: the floor for generating sheets. */
  generate: "1.7",
  /** PivotTables, data validation and turning events off. */
  pivots: "1.8",
  dataValidation: "1.8",
  events: "1.8",
  /** Page layout, suspended screen updating, per-cell and per-row properties in one call. */
  pageLayout: "1.9",
  screenUpdating: "1.9",
  cellProperties: "1.9",
  /** Worksheet custom properties (generated-sheet marks). */
  customProperties: "1.12",
  /** Table.resize, to take the helper deadline column into the plan's table. */
  tableResize: "1.13",
  /** Range.getMergedAreasOrNullObject, to read a value merged down over several task rows in each of them. */
  mergedAreas: "1.13",
} as const;

/** What the Excel at hand can do, asked once per command. */
export interface Capabilities {
  generate: boolean;
  conditionalFormats: boolean;
  pivots: boolean;
  dataValidation: boolean;
  events: boolean;
  pageLayout: boolean;
  screenUpdating: boolean;
  cellProperties: boolean;
  customProperties: boolean;
  tableResize: boolean;
  mergedAreas: boolean;
}

/** Asks the host which optional ExcelApi sets it supports. */
export function capabilities(env: ExcelEnv): Capabilities {
  const has = (v: string) => env.isSetSupported("ExcelApi", v);
  return {
    generate: has(API.generate),
    conditionalFormats: has(API.conditionalFormats),
    pivots: has(API.pivots),
    dataValidation: has(API.dataValidation),
    events: has(API.events),
    pageLayout: has(API.pageLayout),
    screenUpdating: has(API.screenUpdating),
    cellProperties: has(API.cellProperties),
    customProperties: has(API.customProperties),
    tableResize: has(API.tableResize),
    mergedAreas: has(API.mergedAreas),
  };
}
