// The exchange on a real plan the seed does not resemble (columns layout, sections, group-led tasks, no tracking
// columns), and the rollup of several plans: equal to the sum of the plans' own counts, an unreadable file listed.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analysePlan } from "../../src/core/analyse-workbook";
import { COL, HEADER_ROW } from "../../src/core/exchange/agency-workbook";
import type { Plan } from "../../src/core/model/plan";
import { rollupBucket } from "../../src/core/track/rollup";
import { openPackage } from "../../src/xlsx/package/open-package";
import { loadRealPlan, realPlanWorkbook } from "../helpers/real-plans";
import { runCli } from "../helpers/run-cli";
import { SEED_TEXT } from "../helpers/seed";
import { tempDir } from "../helpers/tmp";

const AS_OF = "2025-12-31";

function planOf(path: string): Plan {
  const a = analysePlan(openPackage(readFileSync(path)).cells.grids, { asOf: AS_OF });
  if (a.kind !== "analysis") throw new Error("no plan");
  return a.analysis.plan;
}

describe("split and collect a corpus plan without tracking columns", () => {
  const dir = tempDir();
  const plan = join(dir, "vpcp.xlsx");
  const sent = join(dir, "gui");

  beforeAll(async () => {
    await realPlanWorkbook(loadRealPlan("vpcp-624-2025")).xlsx.writeFile(plan);
    expect((await runCli("split", plan, "-o", sent)).code).toBe(0);
  });

  test("every agency with a task gets a file; group-led tasks go to every agency; collect adds the status and date columns", async () => {
    const p = planOf(plan);
    const files = readdirSync(sent);
    expect(files.length).toBeGreaterThan(3);
    const groupLed = p.tasks.filter((t) => t.lead && p.agencies.find((a) => a.name === t.lead)?.group);
    // Fill the first lead task of one agency's file.
    const lead = p.tasks.find((t) => t.key && t.lead && !groupLed.includes(t))!;
    const path = join(sent, `${lead.lead}.xlsx`.replace(/[\\/:*?"<>|]+/g, " "));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet("Báo cáo tiến độ")!;
    const rows: Record<string, number> = {};
    for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) rows[String(ws.getCell(r, COL.key).value)] = r;
    const shared = groupLed.filter((t) => t.key && !t.assignments.some((a) => a.agency === lead.lead));
    expect(shared.length).toBeGreaterThan(0);
    for (const t of shared) expect(ws.getCell(rows[t.key!], COL.role).value).toBe("Chủ trì (chung)");
    ws.getCell(rows[lead.key!], COL.status).value = "Hoàn thành";
    ws.getCell(rows[lead.key!], COL.completedOn).value = "15/11/2025";
    await wb.xlsx.writeFile(path);
    const out = join(dir, "vpcp-tong-hop.xlsx");
    const r = await runCli("collect", plan, path, "-o", out);
    expect(r.stderr).toBe("");
    const after = planOf(out);
    expect(after.tasks.find((t) => t.key === lead.key)).toMatchObject({ status: "done", completedOn: "2025-11-15" });
    expect(after.tasks.filter((t) => t.status === "done").map((t) => t.key)).toEqual([lead.key]);
    // Every task is read as before: the added columns changed no reading.
    expect(after.tasks.map((t) => [t.key, t.content, t.lead, t.timeText])).toEqual(
      p.tasks.map((t) => [t.key, t.content, t.lead, t.timeText]),
    );
    expect(r.stdout).toContain("chưa gửi báo cáo");
  });

  test("rollup of three plans equals the sum of their single rollups; an unreadable file is listed, not fatal", async () => {
    writeFileSync(join(dir, "seed.txt"), SEED_TEXT);
    await runCli("import", join(dir, "seed.txt"), "-o", join(dir, "seed.xlsx"));
    await realPlanWorkbook(loadRealPlan("bacninh-144-2025")).xlsx.writeFile(join(dir, "bacninh.xlsx"));
    writeFileSync(join(dir, "hong.xlsx"), "không phải sổ Excel");
    const files = ["vpcp-tong-hop.xlsx", "seed.xlsx", "bacninh.xlsx"].map((f) => join(dir, f));
    const all = await runCli(
      "rollup",
      ...files,
      join(dir, "hong.xlsx"),
      "--as-of",
      AS_OF,
      "--json",
      "-o",
      join(dir, "r.xlsx"),
    );
    expect(all.code).toBe(1);
    const json = JSON.parse(all.stdout);
    expect(json.unreadable.map((u: { file: string }) => u.file)).toEqual(["hong.xlsx"]);
    const singles: { plans: unknown[]; total: Record<string, number> }[] = [];
    for (const f of files) singles.push(JSON.parse((await runCli("rollup", f, "--as-of", AS_OF, "--json")).stdout));
    expect(json.plans).toEqual(singles.map((s) => s.plans[0]));
    const sum = (k: string) => singles.reduce((n, s) => n + s.total[k], 0);
    for (const k of Object.keys(json.total)) expect(json.total[k]).toBe(sum(k));
    // Each plan's counts are its tasks, each counted once, in the bucket its status and deadline say.
    files.forEach((f, i) => {
      const p = planOf(f);
      const expected = { doneOnTime: 0, doneLate: 0, openInTime: 0, openOverdue: 0, noDeadline: 0 };
      for (const t of p.tasks) expected[rollupBucket(t, AS_OF)]++;
      expect(json.plans[i].total).toEqual(expected);
    });
    expect(json.plans[0].total.doneOnTime + json.plans[0].total.doneLate).toBe(1);
    expect(json.plans[1].total.openOverdue).toBe(20);
  });
});
