// The real-plan corpus (test/fixtures/real-plans): each plan as copied out of Word into a TSV, its truth file, and the
// workbook a user would have after pasting it into Excel (every cell text, vertical merges rebuilt as merged ranges).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { z } from "zod";
import { gridValue, type SheetGrid } from "../../src/core/model/grid";

/** Where the corpus sits in the repository. */
export const REAL_PLANS_DIR = join(__dirname, "..", "fixtures", "real-plans");

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const truthTask = z.object({
  key: z.string(),
  row: z.number().int().positive(),
  content: z.string(),
  leads: z.array(z.string()),
  coordinators: z.array(z.string()),
  time: z.string(),
  deadline: z.string().regex(ISO_DATE).nullable(),
  state: z.string().nullable(),
  inheritedFromMerge: z.boolean().optional(),
  accept: z.record(z.string(), z.array(z.unknown())).optional(),
});

/** What a truth file holds that the fixtures and the scorer use (the files hold more, for people). */
export const truthSchema = z.object({
  name: z.string(),
  document: z.object({ number: z.string(), date: z.string().regex(ISO_DATE), issuer: z.string() }),
  headerRows: z.array(z.number().int().positive()),
  taskCount: z.number().int().nonnegative(),
  tasks: z.array(truthTask),
  merges: z
    .array(
      z.object({
        col: z.number().int().positive(),
        rows: z.tuple([z.number().int(), z.number().int()]),
        value: z.string(),
      }),
    )
    .optional(),
  problems: z.array(z.object({ rule: z.string(), task: z.string().nullable(), note: z.string() })),
});

/** A plan's truth: its tasks as a careful coordinator reads them, its merges and its problems. */
export type Truth = z.infer<typeof truthSchema>;
/** One task of a truth file. */
export type TruthTask = Truth["tasks"][number];

/** One corpus plan: its records as a TSV parser reads them, and its truth. */
export interface RealPlan {
  name: string;
  records: string[][];
  truth: Truth;
}

/** The names of the corpus plans that have a truth file, sorted. */
export function realPlanNames(): string[] {
  return readdirSync(REAL_PLANS_DIR)
    .filter((f) => f.endsWith(".truth.json"))
    .map((f) => f.slice(0, -".truth.json".length))
    .sort();
}

/** Reads one corpus plan (TSV and truth). */
export function loadRealPlan(name: string): RealPlan {
  const records = parseTsv(readFileSync(join(REAL_PLANS_DIR, `${name}.tsv`), "utf8"));
  const truth = truthSchema.parse(JSON.parse(readFileSync(join(REAL_PLANS_DIR, `${name}.truth.json`), "utf8")));
  return { name, records, truth };
}

/**
 * Parses tab-separated text as Excel writes it: a cell holding a tab, line break or `"` is quoted, with `"` doubled
 * inside, and may span several lines; a record ends at a line break outside quotes. A final line break ends the last
 * record without starting another.
 */
export function parseTsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let i = 0;
  const endCell = () => {
    record.push(cell);
    cell = "";
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === "") {
      // A quoted cell: up to the quote that is not doubled.
      i++;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
      continue;
    }
    if (ch === "\t") {
      endCell();
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endCell();
      records.push(record);
      record = [];
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== "" || record.length > 0) {
    endCell();
    records.push(record);
  }
  return records;
}

/** The sheet the corpus workbooks put the plan on. */
export const PLAN_SHEET = "Phụ lục";

/**
 * The workbook a user has after pasting the plan from Word into Excel: record N on row N, every cell text (as a
 * copy from Word gives it), and each vertical merge of the document rebuilt as a merged range with its value on top.
 */
export function realPlanWorkbook(plan: RealPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(PLAN_SHEET);
  plan.records.forEach((record, r) => {
    record.forEach((text, c) => {
      if (text !== "") ws.getCell(r + 1, c + 1).value = text;
    });
  });
  for (const m of plan.truth.merges ?? []) {
    const [top, bottom] = m.rows;
    const below = plan.records.slice(top, bottom).map((record) => record[m.col - 1] ?? "");
    // The TSV leaves the cells under a merge empty; anything else means the truth and the TSV disagree.
    if (below.some((text) => text !== ""))
      throw new Error(`${plan.name}: merge of column ${m.col}, rows ${top}-${bottom} covers non-empty cells`);
    ws.mergeCells(top, m.col, bottom, m.col);
  }
  return workbook;
}

/** Each cell as Excel shows it to a reader of rows: the TSV's text, with a merge's value in every row it covers. */
export function shownCells(plan: RealPlan): (string | null)[][] {
  const rows = plan.records.map((record) => record.map((text) => (text === "" ? null : text)));
  for (const m of plan.truth.merges ?? [])
    for (let r = m.rows[0]; r <= m.rows[1]; r++) {
      while (rows[r - 1].length < m.col) rows[r - 1].push(null);
      rows[r - 1][m.col - 1] = m.value === "" ? null : m.value;
    }
  return rows;
}

/** A grid's cells over the same rows and columns as `like` (sheet row N for record N), null where empty. */
export function gridCells(grid: SheetGrid, like: readonly (readonly unknown[])[]): unknown[][] {
  return like.map((row, r) => row.map((_, c) => gridValue(grid, r + 1, c + 1)));
}
