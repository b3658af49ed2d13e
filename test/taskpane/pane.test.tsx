/** @jest-environment jsdom */
// The task pane over the simulated Excel, through the same PlanService the add-in uses: what a coordinator sees and
// what each click does to the workbook.
import {
  allByText,
  button,
  byText,
  click,
  container,
  mounted,
  pressEnter,
  settled,
  typeInto,
  unmount,
  waitFor,
} from "./helpers/dom";
import type { Root } from "react-dom/client";
import { mountOutside, mountPane } from "../../src/taskpane/mount";
import type { Language } from "../../src/ui-text/language";
import type { PlanService } from "../../src/service/plan-service";
import { IGNORED_SETTING } from "../../src/excel/ignored-findings";
import { createWorkbook, type SimWorkbook } from "../excel-sim";
import { SEED_TEXT } from "../helpers/seed";
import { AS_OF, PLAN_SHEET, addProblems, seedWorkbook, taskCell } from "./helpers/seed-workbook";
import { simPlanService } from "./helpers/sim-service";

const BQL = "Ban Quản lý Khu kinh tế Hải Phòng";

interface Pane {
  el: HTMLElement;
  root: Root;
  close(): Promise<void>;
}

async function openPane(service: PlanService, language: Language = "vi"): Promise<Pane> {
  const el = container();
  const root = await mounted(() => mountPane(el, { service, language, asOf: AS_OF, now: () => new Date(2024, 5, 30) }));
  await settled(el);
  return { el, root, close: () => unmount(root, el) };
}

async function seedWithProblems(): Promise<SimWorkbook> {
  const sim = await seedWorkbook();
  addProblems(sim);
  return sim;
}

// The pane remembers its open place per workbook in localStorage: each test starts where a new user does.
beforeEach(() => window.localStorage.clear());

/** The tab of one of the pane's places. */
function tab(el: HTMLElement, name: string): HTMLElement {
  return [...el.querySelectorAll<HTMLElement>("[role=tab]")].find((t) => t.textContent?.includes(name))!;
}

function section(el: HTMLElement, severity: string): HTMLElement {
  return el.querySelector<HTMLElement>(`section[data-severity=${severity}]`)!;
}

describe("the plan card", () => {
  test("shows the seed plan: sheet and table, year 2024, 3 agencies, 20 tasks, deadline states as of the date", async () => {
    const sim = await seedWorkbook();
    const pane = await openPane(simPlanService(sim));
    const card = pane.el.querySelector<HTMLElement>("[aria-label='Kế hoạch']")!;
    expect(byText(card, "Kế hoạch", "button").textContent).toBe("Kế hoạch");
    expect(card.textContent).toContain("Bảng KeHoach");
    expect(card.querySelector("[data-testid=plan-year]")!.textContent).toBe("2024");
    expect(card.querySelector("[data-testid=plan-agencies]")!.textContent).toBe("3");
    expect(card.querySelector("[data-testid=plan-tasks]")!.textContent).toBe("20");
    expect(card.textContent).toContain("tính đến 30/06/2024");
    expect(card.querySelector("[data-testid=plan-states]")!.textContent).toBe(
      "Quá hạn: 3Đến hạn trong quý: 3Chưa đến hạn: 14",
    );
    expect(pane.el.textContent).toContain("Không phát hiện vấn đề nào.");
    await pane.close();
  });

  test("a new as-of date reads the plan again; a date that does not exist is refused with a hint", async () => {
    const sim = await seedWorkbook();
    const pane = await openPane(simPlanService(sim));
    const input = pane.el.querySelector<HTMLInputElement>("[aria-label='Kế hoạch'] input")!;
    expect(input.value).toBe("30/06/2024");
    await typeInto(input, "31/02/2024");
    expect(pane.el.textContent).toContain("Ngày không hợp lệ");
    await typeInto(input, "1/1/2025");
    await pressEnter(input);
    await settled(pane.el);
    expect(pane.el.textContent).toContain("tính đến 01/01/2025");
    expect(pane.el.querySelector("[data-testid=plan-states]")!.textContent).toBe("Quá hạn: 20");
    await click(button(pane.el, "Hôm nay"));
    await settled(pane.el);
    expect(pane.el.textContent).toContain("tính đến 30/06/2024");
    await pane.close();
  });

  test("a plan that names no year asks for one, and the deadlines follow the year typed", async () => {
    const sim = createWorkbook({
      sheets: [
        {
          name: PLAN_SHEET,
          cells: [
            ["KẾ HOẠCH phối hợp"],
            [],
            ["Stt", "Nội dung", "Sở Tài chính", "Sở Nội vụ", "Thời gian"],
            ["1.", "Rà soát", "Chủ trì", "Phối hợp", "Quý I"],
            ["2.", "Tổng kết", "Phối hợp", "Chủ trì", "Quý IV"],
          ],
        },
      ],
    });
    const pane = await openPane(simPlanService(sim));
    const year = pane.el.querySelector<HTMLInputElement>("[data-testid=plan-year] input")!;
    expect(pane.el.querySelector("[data-testid=plan-states]")!.textContent).toBe("Chưa rõ hạn: 2");
    await typeInto(year, "2024");
    await pressEnter(year);
    await settled(pane.el);
    expect(pane.el.querySelector("[data-testid=plan-states]")!.textContent).toBe("Quá hạn: 1Chưa đến hạn: 1");
    await pane.close();
  });
});

describe("Kiểm tra", () => {
  test("counts on top, then findings grouped by severity and rule", async () => {
    const sim = await seedWithProblems();
    const pane = await openPane(simPlanService(sim));
    expect(pane.el.querySelector("[data-testid=finding-counts]")!.textContent).toBe("Lỗi: 2Cảnh báo: 2Thông tin: 0");
    const errors = section(pane.el, "error");
    expect(errors.querySelector("h3")!.textContent).toBe("Lỗi (2)");
    expect([...errors.querySelectorAll("h4 [id^=rule-]")].map((h) => h.textContent).sort()).toEqual([
      "Thời gian không đọc được",
      "Vai trò không hợp lệ",
    ]);
    const warnings = section(pane.el, "warning");
    expect([...warnings.querySelectorAll("h4 [id^=rule-]")].map((h) => h.textContent)).toEqual([
      "Vai trò viết chưa chuẩn",
    ]);
    expect(warnings.querySelectorAll("li")).toHaveLength(2);
    expect(button(warnings, "Sửa cả 2")).toBeTruthy();
    // Errors come before warnings on the page.
    expect(errors.compareDocumentPosition(warnings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await pane.close();
  });

  test("clicking a finding selects its cell", async () => {
    const sim = await seedWithProblems();
    const ctx = sim.context();
    ctx.workbook.worksheets.add("Ghi chép").activate();
    await ctx.sync();
    const pane = await openPane(simPlanService(sim));
    const cell = taskCell(sim, "4", "Thời gian");
    await click(button(byText(section(pane.el, "error"), "Quý V", "li"), "Đi tới ô"));
    await settled(pane.el);
    const snap = sim.snapshot();
    expect(snap.activeSheet).toBe(PLAN_SHEET);
    expect(snap.selection).toEqual({ sheet: PLAN_SHEET, address: cell });
    await pane.close();
  });

  test("Sửa fixes all of a rule; when a co-author changed a cell first, nothing is written and the conflict is shown", async () => {
    const sim = await seedWithProblems();
    const pane = await openPane(simPlanService(sim));
    const first = taskCell(sim, "1", BQL);
    const second = taskCell(sim, "2", BQL);
    // Lan, editing the same workbook, fixes task 1 her own way after this pane checked it.
    const lan = sim.coauthor("Lan");
    lan.workbook.worksheets.getItem(PLAN_SHEET).getRange(first).values = [["Chủ trì"]];
    await lan.sync();

    await click(button(section(pane.el, "warning"), "Sửa cả 2"));
    await settled(pane.el);
    const conflicts = pane.el.querySelector<HTMLElement>("[data-testid=fix-conflicts]")!;
    expect(conflicts.textContent).toContain(`${first}: lúc kiểm tra là “phối hợp”, nay là “Chủ trì”`);
    expect(sim.values(PLAN_SHEET, `${second}:${second}`)).toEqual([["phoi hop"]]);

    // Checking again shows the workbook as it now is; the remaining fix then goes through.
    await click(button(pane.el, "Kiểm tra lại"));
    await settled(pane.el);
    expect(pane.el.querySelector("[data-testid=fix-conflicts]")).toBeNull();
    const warnings = section(pane.el, "warning");
    expect(warnings.querySelectorAll("li")).toHaveLength(1);
    await click(button(warnings, /^Sửa$/));
    await settled(pane.el);
    expect(sim.values(PLAN_SHEET, `${second}:${second}`)).toEqual([["Phối hợp"]]);
    expect(pane.el.textContent).toContain("Đã sửa 1 ô.");
    expect(section(pane.el, "warning")).toBeNull();
    await pane.close();
  });

  test("Bỏ qua hides a finding for good: remembered in the workbook across a reload, and it can be shown again", async () => {
    const sim = await seedWithProblems();
    const service = simPlanService(sim);
    let pane = await openPane(service);
    const item = byText(section(pane.el, "error"), "Quý V", "li");
    await click(button(item, "Bỏ qua"));
    await settled(pane.el);
    expect(pane.el.querySelector("[data-testid=finding-counts]")!.textContent).toBe(
      "Lỗi: 1Cảnh báo: 2Thông tin: 0" + "1 đã bỏ qua",
    );
    expect(allByText(pane.el, "Quý V", "li")).toHaveLength(0);
    expect(sim.snapshot().settings[IGNORED_SETTING]).toEqual([
      expect.objectContaining({ rule: "time-unknown", task: "4" }),
    ]);
    await pane.close();

    // A new pane over the same workbook (the user closes and reopens it, or a co-author opens theirs).
    pane = await openPane(simPlanService(sim));
    expect(allByText(pane.el, "Quý V", "li")).toHaveLength(0);
    await click(pane.el.querySelector<HTMLInputElement>("input[role=switch]")!);
    const shown = byText(pane.el, "Quý V", "li");
    expect(shown.textContent).toContain("đã bỏ qua");
    // The ignored finding shown does not count: the heading agrees with the badge.
    expect(pane.el.querySelector("[data-testid=finding-counts]")!.textContent).toMatch(/^Lỗi: 1/);
    expect(section(pane.el, "error").querySelector("h3")!.textContent).toBe("Lỗi (1)");
    await click(button(shown, "Không bỏ qua nữa"));
    await settled(pane.el);
    expect(pane.el.querySelector("[data-testid=finding-counts]")!.textContent).toBe("Lỗi: 2Cảnh báo: 2Thông tin: 0");
    expect(sim.snapshot().settings[IGNORED_SETTING]).toBeUndefined();
    await pane.close();
  });
});

describe("the report buttons", () => {
  test("each shows what it made, with sheet names that take the user to the sheet", async () => {
    const sim = await seedWorkbook();
    const pane = await openPane(simPlanService(sim));
    await click(tab(pane.el, "Báo cáo"));
    await click(button(pane.el, "Tô hạn"));
    await settled(pane.el);
    const highlight = pane.el.querySelector<HTMLElement>("[data-testid=command-highlight]")!;
    expect(highlight.textContent).toContain("Đã tô màu trang Kế hoạch (3 quy tắc tô màu)");

    await click(button(pane.el, "Trang theo cơ quan"));
    await settled(pane.el);
    const agencies = pane.el.querySelector<HTMLElement>("[data-testid=command-agencies]")!;
    expect(agencies.textContent).toContain("Đã tạo 3 trang:");
    const links = [...agencies.querySelectorAll<HTMLButtonElement>("li button")];
    expect(links.map((l) => l.textContent)).toHaveLength(3);

    await click(button(pane.el, /^Tổng hợp$/));
    await settled(pane.el);
    const summary = pane.el.querySelector<HTMLElement>("[data-testid=command-summary]")!;
    expect(summary.textContent).toContain("PivotTable và biểu đồ");

    await click(links[1]);
    await settled(pane.el);
    expect(sim.snapshot().activeSheet).toBe(links[1].textContent);
    await pane.close();
  });

  test("warnings come with the result: PivotTables unavailable, a sheet name taken by the user", async () => {
    const sim = await seedWorkbook();
    const ctx = sim.context();
    ctx.workbook.worksheets.add("Tổng hợp");
    await ctx.sync();
    const pane = await openPane(simPlanService(sim), "en");
    await click(tab(pane.el, "Reports"));
    await click(button(pane.el, /^Summary$/));
    await settled(pane.el);
    const summary = pane.el.querySelector<HTMLElement>("[data-testid=command-summary]")!;
    expect(summary.textContent).toMatch(/Sheet "Tổng hợp" exists \(a user sheet, left untouched\)/);
    await pane.close();

    // Excel 2016-era hosts: ExcelApi 1.7, no PivotTable API.
    const old = await seedWorkbook({ apiVersion: "1.7" });
    const paneOld = await openPane(simPlanService(old), "en");
    await click(tab(paneOld.el, "Reports"));
    await click(button(paneOld.el, /^Summary$/));
    await settled(paneOld.el);
    expect(paneOld.el.querySelector("[data-testid=command-summary]")!.textContent).toContain("cannot make PivotTables");
    await paneOld.close();
  });
});

describe("progress and failures", () => {
  test("a long operation shows progress and cannot be started twice", async () => {
    const sim = await seedWorkbook();
    const real = simPlanService(sim);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let summaries = 0;
    const slow: PlanService = { ...real, summary: async (o) => (summaries++, await gate, real.summary(o)) };
    const pane = await openPane(slow);
    await click(tab(pane.el, "Báo cáo"));
    const run = button(pane.el, /^Tổng hợp$/);
    await click(run);
    await click(run);
    expect(pane.el.querySelector("[role=status]")!.textContent).toContain("Đang tạo trang tổng hợp…");
    expect(run.disabled).toBe(true);
    expect(button(pane.el, "Tô hạn").disabled).toBe(true);
    release();
    await settled(pane.el);
    expect(summaries).toBe(1);
    expect(run.disabled).toBe(false);
    await pane.close();
  });

  test("a failure shows a clear message, never a blank pane, and the user can try again", async () => {
    const sim = await seedWorkbook();
    const real = simPlanService(sim);
    let fail = true;
    const flaky: PlanService = {
      ...real,
      readPlan: async (o) => {
        if (fail)
          throw Object.assign(new Error("Excel is in cell-editing mode."), { code: "InvalidOperationInCellEditMode" });
        return real.readPlan(o);
      },
    };
    const pane = await openPane(flaky);
    expect(pane.el.querySelector("[role=alert]")!.textContent).toContain(
      "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc rồi thử lại.",
    );
    fail = false;
    await click(button(pane.el, "Kiểm tra lại"));
    await settled(pane.el);
    expect(pane.el.querySelector("[role=alert]")).toBeNull();
    expect(pane.el.querySelector("[data-testid=plan-tasks]")!.textContent).toBe("20");
    await pane.close();
  });
});

describe("a workbook without a plan", () => {
  test("Tạo kế hoạch mới makes an empty plan table for the agencies typed, with dropdowns", async () => {
    const sim = createWorkbook();
    const pane = await openPane(simPlanService(sim));
    expect(pane.el.textContent).toContain("Chưa có kế hoạch trong sổ này");
    const [agencies] = pane.el.querySelectorAll("textarea");
    await typeInto(agencies, "Sở Tài chính\nSở Nội vụ\nSở Lao động - Thương binh và Xã hội");
    await click(button(pane.el, "Tạo bảng kế hoạch"));
    await settled(pane.el);
    expect(pane.el.textContent).toContain("Đã tạo trang “Kế hoạch”: 0 nhiệm vụ, 3 cơ quan.");
    expect(pane.el.querySelector("[data-testid=plan-year]")!.textContent).toBe("2024");
    const sheet = sim.snapshot().sheets.find((s) => s.name === PLAN_SHEET)!;
    expect(sheet.tables.map((t) => t.name)).toEqual(["KeHoach"]);
    const lists = sheet.dataValidations.map((v) => [v.address, (v.rule as { list?: { source: string } }).list?.source]);
    expect(lists).toEqual([
      ["C6", "Chủ trì,Phối hợp"],
      ["D6", "Chủ trì,Phối hợp"],
      ["E6", "Chủ trì,Phối hợp"],
      ["G6", "Chưa thực hiện,Đang thực hiện,Hoàn thành"],
    ]);
    expect(sim.snapshot().activeSheet).toBe(PLAN_SHEET);
    await pane.close();
  });

  test("Dán từ Word turns the table copied out of the draft into the plan, as kehoach import does", async () => {
    const sim = createWorkbook();
    const pane = await openPane(simPlanService(sim), "en");
    const [, pasted] = pane.el.querySelectorAll("textarea");
    await typeInto(pasted, "just a sentence, no table");
    await click(button(pane.el, "Create the plan from the pasted text"));
    await settled(pane.el);
    expect(pane.el.textContent).toContain("No plan found in the pasted text");
    await typeInto(pane.el.querySelectorAll("textarea")[1], SEED_TEXT);
    await click(button(pane.el, "Create the plan from the pasted text"));
    await settled(pane.el);
    expect(pane.el.textContent).toContain(
      "Created sheet “Kế hoạch”: 20 tasks, 3 agencies.The “Danh mục cơ quan” (agency registry) sheet was made too",
    );
    expect(pane.el.querySelector("[data-testid=plan-tasks]")!.textContent).toBe("20");
    expect(sim.snapshot().sheets.map((s) => s.name)).toEqual(["Sheet1", "Kế hoạch", "Danh mục cơ quan"]);
    await pane.close();
  });
});

describe("language", () => {
  test("the same workbook in English and Vietnamese: labels, rule names, messages and dates", async () => {
    const sim = await seedWithProblems();
    const en = await openPane(simPlanService(sim), "en");
    expect(en.el.textContent).toContain("Deadlines as of 30 Jun 2024:");
    expect(en.el.querySelector("[data-testid=finding-counts]")!.textContent).toBe("Errors: 2Warnings: 2Info: 0");
    expect(section(en.el, "warning").querySelector("h4 [id^=rule-]")!.textContent).toBe(
      "Role not written the standard way",
    );
    expect(section(en.el, "warning").textContent).toContain("should be written");
    expect(en.el.querySelector<HTMLInputElement>("[aria-label='Plan'] input")!.value).toBe("30 Jun 2024");
    await en.close();
    const vi = await openPane(simPlanService(sim), "vi");
    expect(vi.el.textContent).toContain("Tình trạng thời hạn tính đến 30/06/2024:");
    expect(section(vi.el, "warning").querySelector("h4 [id^=rule-]")!.textContent).toBe("Vai trò viết chưa chuẩn");
    expect(section(vi.el, "warning").textContent).toContain("nên viết là");
    await vi.close();
  });

  test("outside Excel the page says so, in the browser's language", async () => {
    const el = container();
    const root = await mounted(() => mountOutside(el, "en", "help.html"));
    expect(el.querySelector("[data-testid=outside-excel]")!.textContent).toContain("Open this in Excel");
    expect(el.querySelector<HTMLAnchorElement>("a")!.getAttribute("href")).toBe("help.html");
    await unmount(root, el);
  });
});

describe("a brand-new plan", () => {
  test("says where to type the tasks, and raises no 'agency has no task' for each agency", async () => {
    const sim = createWorkbook({ sheets: [{ name: "Sheet1" }] }, { today: new Date(2024, 5, 30) });
    const service = simPlanService(sim);
    const created = await service.createPlan({
      agencies: ["Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Bộ Tài chính", "Bộ Xây dựng"],
      year: 2025,
    });
    expect(created.done).toBe(true);
    const pane = await openPane(service);
    expect(pane.el.querySelector("[data-testid=plan-tasks]")!.textContent).toBe("0");
    expect(pane.el.querySelector("[data-testid=first-run]")!.textContent).toContain("Nhập nhiệm vụ vào trang");
    expect(pane.el.querySelector("[data-rule=agency-unused]")).toBeNull();
    await pane.close();
  });
});

describe("the pane's places", () => {
  test("open on checking; the place the user was in is remembered for the workbook on this computer", async () => {
    const sim = await seedWorkbook();
    let pane = await openPane(simPlanService(sim));
    const selected = () => pane.el.querySelector("[role=tab][aria-selected=true]")!.id;
    expect(selected()).toBe("view-check");
    await click(tab(pane.el, "Báo cáo"));
    expect(selected()).toBe("view-reports");
    expect(pane.el.querySelector("[data-testid=quarter-report]")).not.toBeNull();
    expect(pane.el.querySelector("[data-testid=finding-counts]")).toBeNull();
    await pane.close();
    pane = await openPane(simPlanService(sim));
    await waitFor(() => selected() === "view-reports");
    await pane.close();
  });
});
