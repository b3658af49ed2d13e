// The exchange with agencies that cannot share a workbook: split the seed plan, fill the returned workbooks as
// agencies would (and as they should not), collect them, and check the plan, the log and the conflicts cell by cell —
// also after the returned files went through LibreOffice.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analysePlan } from "../../src/core/analyse-workbook";
import { COL, HEADER_ROW } from "../../src/core/exchange/agency-workbook";
import { LOG_HEADER, LOG_SHEET } from "../../src/core/exchange/change-log";
import type { Plan } from "../../src/core/model/plan";
import { openPackage } from "../../src/xlsx/package/open-package";
import { runCli } from "../helpers/run-cli";
import { SEED_TEXT } from "../helpers/seed";
import { tempDir } from "../helpers/tmp";

const AS_OF = "2024-06-30";
const DV = "Ban Dân vận Thành ủy";
const LD = "Liên đoàn Lao động thành phố";
const KT = "Ban Quản lý Khu kinh tế Hải Phòng";
const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();

function planOf(path: string): Plan {
  const o = openPackage(readFileSync(path));
  const a = analysePlan(o.cells.grids, { asOf: AS_OF });
  if (a.kind !== "analysis") throw new Error("no plan");
  return a.analysis.plan;
}

function sheetRows(path: string, name: string): string[][] {
  const o = openPackage(readFileSync(path));
  const g = o.cells.grids.sheets.find((s) => s.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g.values.map((r) => r.map((v) => (v === null || v === undefined ? "" : String(v))));
}

/** Edits an agency's returned workbook as the agency would (exceljs ignores the sheet protection, as a user who unprotects). */
async function fill(path: string, edit: (ws: ExcelJS.Worksheet, rowOf: (key: string) => number) => void, to = path) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet("Báo cáo tiến độ")!;
  const rowOf = (key: string) => {
    for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) if (ws.getCell(r, COL.key).value === key) return r;
    throw new Error(`no row ${key}`);
  };
  edit(ws, rowOf);
  await wb.xlsx.writeFile(to);
}

function report(ws: ExcelJS.Worksheet, row: number, values: Partial<Record<keyof typeof COL, ExcelJS.CellValue>>) {
  for (const [k, v] of Object.entries(values)) ws.getCell(row, COL[k as keyof typeof COL]).value = v;
}

const fileOf = (dir: string, agency: string) => join(dir, `${agency}.xlsx`);

describe("split → fill → collect on the seed plan", () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const sent = join(dir, "gui");

  beforeAll(async () => {
    writeFileSync(join(dir, "seed.txt"), SEED_TEXT);
    expect((await runCli("import", join(dir, "seed.txt"), "-o", plan)).code).toBe(0);
    const r = await runCli("split", plan, "-o", sent);
    expect(r.code).toBe(0);
    // Agencies fill in their files.
    await fill(fileOf(sent, DV), (ws, rowOf) => {
      report(ws, rowOf("1"), {
        status: "Hoàn thành",
        completedOn: new Date("2024-03-20T00:00:00Z"),
        note: "Đã ban hành kế hoạch",
      });
      report(ws, rowOf("4"), { proposed: "30/09/2024", reason: "Chờ số liệu quý II" });
      report(ws, rowOf("9"), { status: "Đang thực hiện" });
      report(ws, rowOf("2"), { note: "Đã cử cán bộ phối hợp" });
    });
    await fill(fileOf(sent, LD), (ws, rowOf) => {
      report(ws, rowOf("2"), { status: "Hoàn thành", completedOn: "15/02/2024" });
      report(ws, rowOf("3"), { status: "Đang thực hiện" });
      // Edited outside its report cells: the content of task 5.
      ws.getCell(rowOf("5"), COL.content).value = "Nội dung đã bị sửa";
      report(ws, rowOf("5"), { status: "Hoàn thành" });
      // An unreadable status.
      report(ws, rowOf("6"), { status: "xong rồi" });
      // Rows sorted: the data rows reversed.
      const top = HEADER_ROW + 1;
      const rows = Array.from({ length: ws.rowCount - HEADER_ROW }, (_, i) =>
        Array.from({ length: 10 }, (_, c) => ws.getCell(top + i, c + 1).value),
      );
      rows.reverse().forEach((vals, i) => vals.forEach((v, c) => (ws.getCell(top + i, c + 1).value = v)));
      // Task 8's row deleted.
      ws.spliceRows(rowOf("8"), 1);
    });
  });

  test("each agency gets its tasks with only the report cells unlocked, and a very hidden record", async () => {
    expect(readdirSync(sent).sort()).toEqual([`${DV}.xlsx`, `${KT}.xlsx`, `${LD}.xlsx`].sort());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fileOf(sent, KT));
    const ws = wb.getWorksheet("Báo cáo tiến độ")!;
    expect(wb.getWorksheet("_kehoach_gui")!.state).toBe("veryHidden");
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    const keys: string[] = [];
    for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) {
      keys.push(String(ws.getCell(r, COL.key).value));
      const role = ws.getCell(r, COL.role).value;
      expect(ws.getCell(r, COL.content).protection?.locked).not.toBe(false);
      expect(ws.getCell(r, COL.note).protection?.locked).toBe(false);
      expect(ws.getCell(r, COL.status).protection?.locked).toBe(role === "Phối hợp" ? undefined : false);
    }
    // The seed: every agency takes part in all 20 tasks (5 as lead for this board).
    expect(keys).toHaveLength(20);
    const p = planOf(plan);
    expect(keys.filter((_, i) => ws.getCell(HEADER_ROW + 1 + i, COL.role).value === "Chủ trì")).toEqual(
      p.tasks.filter((t) => t.lead === KT).map((t) => t.key),
    );
  });

  test("collect applies what the agencies may change, lists what it refused, who did not report, and logs each change", async () => {
    const out = join(dir, "tong-hop.xlsx");
    const renamed = join(dir, "bao-cao-LDLD (sua).xlsx");
    copyFileSync(fileOf(sent, LD), renamed);
    const r = await runCli("collect", plan, fileOf(sent, DV), renamed, "-o", out);
    expect(r.code).toBe(1);
    const before = planOf(plan);
    const after = planOf(out);
    const task = (key: string) => after.tasks.find((t) => t.key === key)!;
    expect(task("1")).toMatchObject({
      status: "done",
      completedOn: "2024-03-20",
      note: "Đã ban hành kế hoạch",
      punctuality: "onTime",
    });
    expect(task("9")).toMatchObject({ status: "inProgress", statusText: "Đang thực hiện" });
    expect(task("2")).toMatchObject({ status: "done", completedOn: "2024-02-15", note: "" });
    expect(task("3")).toMatchObject({ statusText: "Đang thực hiện" });
    // Refused: task 5 (content edited), task 6 (status unreadable); task 8 deleted: not reported.
    expect(task("5").statusText).toBe("");
    expect(task("6").statusText).toBe("");
    expect(r.stdout).toContain("nhiệm vụ 5 (dòng");
    expect(r.stdout).toContain(`trạng thái "xong rồi" không hiểu được`);
    expect(r.stdout).toContain("nhiệm vụ 8 đã bị xóa khỏi tệp");
    expect(r.stdout).toContain(`${KT}: chưa gửi báo cáo`);
    // The proposal is shown, not applied.
    expect(task("4").timeText).toBe(before.tasks.find((t) => t.key === "4")!.timeText);
    expect(r.stdout).toMatch(
      /Đề xuất lùi hạn \/ Deadline proposal 4 \(Ban Dân vận Thành ủy\): .* → 30\/09\/2024 — chờ chấp nhận/,
    );
    // Every other task as it was.
    for (const t of before.tasks)
      if (!["1", "2", "3", "9"].includes(t.key!))
        expect([t.key, task(t.key!).statusText, task(t.key!).note]).toEqual([t.key, t.statusText, t.note]);
    const log = sheetRows(out, LOG_SHEET);
    expect(log[0]).toEqual([...LOG_HEADER]);
    const entries = log
      .slice(1)
      .map((row) => row.slice(1, 5).join(" | "))
      .sort();
    expect(entries).toEqual(
      [
        "1 | Trạng thái |  | Hoàn thành",
        "1 | Ngày hoàn thành |  | 20/03/2024",
        "1 | Ghi chú |  | Đã ban hành kế hoạch",
        "2 | Trạng thái |  | Hoàn thành",
        "2 | Ngày hoàn thành |  | 15/02/2024",
        "3 | Trạng thái |  | Đang thực hiện",
        "9 | Trạng thái |  | Đang thực hiện",
      ].sort(),
    );
    expect(log.slice(1).every((row) => row[5].includes(".xlsx"))).toBe(true);
    expect(log.find((row) => row[1] === "3")![5]).toBe(`${LD} (bao-cao-LDLD (sua).xlsx)`);
  });

  test("an accepted deadline moves; the original is kept in its own column; a second collect of the same files changes nothing more", async () => {
    const out = join(dir, "chap-nhan.xlsx");
    const r = await runCli("collect", plan, fileOf(sent, DV), "-o", out, "--accept-deadlines", "4");
    expect(r.stdout).toContain("đã chấp nhận / accepted");
    const after = planOf(out);
    const t4 = after.tasks.find((t) => t.key === "4")!;
    expect(t4).toMatchObject({ timeText: "30/09/2024", deadline: "2024-09-30" });
    const rows = sheetRows(out, "Kế hoạch");
    const header = rows[after.headerTop - 1];
    const col = header.indexOf("Hạn ban đầu");
    expect(col).toBeGreaterThan(0);
    expect(rows[t4.row - 1][col]).toBe(planOf(plan).tasks.find((t) => t.key === "4")!.timeText);
    // The added column is not read as the time column.
    expect(after.columns.time).toBe(planOf(plan).columns.time);
    const log = sheetRows(out, LOG_SHEET);
    expect(log.some((row) => row[1] === "4" && row[2] === "Thời hạn" && row[4] === "30/09/2024")).toBe(true);
    // Again, over the collected plan: everything is already there — no change, no conflict, the log grows by nothing.
    const again = join(dir, "lan-hai.xlsx");
    const r2 = await runCli("collect", out, fileOf(sent, DV), "-o", again, "--accept-deadlines", "all");
    expect(r2.stdout).toContain("0 thay đổi / changes");
    expect(sheetRows(again, LOG_SHEET)).toEqual(log);
  });

  test("a task changed in the plan since the split is a conflict, never overwritten", async () => {
    const changed = join(dir, "plan-doi.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(plan);
    const p = planOf(plan);
    const t1 = p.tasks.find((t) => t.key === "1")!;
    wb.getWorksheet("Kế hoạch")!.getCell(t1.cells.note!).value = "Ghi chú của điều phối";
    await wb.xlsx.writeFile(changed);
    const out = join(dir, "xung-dot.xlsx");
    const r = await runCli("collect", changed, fileOf(sent, DV), "-o", out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("nhiệm vụ 1 đã thay đổi trong kế hoạch sau khi gửi");
    const t = planOf(out).tasks.find((x) => x.key === "1")!;
    expect(t).toMatchObject({ note: "Ghi chú của điều phối", statusText: "" });
    expect(planOf(out).tasks.find((x) => x.key === "9")!.statusText).toBe("Đang thực hiện");
  });

  test("returned twice, from an older split, of another plan, not a returned file at all: each named and refused", async () => {
    const again = join(dir, "gui-lai");
    await new Promise((r) => setTimeout(r, 5));
    expect((await runCli("split", plan, "-o", again)).code).toBe(0);
    const twice = join(dir, "DV lần 2.xlsx");
    copyFileSync(fileOf(sent, DV), twice);
    const other = join(dir, "khac");
    writeFileSync(
      join(dir, "other.txt"),
      SEED_TEXT.replace("xây dựng giai cấp công nhân", "phát triển đoàn viên công đoàn"),
    );
    await runCli("import", join(dir, "other.txt"), "-o", join(dir, "other.xlsx"));
    await runCli("split", join(dir, "other.xlsx"), "-o", other);
    const out = join(dir, "sai.xlsx");
    const r = await runCli(
      "collect",
      plan,
      fileOf(sent, DV),
      twice,
      fileOf(again, LD),
      fileOf(sent, LD),
      fileOf(other, KT),
      plan,
      "-o",
      out,
    );
    expect(r.stdout).toContain("DV lần 2.xlsx (Ban Dân vận Thành ủy): gửi lại lần hai, giống hệt");
    expect(r.stdout).toContain(`${LD}.xlsx (${LD}): tệp của lần gửi cũ`);
    expect(r.stdout).toContain(`${KT}.xlsx (${KT}): tệp này gửi cho kế hoạch khác`);
    expect(r.stdout).toContain('plan.xlsx: không phải tệp báo cáo do "kehoach split" tạo');
    // The newer split's LĐLĐ file (unfilled) is the one used: nothing of the older one applied.
    expect(planOf(out).tasks.find((t) => t.key === "3")!.statusText).toBe("");
    expect(planOf(out).tasks.find((t) => t.key === "1")!.statusText).toBe("Hoàn thành");
  });

  (soffice ? test : test.skip)(
    "the same round trip through LibreOffice: re-saved .xlsx files collect alike; an .xls is refused with what to do",
    () => {
      const lo = join(dir, "lo");
      for (const a of [DV, LD])
        execFileSync(soffice, ["--headless", "--convert-to", "xlsx", "--outdir", lo, fileOf(sent, a)], {
          stdio: "ignore",
        });
      execFileSync(soffice, ["--headless", "--convert-to", "xls", "--outdir", lo, fileOf(sent, KT)], {
        stdio: "ignore",
      });
      return (async () => {
        const out = join(dir, "lo-tong-hop.xlsx");
        const r = await runCli("collect", plan, fileOf(lo, DV), fileOf(lo, LD), join(lo, `${KT}.xls`), "-o", out);
        expect(r.stdout).toContain(`${KT}.xls là tệp Excel 97–2003 (.xls)`);
        const direct = join(dir, "tong-hop.xlsx");
        const strip = (rows: string[][]) =>
          rows
            .slice(1)
            .map((row) => row.slice(1, 5).join(" | "))
            .sort();
        expect(strip(sheetRows(out, LOG_SHEET))).toEqual(strip(sheetRows(direct, LOG_SHEET)));
        const keyed = (p: Plan) => p.tasks.map((t) => [t.key, t.statusText, t.completedOn, t.note]);
        expect(keyed(planOf(out))).toEqual(keyed(planOf(direct)));
      })();
    },
    120_000,
  );
});
