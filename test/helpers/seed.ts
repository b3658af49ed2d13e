import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../src/core/model/cell-value";
import type { SheetGrid, WorkbookGrids } from "../../src/core/model/grid";
import { parsePastedText, pastedGrid } from "../../src/core/read/import-text";
import { analyseWorkbook, type AnalyseOptions } from "../../src/core/analyse-workbook";
import type { Plan } from "../../src/core/model/plan";

/** The plan the pipeline reads from a workbook's grids (null without one), as every command sees it. */
export function planOf(workbook: WorkbookGrids, options: AnalyseOptions): Plan | null {
  return analyseWorkbook(workbook, options)?.plan ?? null;
}

/** The seed plan's text as copied out of Word (the project's own copy in assets/). */
export const SEED_TEXT = readFileSync(join(__dirname, "..", "..", "assets", "ke-hoach-phoi-hop-2024.txt"), "utf8");

/** The seed plan as a workbook with one sheet, as the import puts it before writing. */
export function seedWorkbook(): WorkbookGrids {
  return { sheets: [pastedGrid(parsePastedText(SEED_TEXT), "Kế hoạch")] };
}

/** Each seed task's lead, by task number, read by hand from the Word draft. */
export const SEED_LEADS: Record<string, string> = {
  "1": "Ban Dân vận Thành ủy",
  "2": "Liên đoàn Lao động thành phố",
  "3": "Liên đoàn Lao động thành phố",
  "4": "Ban Dân vận Thành ủy",
  "5": "Liên đoàn Lao động thành phố",
  "6": "Liên đoàn Lao động thành phố",
  "7": "Ban Dân vận Thành ủy",
  "8": "Liên đoàn Lao động thành phố",
  "9": "Ban Dân vận Thành ủy",
  "10": "Ban Quản lý Khu kinh tế Hải Phòng",
  "11": "Liên đoàn Lao động thành phố",
  "12": "Liên đoàn Lao động thành phố",
  "13": "Ban Quản lý Khu kinh tế Hải Phòng",
  "14": "Liên đoàn Lao động thành phố",
  "15": "Liên đoàn Lao động thành phố",
  "16": "Ban Dân vận Thành ủy",
  "17": "Ban Dân vận Thành ủy",
  "18": "Ban Quản lý Khu kinh tế Hải Phòng",
  "19": "Ban Quản lý Khu kinh tế Hải Phòng",
  "20": "Ban Quản lý Khu kinh tế Hải Phòng",
};

export const SEED_AGENCIES = [
  "Ban Dân vận Thành ủy",
  "Ban Quản lý Khu kinh tế Hải Phòng",
  "Liên đoàn Lao động thành phố",
];

/** A one-sheet workbook from rows of cells (sheet "Kế hoạch" unless named). */
export function sheet(values: CellValue[][], name = "Kế hoạch"): WorkbookGrids {
  const grid: SheetGrid = { name, values };
  return { sheets: [grid] };
}

/** A small matrix plan in the seed's layout: title, two-row header, then the given task rows [Stt, Nội dung, roles…, Thời gian, Trạng thái?, Ngày hoàn thành?]. */
export function matrixPlan(
  rows: CellValue[][],
  opts: { year?: number | null; tracking?: boolean } = {},
): WorkbookGrids {
  const year = opts.year === undefined ? 2024 : opts.year;
  const tracking = opts.tracking ?? false;
  const title: CellValue[][] = [
    ["KẾ HOẠCH"],
    [year === null ? "phối hợp thực hiện nhiệm vụ" : `phối hợp thực hiện nhiệm vụ năm ${year}`],
    [],
  ];
  const header: CellValue[][] = [
    [
      "Stt",
      "Nội dung",
      "Phân công nhiệm vụ",
      null,
      null,
      "Thời gian",
      ...(tracking ? ["Trạng thái", "Ngày hoàn thành"] : []),
    ],
    [null, null, ...SEED_AGENCIES, null],
  ];
  return sheet([...title, ...header, ...rows]);
}

/** The real government plan (58 rows of Phụ lục II, Nghị quyết 03/NQ-CP 2025) as a sheet: its title line above the table as in the source. */
export function resolutionWorkbook(): WorkbookGrids {
  const text = readFileSync(join(__dirname, "..", "fixtures", "nq03-2025-phu-luc-ii.tsv"), "utf8");
  const lines = text.split("\n").filter((l) => !l.startsWith("#") && l.trim() !== "");
  const values: CellValue[][] = [
    ["Phụ lục II"],
    ["DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW"],
    ["(Kèm theo Nghị quyết số /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)"],
    [],
    ...lines.map((l) => l.split("\t")),
  ];
  return sheet(values, "Phụ lục II");
}
