/** A worksheet cell as the core sees it, whichever adapter (Office.js or exceljs) read it. */
export type CellValue = string | number | boolean | Date | null;
