// The CLI on a plan whose header words it cannot place: it asks which column holds what, accepts --columns for the
// run, and `build` saves the mapping in the output so that a plain `check` of that file reads the plan the same way.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/run-cli";
import { tempDir } from "../helpers/tmp";
import { UNCLASSIFIED_ROWS, UNCLASSIFIED_SHEET } from "../helpers/unclassified-plan";

async function planFile(dir: string, rows = UNCLASSIFIED_ROWS): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(UNCLASSIFIED_SHEET);
  for (const r of rows) ws.addRow(r);
  const file = join(dir, "plan.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("kehoach and a header it cannot classify", () => {
  const dir = tempDir();

  test("check asks which column holds what, naming every column it saw, instead of 'no plan found'", async () => {
    const r = await runCli("check", await planFile(dir), "--as-of", "2026-06-30");
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/Không tìm thấy kế hoạch|No plan found/);
    expect(r.stderr).toContain("không nhận ra cột nội dung nhiệm vụ và chủ trì (hoặc các cột cơ quan)");
    expect(r.stderr).toContain("content and lead (or agency) column could not be recognised");
    for (const line of ["A   TT", "B   Mô tả", "C   Bên A", "D   Bên B", "E   Khi nào"])
      expect(r.stderr).toContain(line);
    expect(r.stderr).toContain("--columns number=A,content=?,lead=?");
  });

  test("--columns reads the plan for the run; build saves the mapping and a plain check then reads it the same way", async () => {
    const file = await planFile(dir);
    const args = ["--as-of", "2026-06-30", "--columns", "number=A,content=B,lead=C,coordinators=D,time=E"];
    const checked = await runCli("check", file, ...args, "--json");
    const json = JSON.parse(checked.stdout);
    expect(
      json.tasks.map((t: { key: string; lead: string; deadline: string | null }) => [t.key, t.lead, t.deadline]),
    ).toEqual([
      ["1", "Sở Xây dựng", "2026-09-30"],
      ["2", "Sở Khoa học và Công nghệ", "2026-12-31"],
      ["3", "Sở Tài chính", null],
    ]);
    const out = join(dir, "built.xlsx");
    const built = await runCli("build", file, "-o", out, ...args);
    expect(built.code).toBe(0);
    expect(built.stdout).toContain("Saved the column mapping: number=A,content=B,lead=C,coordinators=D,time=E");
    const again = await runCli("check", out, "--as-of", "2026-06-30", "--json");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).tasks).toEqual(json.tasks);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("_kehoach_cot")?.state).toBe("veryHidden");
  });

  test("a saved mapping whose header was edited since is reported, not applied", async () => {
    const file = await planFile(dir);
    const out = join(dir, "stale.xlsx");
    await runCli("build", file, "-o", out, "--columns", "number=A,content=B,lead=C,coordinators=D,time=E");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.getWorksheet(UNCLASSIFIED_SHEET)!.getCell("C3").value = "Ngân sách";
    await wb.xlsx.writeFile(out);
    const r = await runCli("check", out, "--as-of", "2026-06-30");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('C3: "Bên A" → "Ngân sách"');
    expect(r.stderr).toContain("no longer matches the header");
  });

  test.each([
    ["content=B,lead=C,boss=D", 'Unknown role "boss"'],
    ["content=B,lead=C,content=D", 'Role "content" is given twice'],
    ["content=B,lead=B", 'Column B is given to both "content" and "lead"'],
    ["content=B2,lead=C", '"B2" is not a column letter'],
    ["lead=C", "The content column is needed"],
    ["content=B", "The lead column (lead=…) or the agency columns (agencies=D:H) are needed"],
    ["content=B;lead=C", "is not of the form role=COLUMN"],
  ])("--columns %s is refused with a clear message", async (value, message) => {
    const r = await runCli("check", await planFile(dir), "--columns", value);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toMatch(/^kehoach: --columns: .* \/ --columns: /);
  });
});
