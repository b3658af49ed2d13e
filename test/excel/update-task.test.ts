// Staff update a task's status, completion date and note while co-authors sort the table, insert rows or edit the
// same task: the write lands on the right task or is refused, and no other cell of the workbook changes.
import { readAndCheckPlan } from "../../src/excel";
import { taskSnapshot, type TaskSnapshot } from "../../src/core/track/task-snapshot";
import { updateTask } from "../../src/excel/update-task";
import { LOG_HEADER, LOG_SHEET, taskHistory } from "../../src/core/exchange/change-log";
import type { TaskChange } from "../../src/service/types";
import { createWorkbook, type SimWorkbook } from "../excel-sim";
import { PLAN_SHEET, taskCell, typeCell } from "../taskpane/helpers/plan-cells";
import { AS_OF, generatedSim, seedSim } from "./helpers/fixtures";
import { changedCells, withoutCells } from "./helpers/snapshot-diff";
import { envOf, measured } from "./helpers/workbooks";

/** The workbook without the change log: what the update may change besides the log (tested on its own below). */
function planSnapshot(sim: SimWorkbook) {
  const snapshot = sim.snapshot();
  return { ...snapshot, sheets: snapshot.sheets.filter((s) => s.name !== LOG_SHEET) };
}

const DONE: TaskChange = { status: "done", completedOn: "2024-06-20", note: "Đã gửi báo cáo ngày 20/6" };

async function plan(sim: SimWorkbook) {
  const r = await readAndCheckPlan(sim.requestContext(), envOf(sim), { asOf: AS_OF });
  if (!r.found) throw new Error("no plan");
  return r.plan;
}

/** Task `number` as the pane shows it now. */
async function shown(sim: SimWorkbook, number: string): Promise<TaskSnapshot> {
  const p = await plan(sim);
  return taskSnapshot(
    p,
    p.tasks.find((t) => t.number === number)!,
  );
}

function update(
  sim: SimWorkbook,
  task: TaskSnapshot,
  change: TaskChange,
  context: Excel.RequestContext = sim.requestContext(),
) {
  return updateTask(context, envOf(sim), task, change, { asOf: AS_OF });
}

/** The three tracking cells of task `number` where it now is. */
function trackingCells(sim: SimWorkbook, number: string): string[] {
  return ["Trạng thái", "Ngày hoàn thành", "Ghi chú"].map((c) => `${PLAN_SHEET}!${taskCell(sim, number, c)}`).sort();
}

describe("updateTask: two people editing the same plan", () => {
  test("a co-author sorts the table after the pane showed task 5: the update lands on task 5 and touches nothing else", async () => {
    const sim = await seedSim();
    const task5 = await shown(sim, "5");
    sim.sortTable("KeHoach", "Nội dung", false);
    const moved = taskCell(sim, "5", "Trạng thái");
    expect(moved).not.toBe(`G${task5.row}`);
    const before = planSnapshot(sim);

    const result = await update(sim, task5, DONE);
    expect(result).toMatchObject({ done: true, refused: null, number: "5", row: Number(moved.slice(1)) });
    const after = planSnapshot(sim);
    expect(changedCells(before, after)).toEqual(trackingCells(sim, "5"));
    expect(withoutCells(after)).toEqual(withoutCells(before));
    const cells = after.sheets[0].cells;
    expect(cells[taskCell(sim, "5", "Trạng thái")]).toMatchObject({ value: "Hoàn thành" });
    expect(cells[taskCell(sim, "5", "Ngày hoàn thành")]).toMatchObject({ value: 45463, numberFormat: "dd/mm/yyyy" });
    expect(cells[taskCell(sim, "5", "Ghi chú")]).toMatchObject({ value: "Đã gửi báo cáo ngày 20/6" });

    const task = (await plan(sim)).tasks.find((t) => t.number === "5")!;
    expect(task).toMatchObject({
      status: "done",
      completedOn: "2024-06-20",
      note: "Đã gửi báo cáo ngày 20/6",
      state: "done",
      punctuality: "onTime",
    });
  });

  test("a co-author inserts rows above task 5: the update follows the task down", async () => {
    const sim = await seedSim();
    const task5 = await shown(sim, "5");
    sim.insertRowsAbove(PLAN_SHEET, task5.row, 2);
    const before = planSnapshot(sim);
    const result = await update(sim, task5, { status: "inProgress" });
    expect(result).toMatchObject({ done: true, row: task5.row + 2, cells: [`G${task5.row + 2}`] });
    expect(changedCells(before, planSnapshot(sim))).toEqual([`${PLAN_SHEET}!G${task5.row + 2}`]);
    expect(sim.values(PLAN_SHEET, `G${task5.row + 2}`)).toEqual([["Đang thực hiện"]]);
  });

  test("a co-author changed task 5 since it was shown: refused with what changed, nothing written", async () => {
    const sim = await seedSim();
    const task5 = await shown(sim, "5");
    typeCell(sim, taskCell(sim, "5", "Trạng thái"), "Hoàn thành", "remote");
    typeCell(sim, taskCell(sim, "5", "Thời gian"), "Quý III", "remote");
    const before = planSnapshot(sim);
    const result = await update(sim, task5, DONE);
    expect(result).toMatchObject({ done: false, refused: "changed", cells: [] });
    expect(result.changes).toEqual([
      { field: "time", shown: "Quý II", now: "Quý III" },
      { field: "status", shown: "", now: "Hoàn thành" },
    ]);
    expect(result.notes[0].vi).toMatch(/^Nhiệm vụ 5 vừa được người khác sửa/);
    expect(result.notes[0].en).toMatch(/^Task 5 was changed by someone else/);
    expect(planSnapshot(sim)).toEqual(before);
  });

  test("a co-author sorts the table between the update's read and its write: the cells are put back and the update refused", async () => {
    const sim = await seedSim();
    const task5 = await shown(sim, "5");
    const { syncs: readSyncs } = await measured(sim, (c) => readAndCheckPlan(c, envOf(sim), { asOf: AS_OF }));
    const context = sim.context();
    const sync = context.sync.bind(context);
    let n = 0;
    let afterSort = planSnapshot(sim);
    (context as { sync: () => Promise<unknown> }).sync = async () => {
      await sync();
      if (++n === readSyncs) {
        sim.sortTable("KeHoach", "Nội dung", false);
        afterSort = planSnapshot(sim);
      }
    };
    const result = await update(sim, task5, DONE, context as unknown as Excel.RequestContext);
    expect(result).toMatchObject({ done: false, refused: "moved", cells: [] });
    expect(result.notes[0].en).toMatch(/^Someone moved or edited task 5's row just as it was saved/);
    expect(changedCells(afterSort, planSnapshot(sim))).toEqual([]);
    // Trying again finds task 5 where it now is.
    const again = await update(sim, task5, DONE);
    expect(again.done).toBe(true);
    expect(again.cells).toEqual(trackingCells(sim, "5").map((c) => c.split("!")[1]));
  });

  test("a task deleted, renumbered or numbered twice is never guessed", async () => {
    const sim = await seedSim();
    const task5 = await shown(sim, "5");
    const task6 = await shown(sim, "6");
    const before = planSnapshot(sim);
    typeCell(sim, taskCell(sim, "6", "Stt"), "5.", "remote");
    const twice = await update(sim, task5, DONE);
    expect(twice).toMatchObject({ done: false, refused: "duplicate" });
    expect(twice.notes[0].en).toBe(
      `2 tasks are numbered 5 (rows ${task5.row}, ${task6.row}): the pane cannot tell which to update. Fix the numbering first.`,
    );
    typeCell(sim, `A${task5.row}`, "", "remote");
    typeCell(sim, `A${task6.row}`, "", "remote");
    const gone = await update(sim, task5, DONE);
    expect(gone).toMatchObject({ done: false, refused: "missing" });
    expect(changedCells(before, planSnapshot(sim))).toEqual([
      `${PLAN_SHEET}!A${task5.row}`,
      `${PLAN_SHEET}!A${task6.row}`,
    ]);
  });
});

describe("updateTask: what is written", () => {
  test("only fields that differ are written; clearing the date clears the cell but keeps its format", async () => {
    const sim = await seedSim();
    await update(sim, await shown(sim, "2"), { status: "done", completedOn: "2024-04-10" });
    const task2 = await shown(sim, "2");
    const same = await update(sim, task2, { status: "done", completedOn: "2024-04-10", note: "" });
    expect(same).toMatchObject({ done: true, cells: [] });
    const back = await update(sim, task2, { status: "inProgress", completedOn: null });
    expect(back.cells).toEqual([`G${task2.row}`, `H${task2.row}`]);
    expect(planSnapshot(sim).sheets[0].cells[`H${task2.row}`]).toMatchObject({ value: "", numberFormat: "dd/mm/yyyy" });
  });

  test("a note starting with - = + @ stays text", async () => {
    const sim = await seedSim();
    for (const note of ["- Đã gửi công văn", "=SUM(1) không phải công thức", "+84 912 345 678", "@Lan xem lại"]) {
      const r = await update(sim, await shown(sim, "3"), { note });
      expect(r.done).toBe(true);
      expect(sim.values(PLAN_SHEET, taskCell(sim, "3", "Ghi chú"))).toEqual([[note]]);
    }
  });

  test("a plain range without a table, and a plan without a note column, are handled", async () => {
    const sim = await generatedSim(20);
    const task = await shown(sim, "6");
    const before = planSnapshot(sim);
    const r = await update(sim, task, { status: "done", completedOn: "2024-05-02" });
    expect(r).toMatchObject({ done: true, cells: [`P${task.row}`, `Q${task.row}`] });
    expect(changedCells(before, planSnapshot(sim))).toEqual([
      `${PLAN_SHEET}!P${task.row}`,
      `${PLAN_SHEET}!Q${task.row}`,
    ]);
    const noNote = await update(sim, await shown(sim, "8"), { status: "done", note: "ghi chú" });
    expect(noNote).toMatchObject({ done: false, refused: "noColumn", cells: [] });
    expect(noNote.notes[0].vi).toContain('Kế hoạch không có cột "Ghi chú"');
  });

  test("a plan without tracking columns refuses a status, and the rows stay as they were", async () => {
    const sim = createWorkbook({
      sheets: [
        {
          name: PLAN_SHEET,
          cells: [
            ["KẾ HOẠCH năm 2024"],
            [],
            ["Stt", "Nội dung", "Sở Tài chính", "Sở Nội vụ", "Thời gian"],
            ["1.", "Rà soát", "Chủ trì", "Phối hợp", "Quý I"],
          ],
        },
      ],
    });
    const before = planSnapshot(sim);
    const r = await update(sim, await shown(sim, "1"), { status: "done" });
    expect(r).toMatchObject({ done: false, refused: "noColumn" });
    expect(r.notes[0].en).toBe(
      'The plan has no "Trạng thái" column: add it to the table, then update again. Nothing was written.',
    );
    expect(planSnapshot(sim)).toEqual(before);
  });
});

describe("updateTask in a plan whose numbering restarts in each section", () => {
  const rows = [
    ["KẾ HOẠCH PHỐI HỢP NĂM 2024"],
    ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Trạng thái", "Ngày hoàn thành", "Ghi chú"],
    ["I", "TUYÊN TRUYỀN"],
    ["1", "Tuyên truyền pháp luật", "Sở Tư pháp", "Sở Nội vụ", "Quý I"],
    ["2", "Hội nghị tập huấn", "Sở Nội vụ", "", "Quý II"],
    ["II", "KIỂM TRA"],
    ["1", "Kiểm tra việc thực hiện", "Sở Nội vụ", "Sở Tư pháp", "Quý III"],
  ];

  test("task II.1 is found by its key and updated, I.1 (the same number) is left alone", async () => {
    const sim = createWorkbook({ sheets: [{ name: "KH", cells: rows }] });
    const p = await plan(sim);
    expect(p.tasks.map((t) => t.key)).toEqual(["I.1", "I.2", "II.1"]);
    const target = taskSnapshot(
      p,
      p.tasks.find((t) => t.key === "II.1")!,
    );
    const result = await update(sim, target, { status: "inProgress" });
    expect(result).toMatchObject({ done: true, number: "II.1", row: 7, cells: ["F7"] });
    const cells = planSnapshot(sim).sheets[0].cells;
    expect(cells.F7.value).toBe("Đang thực hiện");
    expect(cells.F4?.value ?? "").toBe("");
  });
});

describe("updateTask: the change log", () => {
  const log = (sim: SimWorkbook) => sim.values(LOG_SHEET).map((r) => r.map((v) => String(v ?? "")));

  test("each field written is a row of 'Nhật ký cập nhật' (when, task, field, old → new, source); the pane shows it as the task's history", async () => {
    const sim = await seedSim();
    await update(sim, await shown(sim, "5"), DONE);
    await update(sim, await shown(sim, "5"), { status: "inProgress" });
    const rows = log(sim);
    expect(rows[0]).toEqual([...LOG_HEADER]);
    expect(rows.slice(1).map((r) => r.slice(1))).toEqual([
      ["5", "Trạng thái", "", "Hoàn thành", "Cập nhật trong ngăn tác vụ"],
      ["5", "Ngày hoàn thành", "", "20/06/2024", "Cập nhật trong ngăn tác vụ"],
      ["5", "Ghi chú", "", "Đã gửi báo cáo ngày 20/6", "Cập nhật trong ngăn tác vụ"],
      ["5", "Trạng thái", "Hoàn thành", "Đang thực hiện", "Cập nhật trong ngăn tác vụ"],
    ]);
    expect(rows.slice(1).every((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(r[0]))).toBe(true);
    const read = await readAndCheckPlan(sim.requestContext(), envOf(sim), { asOf: AS_OF });
    expect(read.found && read.changeLog?.filter((e) => e.key === "5")).toEqual(taskHistory(rows, "5"));
    expect(taskHistory(rows, "5").map((e) => `${e.field}: ${e.old} → ${e.new}`)).toEqual([
      "Trạng thái:  → Hoàn thành",
      "Ngày hoàn thành:  → 20/06/2024",
      "Ghi chú:  → Đã gửi báo cáo ngày 20/6",
      "Trạng thái: Hoàn thành → Đang thực hiện",
    ]);
  });

  test("two co-authors saving at once both land in the log: each request writes below the rows Excel finds when it runs", async () => {
    const sim = await seedSim();
    const [task5, task7] = [await shown(sim, "5"), await shown(sim, "7")];
    // The first update makes the sheet; then two people update at the same moment, each in their own context.
    await update(sim, await shown(sim, "3"), { status: "inProgress" });
    const results = await Promise.all([
      update(sim, task5, { status: "done" }, sim.requestContext()),
      update(sim, task7, { note: "Đã họp" }, sim.coauthor("B") as unknown as Excel.RequestContext),
    ]);
    expect(results.map((r) => r.done)).toEqual([true, true]);
    const rows = log(sim).slice(1);
    expect(rows.map((r) => `${r[1]} ${r[2]} ${r[4]}`).sort()).toEqual(
      ["3 Trạng thái Đang thực hiện", "5 Trạng thái Hoàn thành", "7 Ghi chú Đã họp"].sort(),
    );
  });

  test("two co-authors whose panes both find no log yet: one creates it, both rows are kept", async () => {
    const sim = await seedSim();
    const [task5, task7] = [await shown(sim, "5"), await shown(sim, "7")];
    await Promise.all([
      update(sim, task5, { status: "done" }, sim.requestContext()),
      update(sim, task7, { status: "inProgress" }, sim.coauthor("B") as unknown as Excel.RequestContext),
    ]);
    const rows = log(sim);
    expect(rows[0]).toEqual([...LOG_HEADER]);
    expect(
      rows
        .slice(1)
        .map((r) => `${r[1]} ${r[4]}`)
        .sort(),
    ).toEqual(["5 Hoàn thành", "7 Đang thực hiện"]);
  });

  test("an update put back because a co-author moved the row leaves no row in the log", async () => {
    const sim = await seedSim();
    const task5 = await shown(sim, "5");
    const { syncs: readSyncs } = await measured(sim, (c) => readAndCheckPlan(c, envOf(sim), { asOf: AS_OF }));
    const context = sim.context();
    const sync = context.sync.bind(context);
    let n = 0;
    (context as { sync: () => Promise<unknown> }).sync = async () => {
      await sync();
      if (++n === readSyncs + 1) sim.sortTable("KeHoach", "Nội dung", false);
    };
    const result = await update(sim, task5, DONE, context as unknown as Excel.RequestContext);
    expect(result.refused).toBe("moved");
    expect(
      log(sim)
        .slice(1)
        .filter((r) => r.some((v) => v !== "")),
    ).toEqual([]);
  });
});
