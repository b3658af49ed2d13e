import { readAndCheckPlan } from "../../src/excel";
import { createWorkbook } from "../excel-sim";
import { envOf } from "./helpers/workbooks";

// A plan whose values pass Excel on the web's 5 MB response limit: 6,000 tasks of ~1,000 characters each.
function bigPlan(tasks: number): (string | null)[][] {
  const rows: (string | null)[][] = [
    ["KẾ HOẠCH"],
    ["phối hợp năm 2026"],
    [],
    ["Stt", "Nội dung", "Sở A", "Sở B", "Thời gian"],
  ];
  const text = "Tổ chức hội nghị đối thoại, tháo gỡ khó khăn cho doanh nghiệp trong khu công nghiệp. ".repeat(12);
  for (let i = 1; i <= tasks; i++)
    rows.push([`${i}.`, `${text}${i}`, i % 2 ? "Chủ trì" : "Phối hợp", i % 2 ? "Phối hợp" : "Chủ trì", "Quý II"]);
  return rows;
}

describe("reading a plan larger than one 5 MB response", () => {
  it("falls back to blocks of rows and reads every task", async () => {
    const sim = createWorkbook({ sheets: [{ name: "Kế hoạch", cells: bigPlan(6000) }] });
    const r = await readAndCheckPlan(sim.requestContext(), envOf(sim), { asOf: "2026-07-01" });
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(r.plan.tasks).toHaveLength(6000);
    expect(r.plan.tasks[5999].content.endsWith("6000")).toBe(true);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(sim.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(sim.stats.syncs).toBeGreaterThan(3);
  }, 120000);
});
