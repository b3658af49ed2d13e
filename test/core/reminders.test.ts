// Each agency's reminder is checked against lists worked out here from the deadlines and statuses themselves (the
// corpus plan's deadlines come from its truth file), never through the reminders module.
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import type { CellValue } from "../../src/core/model/cell-value";
import type { WorkbookGrids } from "../../src/core/model/grid";
import type { Plan, Task } from "../../src/core/model/plan";
import { reminderMailto, MAILTO_LIMIT } from "../../src/core/remind/mailto";
import { reminderBody, reminderContext, reminderSubject } from "../../src/core/remind/reminder-text";
import { buildReminders, hasSomething, type AgencyReminder } from "../../src/core/remind/reminders";
import { workbookGrids } from "../../src/xlsx/read-workbook";
import { loadRealPlan, realPlanWorkbook } from "../helpers/real-plans";
import { seedWorkbook, SEED_AGENCIES } from "../helpers/seed";

interface Expected {
  overdue: [string, string, number][];
  dueSoon: [string, string][];
  recurring: [string, string][];
}

// Calendar arithmetic written out for the test: days since the epoch of a YYYY-MM-DD string.
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** What an agency should hear, from each task's deadline (as given), status and roles. */
function expected(
  plan: Plan,
  agency: string,
  days: number,
  deadlineOf: (t: Task) => string | null,
  nextDueOf: (t: Task) => string | null = () => null,
): Expected {
  const groups = new Set(plan.agencies.filter((a) => a.group).map((a) => a.name));
  const out: Expected = { overdue: [], dueSoon: [], recurring: [] };
  const today = dayNumber(plan.asOf);
  for (const t of plan.tasks) {
    const mine = t.assignments.some((a) => a.agency === agency) || (t.lead !== null && groups.has(t.lead));
    if (!mine || t.status === "done" || t.time.kind === "done") continue;
    const deadline = deadlineOf(t);
    const next = nextDueOf(t);
    const label = t.key ?? `row ${t.row}`;
    if (deadline && dayNumber(deadline) < today) out.overdue.push([label, deadline, today - dayNumber(deadline)]);
    else if (deadline && dayNumber(deadline) - today <= days) out.dueSoon.push([label, deadline]);
    else if (!deadline && next && dayNumber(next) - today <= days) out.recurring.push([label, next]);
  }
  const byDate = <T extends [string, string, ...unknown[]]>(list: T[]) => list.sort((a, b) => a[1].localeCompare(b[1]));
  byDate(out.overdue);
  byDate(out.dueSoon);
  byDate(out.recurring);
  return out;
}

function actual(r: AgencyReminder): Expected {
  const label = (t: Task) => t.key ?? `row ${t.row}`;
  return {
    overdue: r.overdue.map((i) => [label(i.task), i.date, i.daysOverdue!]),
    dueSoon: r.dueSoon.map((i) => [label(i.task), i.date]),
    recurring: r.recurring.map((i) => [label(i.task), i.date]),
  };
}

describe("reminders of the seed plan", () => {
  for (const asOf of ["2024-01-05", "2024-03-20", "2024-06-25", "2024-09-30", "2024-12-24", "2025-02-01"]) {
    it(`as of ${asOf}, each agency's lists match its tasks' deadlines`, () => {
      const plan = analyseWorkbook(seedWorkbook(), { asOf })!.plan;
      const r = buildReminders(plan, 14);
      expect(r.agencies.map((a) => a.agency)).toEqual(SEED_AGENCIES);
      for (const a of r.agencies)
        expect([a.agency, actual(a)]).toEqual([a.agency, expected(plan, a.agency, 14, (t) => t.deadline)]);
    });
  }

  it("lists something for someone at the quarter's end and nothing in a window with no deadline", () => {
    const march = buildReminders(analyseWorkbook(seedWorkbook(), { asOf: "2024-03-20" })!.plan, 14);
    expect(march.agencies.every(hasSomething)).toBe(true);
    const january = buildReminders(analyseWorkbook(seedWorkbook(), { asOf: "2024-01-05" })!.plan, 14);
    expect(january.agencies.filter(hasSomething)).toEqual([]);
  });
});

describe("reminders of a corpus plan (Quyết định 844/QĐ-TTg 2026: group-led tasks)", () => {
  const real = loadRealPlan("ttg-844-2026");
  const grids = workbookGrids(realPlanWorkbook(real));
  const truthDeadline = new Map(real.truth.tasks.map((t) => [t.key, t.deadline]));

  for (const asOf of ["2026-03-25", "2026-06-20", "2026-09-28", "2026-12-20"]) {
    it(`as of ${asOf}, each agency's lists match the truth file's deadlines`, () => {
      const plan = analyseWorkbook(grids, { asOf })!.plan;
      const r = buildReminders(plan, 30);
      expect(r.agencies.length).toBeGreaterThan(0);
      for (const a of r.agencies)
        expect([a.agency, actual(a)]).toEqual([
          a.agency,
          expected(plan, a.agency, 30, (t) => truthDeadline.get(t.key!) ?? null),
        ]);
    });
  }

  it("reminds the members of a group lead of the group's tasks", () => {
    const plan = analyseWorkbook(grids, { asOf: "2026-12-20" })!.plan;
    const groupItems = buildReminders(plan, 30).agencies.flatMap((a) =>
      [...a.overdue, ...a.dueSoon].filter((i) => i.role === "group"),
    );
    expect(groupItems.length).toBeGreaterThan(0);
    for (const i of groupItems) expect(plan.agencies.find((a) => a.name === i.task.lead)?.group).toBe(true);
  });
});

// A columns plan with statuses, a recurring duty and a group lead (rows start at sheet row 5).
function trackedPlan(): WorkbookGrids {
  const rows: CellValue[][] = [
    ["1", "Báo cáo quý", "Sở Tài chính", "Sở Nội vụ", "Quý I", "Đang thực hiện"],
    ["2", "Tổng kết", "Sở Nội vụ", "Sở Tài chính", "Quý I", "Hoàn thành"],
    ["3", "Báo cáo năm", "Sở Tài chính", "", "Trước ngày 20/11 hằng năm", ""],
    ["4", "Rà soát thủ tục", "Các sở, ngành", "", "15/4/2025", ""],
    ["5", "Hội nghị", "Sở Nội vụ", "", "30/6/2025", ""],
  ];
  return {
    sheets: [
      {
        name: "Nhiệm vụ",
        values: [
          ["KẾ HOẠCH"],
          ["thực hiện chương trình năm 2025"],
          [],
          ["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Trạng thái"],
          ...rows,
        ],
      },
    ],
  };
}

describe("reminders with statuses, recurring duties and group leads", () => {
  const at = (asOf: string, days = 14) => {
    const plan = analyseWorkbook(trackedPlan(), { asOf })!.plan;
    return { plan, r: buildReminders(plan, days) };
  };

  it("leaves out done tasks, counts days overdue and reaches the members of a group lead", () => {
    const { plan, r } = at("2025-04-10");
    const finance = r.agencies.find((a) => a.agency === "Sở Tài chính")!;
    expect(actual(finance)).toEqual({
      overdue: [["1", "2025-03-31", 10]],
      dueSoon: [["4", "2025-04-15"]],
      recurring: [],
    });
    expect(finance.dueSoon[0].role).toBe("group");
    const home = r.agencies.find((a) => a.agency === "Sở Nội vụ")!;
    expect(actual(home)).toEqual(expected(plan, "Sở Nội vụ", 14, (t) => t.deadline));
    expect(home.overdue.map((i) => i.role)).toEqual(["coordinate"]);
  });

  it("reminds of a recurring duty whose next occurrence falls in the window, and not before", () => {
    for (const [asOf, days] of [
      ["2025-11-10", 14],
      ["2025-10-01", 14],
      ["2025-10-01", 60],
      ["2025-11-21", 14],
    ] as const) {
      const { plan, r } = at(asOf, days);
      for (const a of r.agencies)
        expect([asOf, days, a.agency, actual(a)]).toEqual([
          asOf,
          days,
          a.agency,
          expected(
            plan,
            a.agency,
            days,
            (t) => t.deadline,
            (t) => t.nextDue,
          ),
        ]);
    }
    const finance = at("2025-11-10").r.agencies.find((a) => a.agency === "Sở Tài chính")!;
    expect(finance.recurring.map((i) => [i.task.key, i.date])).toEqual([["3", "2025-11-20"]]);
    expect(at("2025-10-01").r.agencies.find((a) => a.agency === "Sở Tài chính")!.recurring).toEqual([]);
  });

  it("writes the Vietnamese subject and body, and a mail link that stays under the limit", () => {
    const { plan, r } = at("2025-04-10");
    const ctx = reminderContext(r, plan.title, "https://example.sharepoint.com/ke-hoach.xlsx");
    const finance = r.agencies.find((a) => a.agency === "Sở Tài chính")!;
    expect(reminderSubject(finance, ctx)).toBe(
      "Nhắc việc đến ngày 10/04/2025: 1 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn — Sở Tài chính",
    );
    const body = reminderBody(finance, ctx);
    expect(body).toContain("- Nhiệm vụ 1 (chủ trì): Báo cáo quý — hạn 31/03/2025, đã quá hạn 10 ngày.");
    expect(body).toContain('- Nhiệm vụ 4 (chủ trì cùng "Các sở, ngành"): Rà soát thủ tục — hạn 15/04/2025.');
    expect(body).toContain("https://example.sharepoint.com/ke-hoach.xlsx");
    // Percent-encoded Vietnamese takes about three times its length: with room the link holds the whole body…
    const roomy = reminderMailto(finance, ctx, 10_000);
    expect(roomy.shortened).toBe(false);
    expect(decodeURIComponent(roomy.href.split("&body=")[1])).toBe(body);
    expect(roomy.href.startsWith("mailto:?subject=")).toBe(true);
    // …and under the pane's limit the same tasks, each cut short, and how to report back.
    const link = reminderMailto(finance, ctx);
    expect(link.shortened).toBe(true);
    expect(link.href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    const short = decodeURIComponent(link.href.split("&body=")[1]);
    expect(short).toContain("- Nhiệm vụ 1 (chủ trì): Báo cáo quý — hạn 31/03/2025, đã quá hạn 10 ngày.");
    expect(short).toContain("https://example.sharepoint.com/ke-hoach.xlsx");
  });
});

describe("mail links of long reminders", () => {
  it("stay under the limit for every agency of the corpus plan, and say how many tasks they leave out", () => {
    const real = loadRealPlan("ttg-844-2026");
    const plan = analyseWorkbook(workbookGrids(realPlanWorkbook(real)), { asOf: "2026-12-20" })!.plan;
    const r = buildReminders(plan, 30);
    const ctx = reminderContext(r, plan.title, null);
    const long = r.agencies.filter(hasSomething);
    expect(long.length).toBeGreaterThan(0);
    let cut = 0;
    for (const a of long) {
      const link = reminderMailto(a, ctx);
      expect(link.href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
      const body = decodeURIComponent(link.href.split("&body=")[1]);
      if (link.shortened) {
        cut++;
        const listed = (body.match(/^- Nhiệm vụ/gm) ?? []).length;
        const total = a.overdue.length + a.dueSoon.length + a.recurring.length;
        if (listed < total) expect(body).toContain(`… và ${total - listed} nhiệm vụ khác`);
      } else expect(body).toBe(reminderBody(a, ctx));
    }
    // The plan's long task texts make at least one list too long for a link.
    expect(cut).toBeGreaterThan(0);
  });
});
