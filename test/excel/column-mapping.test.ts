// The column mapping through the add-in on the simulator: the read asks its question, the answer is saved in the
// very hidden sheet in two requests, and from then on the add-in and `kehoach` (reading the saved .xlsx) place the
// columns the same way; a header edited since is reported and the question comes back.
import { analyseWorkbook, checkJson } from "../../src/core/analyse-workbook";
import { readAndCheckPlan } from "../../src/excel";
import { saveColumnMapping } from "../../src/excel/column-mapping";
import { workbookGrids } from "../../src/xlsx/read-workbook";
import { createWorkbook } from "../excel-sim";
import { UNCLASSIFIED_ANSWER, UNCLASSIFIED_ROWS, UNCLASSIFIED_SHEET } from "../helpers/unclassified-plan";
import { envOf, measured, xlsxFromSim } from "./helpers/workbooks";

const AS_OF = "2026-06-30";

function sim() {
  return createWorkbook({ sheets: [{ name: UNCLASSIFIED_SHEET, cells: UNCLASSIFIED_ROWS }] });
}

describe("the column mapping in the add-in", () => {
  test("a header it cannot classify is a question naming the columns seen, not 'no plan'", async () => {
    const wb = sim();
    const read = await readAndCheckPlan(wb.requestContext(), envOf(wb), { asOf: AS_OF });
    if (read.found) throw new Error("read without a mapping");
    expect(read.question).toMatchObject({
      sheet: UNCLASSIFIED_SHEET,
      headerRow: 3,
      missing: ["content", "lead"],
      guess: { number: 1 },
    });
    expect(read.question!.columns.map((c) => `${c.letter} ${c.header}`)).toEqual([
      "A TT",
      "B Mô tả",
      "C Bên A",
      "D Bên B",
      "E Khi nào",
    ]);
  });

  test("saving the answer takes two requests; the plan is then read with it, by the add-in and by kehoach alike", async () => {
    const wb = sim();
    const request = { sheet: UNCLASSIFIED_SHEET, headerRow: 3, columns: UNCLASSIFIED_ANSWER };
    const { result, syncs } = await measured(wb, (ctx) => saveColumnMapping(ctx, request));
    expect(result).toEqual({ done: true, notes: [] });
    expect(syncs).toBe(2);
    const hidden = wb.snapshot().sheets.find((s) => s.name === "_kehoach_cot")!;
    expect(hidden.visibility).toBe("VeryHidden");
    const read = await readAndCheckPlan(wb.requestContext(), envOf(wb), { asOf: AS_OF });
    if (!read.found) throw new Error("no plan after saving the mapping");
    expect(read.plan.tasks.map((t) => [t.key, t.lead, t.coordinators, t.deadline])).toEqual([
      ["1", "Sở Xây dựng", ["Sở Tài chính"], "2026-09-30"],
      ["2", "Sở Khoa học và Công nghệ", ["Sở Công Thương"], "2026-12-31"],
      ["3", "Sở Tài chính", [], null],
    ]);
    const viaXlsx = analyseWorkbook(workbookGrids(xlsxFromSim(wb)), { asOf: AS_OF })!;
    expect(checkJson(viaXlsx)).toEqual(checkJson(read));
  });

  test("a mapping whose header was edited since is reported and not applied: the question comes back", async () => {
    const wb = sim();
    await saveColumnMapping(wb.requestContext(), {
      sheet: UNCLASSIFIED_SHEET,
      headerRow: 3,
      columns: UNCLASSIFIED_ANSWER,
    });
    wb.edit(UNCLASSIFIED_SHEET, "B3", [["Ngân sách"]]);
    const read = await readAndCheckPlan(wb.requestContext(), envOf(wb), { asOf: AS_OF });
    if (read.found) throw new Error("a stale mapping was applied");
    expect(read.question?.headerRow).toBe(3);
    expect(read.notes.map((n) => n.en)).toEqual([expect.stringContaining('B3: "Mô tả" → "Ngân sách"')]);
  });

  test("an answer that gives a column twice or misses the content is refused, nothing written", async () => {
    const wb = sim();
    const twice = await saveColumnMapping(wb.requestContext(), {
      sheet: UNCLASSIFIED_SHEET,
      headerRow: 3,
      columns: [
        ["content", "B"],
        ["lead", "B"],
      ],
    });
    expect(twice.done).toBe(false);
    expect(twice.notes[0].vi).toBe('Cột B được gán cho cả "content" và "lead".');
    const noContent = await saveColumnMapping(wb.requestContext(), {
      sheet: UNCLASSIFIED_SHEET,
      headerRow: 3,
      columns: [["lead", "C"]],
    });
    expect(noContent.notes[0].en).toBe("The content column is needed (content=…).");
    expect(wb.snapshot().sheets.map((s) => s.name)).toEqual([UNCLASSIFIED_SHEET]);
  });
});
