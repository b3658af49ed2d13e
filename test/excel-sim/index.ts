// Public surface of the Excel simulator used by the Office.js adapter's tests.
export { createWorkbook, SimWorkbook } from "./sim";
export type { EditAuthor, InitCell, SimOptions, WorkbookInit } from "./sim";
export { SimRequestContext, PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT } from "./context";
export { SimOfficeError } from "./errors";
export type { SimErrorCode } from "./errors";
export { installOfficeGlobals } from "./globals";
export { saveWorkbook, openSavedWorkbook } from "./persist";
export type { SimStats, RequestRecord } from "./stats";
export type {
  WorkbookSnapshot,
  SheetSnapshot,
  CellSnapshot,
  TableSnapshot,
  PivotSnapshot,
  ChartSnapshot,
} from "./snapshot";
export type { PivotResult } from "./pivot-model";
export { SimClientObject, SimClientResult, SimCollection } from "./proxy";
export {
  SimRange,
  SimRangeFormat,
  SimRangeFill,
  SimRangeFont,
  SimRangeBorderCollection,
  SimRangeBorder,
  SimRangeAreas,
  SimDataValidation,
} from "./range";
export {
  SimWorksheet,
  SimWorksheetCollection,
  SimPageLayout,
  SimWorksheetFreezePanes,
  SimWorksheetCustomProperty,
} from "./worksheet";
export { SimTable, SimTableCollection, SimTableColumn, SimTableRowCollection } from "./table";
export { SimPivotTable, SimPivotTableCollection, SimDataPivotHierarchy } from "./pivot";
export { SimChart, SimChartCollection } from "./chart";
export { SimConditionalFormat, SimConditionalFormatCollection } from "./conditional-format";
export { SimSetting, SimSettingCollection } from "./settings";
export { SimExcelWorkbook, SimApplication, SimRuntime } from "./workbook";
