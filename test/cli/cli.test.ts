import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/run-cli";
import { SEED_LEADS, SEED_TEXT } from "../helpers/seed";
import { tempDir } from "../helpers/tmp";

const root = join(__dirname, "..", "..");

describe("kehoach import → check on the seed plan", () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");

  beforeAll(async () => {
    writeFileSync(join(dir, "seed.txt"), SEED_TEXT);
    const r = await runCli("import", join(dir, "seed.txt"), "-o", plan);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("20 nhiệm vụ");
  });

  it("check --json gives the documented shape: 20 tasks, 3 agencies, 2024, right leads, no findings", async () => {
    const r = await runCli("check", plan, "--as-of", "2024-06-30", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["plan", "tasks", "findings", "summary"]);
    expect(json.plan).toEqual({
      sheet: "Kế hoạch",
      year: 2024,
      period: { first: 2024, last: 2024 },
      agencies: ["Ban Dân vận Thành ủy", "Ban Quản lý Khu kinh tế Hải Phòng", "Liên đoàn Lao động thành phố"],
      taskCount: 20,
    });
    expect(json.tasks[0]).toEqual({
      key: "1",
      number: "1",
      row: expect.any(Number),
      content: "Xây dựng kế hoạch phối hợp năm 2024",
      lead: "Ban Dân vận Thành ủy",
      leads: ["Ban Dân vận Thành ủy"],
      coordinators: ["Ban Quản lý Khu kinh tế Hải Phòng", "Liên đoàn Lao động thành phố"],
      time: "Quý I",
      deadline: "2024-03-31",
      nextDue: null,
      state: "overdue",
      status: "notStarted",
      completedOn: null,
    });
    for (const t of json.tasks) expect(t.lead).toBe(SEED_LEADS[t.number]);
    expect(json.findings).toEqual([]);
    expect(json.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });

  it("check --json gives a recurring duty no deadline but its next occurrence as of the date", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(plan);
    const ws = wb.getWorksheet("Kế hoạch")!;
    let [row2, timeCol] = [0, 0];
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === "2.") row2 = n;
      row.eachCell((c) => void (c.value === "Thời gian" && (timeCol = Number(c.col))));
    });
    ws.getCell(row2, timeCol).value = "Trước ngày 20/11 hằng năm";
    const recurring = join(dir, "recurring.xlsx");
    await wb.xlsx.writeFile(recurring);
    const r = await runCli("check", recurring, "--as-of", "2024-11-21", "--json");
    const task2 = JSON.parse(r.stdout).tasks.find((t: { number: string }) => t.number === "2");
    expect(task2).toMatchObject({
      time: "Trước ngày 20/11 hằng năm",
      deadline: null,
      nextDue: "2025-11-20",
      state: "ongoing",
    });
  });

  it("exits 1 and lists the error with sheet!cell and task number when the plan has errors", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(plan);
    const ws = wb.getWorksheet("Kế hoạch")!;
    // Task 3 is led by the Labour Federation (column E); make the first agency lead it too.
    let row3 = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === "3.") row3 = n;
    });
    ws.getCell(row3, 3).value = "Chủ trì";
    const broken = join(dir, "broken.xlsx");
    await wb.xlsx.writeFile(broken);
    const r = await runCli("check", broken, "--as-of", "2024-06-30");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Kế hoạch!E${row3}`);
    expect(r.stdout).toMatch(/nv 3 +\[lead-multiple\]/);
    expect(r.stdout).toContain("Lỗi / Errors (1):");
  });

  it("warns at the registry cell when an agency's column header was renamed, in the report and in --json", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(plan);
    const ws = wb.getWorksheet("Kế hoạch")!;
    // The user types the federation's full name over its header: the cell and the table's column name change together.
    let header = "";
    ws.eachRow((row) => row.eachCell((c) => void (c.value === "Liên đoàn Lao động thành phố" && (header = c.address))));
    ws.getCell(header).value = "Liên đoàn Lao động thành phố Hải Phòng";
    const table = ws.getTable("KeHoach") as unknown as { table: { columns: { name: string }[] } };
    table.table.columns.find((c) => c.name === "Liên đoàn Lao động thành phố")!.name =
      "Liên đoàn Lao động thành phố Hải Phòng";
    const renamed = join(dir, "renamed.xlsx");
    await wb.xlsx.writeFile(renamed);

    const r = await runCli("check", renamed, "--as-of", "2024-06-30");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Cảnh báo / Warnings (1):");
    expect(r.stdout).toMatch(
      /Danh mục cơ quan!A7 +\[agency-no-column\] Danh mục cơ quan!A7: "Liên đoàn Lao động thành phố" có trong danh mục/,
    );
    expect(r.stdout).toContain(
      `Có phải cột Kế hoạch!${header} "Liên đoàn Lao động thành phố Hải Phòng" là tên mới của cơ quan này?`,
    );

    const json = JSON.parse((await runCli("check", renamed, "--as-of", "2024-06-30", "--json")).stdout);
    expect(json.findings).toEqual([
      {
        rule: "agency-no-column",
        severity: "warning",
        task: null,
        sheet: "Danh mục cơ quan",
        cell: "A7",
        message: {
          vi: expect.stringContaining(`Kế hoạch!${header}`),
          en: expect.stringContaining(
            `Is column Kế hoạch!${header} "Liên đoàn Lao động thành phố Hải Phòng" its new name?`,
          ),
        },
      },
    ]);
    expect(json.summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
  });
});

describe("kehoach errors: one clear sentence, exit 2, no stack trace", () => {
  it.each([
    [["check", "/nonexistent/plan.xlsx"], "Không tìm thấy tệp"],
    [["check", "x.xlsx", "--bogus"], "Không có tùy chọn --bogus"],
    [["frobnicate"], "Không có lệnh"],
    [["check"], "Thiếu tên tệp"],
    [["build", "x.xlsx"], "Thiếu -o"],
    [["check", "x.xlsx", "--as-of", "2024-02-30"], "--as-of"],
    [["check", "x.xlsx", "--year", "abc"], "--year"],
  ])("%j", async (argv, text) => {
    const r = await runCli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("a file that is not an .xlsx, and a workbook without a plan", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.xlsx"), "just text");
    const a = await runCli("check", join(dir, "notes.xlsx"));
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("không phải sổ Excel");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Danh sách").addRow(["Họ tên", "Chức vụ"]);
    await wb.xlsx.writeFile(join(dir, "list.xlsx"));
    const b = await runCli("check", join(dir, "list.xlsx"));
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("Không tìm thấy kế hoạch");
    expect(b.stderr).toContain("No plan found");
  });

  it("--help for the tool and for each command", async () => {
    expect((await runCli("--help")).stdout).toContain("kehoach check FILE.xlsx");
    for (const c of ["check", "build", "import", "demo"]) {
      const r = await runCli(c, "--help");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`kehoach ${c}`);
    }
  });
});

describe("the installed command", () => {
  it("runs through npx with no build step and prints the demo summary", () => {
    const dir = tempDir();
    const out = execFileSync("npx", ["--no-install", "kehoach", "demo", "-o", dir], { cwd: root, encoding: "utf8" });
    expect(out).toContain("20 nhiệm vụ / tasks · 3 cơ quan / agencies · năm / year 2024");
    expect(out).toContain("30/06/2024");
    expect(out).toContain("overdue 3, due 3, upcoming 14");
    const bad = spawnSync("npx", ["--no-install", "kehoach", "check", join(dir, "missing.xlsx")], {
      cwd: root,
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
  });
});

describe("kehoach report and fix-encoding", () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  beforeAll(async () => {
    writeFileSync(join(dir, "seed.txt"), SEED_TEXT);
    expect((await runCli("import", join(dir, "seed.txt"), "-o", plan)).code).toBe(0);
  });

  it("report --json prints every agency with zeros included, and writes the printable workbook", async () => {
    const r = await runCli(
      "report",
      plan,
      "--quarter",
      "1",
      "--as-of",
      "2024-04-15",
      "--json",
      "-o",
      join(dir, "q1.xlsx"),
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["quarter", "year", "asOf", "agencies", "overdueTasks"]);
    expect(json).toMatchObject({ quarter: 1, year: 2024, asOf: "2024-04-15" });
    expect(json.agencies).toEqual([
      { name: "Ban Dân vận Thành ủy", due: 1, done: 0, doneLate: 0, open: 0, overdue: 1 },
      { name: "Ban Quản lý Khu kinh tế Hải Phòng", due: 0, done: 0, doneLate: 0, open: 0, overdue: 0 },
      { name: "Liên đoàn Lao động thành phố", due: 2, done: 0, doneLate: 0, open: 0, overdue: 2 },
    ]);
    expect(json.overdueTasks.map((t: { number: string }) => t.number)).toEqual(["1", "2", "3"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "q1.xlsx"));
    expect(wb.worksheets[0].name).toBe("Báo cáo quý I-2024");
    // Printed, the overdue backlog (its header on row 12, below the count table) repeats its header on every page.
    expect(wb.worksheets[0].getCell("A12").value).toBe("Nhiệm vụ số");
    expect(wb.worksheets[0].pageSetup.printTitlesRow).toBe("12:12");
  });

  it("report refuses a quarter that is not 1–4", async () => {
    const r = await runCli("report", plan, "--quarter", "5", "--json");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--quarter");
  });

  it("fix-encoding converts TCVN3 and VNI cells on every sheet and leaves Unicode cells alone", async () => {
    const { encodeLegacyText } = await import("../../src/core/text/legacy-encoding");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Cũ");
    ws.addRow([
      encodeLegacyText("Phối hợp tổ chức hội nghị", "tcvn3"),
      encodeLegacyText("Chủ trì", "vni"),
      "Hải Phòng",
      2024,
    ]);
    const old = join(dir, "old.xlsx");
    await wb.xlsx.writeFile(old);
    const r = await runCli("fix-encoding", old, "-o", join(dir, "new.xlsx"));
    expect(r.stdout).toContain("1 ô TCVN3 / TCVN3 cells, 1 ô VNI");
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(join(dir, "new.xlsx"));
    expect(back.getWorksheet("Cũ")!.getRow(1).values).toEqual([
      undefined,
      "Phối hợp tổ chức hội nghị",
      "Chủ trì",
      "Hải Phòng",
      2024,
    ]);
  });
});
