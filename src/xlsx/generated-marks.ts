import type ExcelJS from "exceljs";

/** The very hidden sheet where .xlsx output records which sheets the add-in generated (exceljs cannot write custom properties). */
export const GENERATED_MARK_SHEET = "_kehoach";

/** Records the add-in's generated sheets (name → spec key) so a later run replaces only those. */
export function writeGeneratedMarks(workbook: ExcelJS.Workbook, marks: Map<string, string>): void {
  const existing = workbook.getWorksheet(GENERATED_MARK_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  if (marks.size === 0) return;
  const ws = workbook.addWorksheet(GENERATED_MARK_SHEET, { state: "veryHidden" });
  for (const [name, key] of marks) ws.addRow([name, key]);
}
