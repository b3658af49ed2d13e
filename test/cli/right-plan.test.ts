// The right plan, the right rows: a hidden old copy of the plan is not read while a visible sheet holds one; the user
// is told which sheet was read when several hold a plan, and which sheets there are when --sheet names none; an Excel
// table's totals row is not a task. Through the command, on workbooks written the way Excel writes them.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/run-cli";
import { tempDir } from "../helpers/tmp";

const HEADER = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"];
const OLD = [["1", "Việc cũ đã bỏ", "Sở Nội vụ", "", "Quý I/2024"]];
const NEW = [
  ["1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Sở Nội vụ", "Quý II/2025"],
  ["2", "Công bố danh mục thủ tục", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Quý III/2025"],
];

function planSheet(wb: ExcelJS.Workbook, name: string, rows: string[][], hidden = false) {
  const ws = wb.addWorksheet(name, { state: hidden ? "hidden" : "visible" });
  ws.addRow(["KẾ HOẠCH cải cách hành chính năm 2025"]);
  ws.addRow([]);
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return ws;
}

async function save(wb: ExcelJS.Workbook): Promise<string> {
  const file = join(tempDir(), "plan.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

const tasksOf = async (...args: string[]) => {
  const r = await runCli("check", ...args, "--json", "--as-of", "2025-06-30");
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : null };
};

test("a hidden old copy placed before the plan is passed over for the visible plan, and the user is told", async () => {
  const wb = new ExcelJS.Workbook();
  planSheet(wb, "Kế hoạch (cũ)", OLD, true);
  planSheet(wb, "Kế hoạch", NEW);
  const r = await tasksOf(await save(wb));
  expect(r.json.plan.sheet).toBe("Kế hoạch");
  expect(r.json.tasks.map((t: { content: string }) => t.content)).toEqual(NEW.map((x) => x[1]));
  expect(r.stderr).toMatch(/đã đọc trang "Kế hoạch".*"Kế hoạch \(cũ\)".*--sheet.*read "Kế hoạch"/);
});

test("a hidden plan is still read when it is the only one", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Ghi chú").addRow(["Xem trang kế hoạch"]);
  planSheet(wb, "Kế hoạch", NEW, true);
  expect((await tasksOf(await save(wb))).json.plan.sheet).toBe("Kế hoạch");
});

test("--sheet chooses the other plan; a --sheet naming no sheet lists the sheets there are", async () => {
  const wb = new ExcelJS.Workbook();
  planSheet(wb, "Kế hoạch (cũ)", OLD, true);
  planSheet(wb, "Kế hoạch", NEW);
  const file = await save(wb);
  expect((await tasksOf(file, "--sheet", "Kế hoạch (cũ)")).json.tasks).toHaveLength(1);
  const wrong = await runCli("check", file, "--sheet", "Kehoach");
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toMatch(/Không có trang "Kehoach".*"Kế hoạch \(cũ\)", "Kế hoạch".*There is no sheet "Kehoach"/);
});

test("an Excel table's totals row is not read as a task", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch");
  ws.addRow(["KẾ HOẠCH cải cách hành chính năm 2025"]);
  ws.addTable({
    name: "KeHoach",
    ref: "A3",
    totalsRow: true,
    // As people set it up: a label under the first column, a count of the tasks under the content.
    columns: HEADER.map((name, i) =>
      i === 0 ? { name, totalsRowLabel: "Tổng cộng" } : i === 1 ? { name, totalsRowFunction: "count" } : { name },
    ),
    rows: NEW,
  });
  // Excel saves the totals' results with their formulas.
  ws.getCell("B6").value = { formula: "SUBTOTAL(103,KeHoach[Nội dung])", result: 2 };
  const r = await tasksOf(await save(wb));
  expect(r.json.tasks.map((t: { key: string }) => t.key)).toEqual(["1", "2"]);
  expect(
    r.json.findings.filter((f: { rule: string }) => f.rule === "number-missing" || f.rule === "time-unknown"),
  ).toEqual([]);
});
