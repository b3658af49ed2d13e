/** @jest-environment jsdom */
// The staff sections of the task pane over the simulated Excel: my agency's tasks, updating a task while co-authors
// edit, the live re-check, the quarter report, legacy text and the dropdowns.
import { act } from "react";
import type { Root } from "react-dom/client";
import { encodeLegacyText } from "../../src/core/text/legacy-encoding";
import { quarterReport } from "../../src/core/track/quarter-report";
import type { KeyValueStore, PaneView } from "../../src/taskpane/my-agency-store";
import { mountPane } from "../../src/taskpane/mount";
import type { Language } from "../../src/ui-text/language";
import type { PlanService } from "../../src/service/plan-service";
import { createWorkbook, type SimWorkbook } from "../excel-sim";
import {
  allByText,
  button,
  byText,
  click,
  container,
  mounted,
  settled,
  typeInto,
  unmount,
  waitFor,
} from "./helpers/dom";
import { fillSeedProgress } from "./helpers/progress";
import { AS_OF, PLAN_SHEET, seedWorkbook, taskCell, typeCell } from "./helpers/seed-workbook";
import { simPlanService } from "./helpers/sim-service";

const LDLD = "Liên đoàn Lao động thành phố";
const BDV = "Ban Dân vận Thành ủy";

interface Pane {
  el: HTMLElement;
  root: Root;
  close(): Promise<void>;
}

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

async function openPane(
  service: PlanService,
  opts: { language?: Language; store?: KeyValueStore | null; liveDelayMs?: number; view?: PaneView } = {},
): Promise<Pane> {
  const el = container();
  const root = await mounted(() =>
    mountPane(el, {
      service,
      language: opts.language ?? "vi",
      asOf: AS_OF,
      now: () => new Date(2024, 5, 30),
      store: opts.store === undefined ? memoryStore() : opts.store,
      liveDelayMs: opts.liveDelayMs ?? 60000,
    }),
  );
  await settled(el);
  await waitFor(() => el.querySelector("[data-testid=live-note]") !== null);
  await showView(el, opts.view ?? "agency");
  return { el, root, close: () => unmount(root, el) };
}

/** Opens one of the pane's places by its tab, as a user would. */
async function showView(el: HTMLElement, view: PaneView): Promise<void> {
  await click(el.querySelector<HTMLElement>(`[role=tab]#view-${view}`)!);
}

/** Picks an option of a native select as a user would. */
async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")!.set!.call(select, value);
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

/** The form control whose label says `label`. */
function field<T extends HTMLElement>(root: ParentNode, label: string): T {
  const l = [...root.querySelectorAll("label")].find((x) => x.textContent?.trim() === label);
  if (!l) throw new Error(`no field labelled ${label}`);
  return (root as Element).ownerDocument!.getElementById(l.htmlFor) as T;
}

const myAgency = (el: HTMLElement) => el.querySelector<HTMLElement>("[data-testid=my-agency]")!;
const taskItem = (el: HTMLElement, n: string) =>
  el.querySelector<HTMLElement>(`[data-testid=my-agency-tasks] li[data-task="${n}"]`);
const listed = (el: HTMLElement) =>
  [...el.querySelectorAll<HTMLElement>("[data-testid=my-agency-tasks] > li")].map((li) => li.dataset.task);

async function pickAgency(el: HTMLElement, agency: string): Promise<void> {
  await choose(field<HTMLSelectElement>(myAgency(el), "Cơ quan của bạn"), agency);
}

describe("Cơ quan của tôi", () => {
  test("the user picks an agency once: remembered on this computer for this workbook, not written into it", async () => {
    const sim = await seedWorkbook();
    const store = memoryStore();
    let pane = await openPane(simPlanService(sim), { store });
    const picker = field<HTMLSelectElement>(myAgency(pane.el), "Cơ quan của bạn");
    expect([...picker.options].map((o) => o.textContent)).toEqual([
      "— chọn cơ quan —",
      BDV,
      "Ban Quản lý Khu kinh tế Hải Phòng",
      LDLD,
    ]);
    const settingsBefore = sim.snapshot().settings;
    await pickAgency(pane.el, LDLD);
    expect(byText(pane.el, LDLD, "p").dataset.testid).toBe("my-agency-name");
    // The agency and the place the user was in, for this workbook only.
    expect(store.data).toEqual(
      new Map([
        ["kehoach.view:Book1.xlsx", "agency"],
        ["kehoach.myAgency:Book1.xlsx", LDLD],
      ]),
    );
    expect(sim.snapshot().settings).toEqual(settingsBefore);
    await pane.close();

    // Reopened (the page reloads): the agency is there without asking.
    pane = await openPane(simPlanService(sim), { store });
    expect(myAgency(pane.el).querySelector("[data-testid=my-agency-name]")!.textContent).toBe(LDLD);
    await pane.close();
    // Another workbook on the same computer asks again.
    const other = createWorkbook({ sheets: [{ name: "Sheet1" }] }, { name: "Ke-hoach-khac.xlsx" });
    await simPlanService(other).pasteFromWord((await import("../helpers/seed")).SEED_TEXT, { asOf: AS_OF });
    pane = await openPane(simPlanService(other), { store });
    expect(myAgency(pane.el).querySelector("[data-testid=my-agency-name]")).toBeNull();
    await pane.close();
  });

  test("with no store given, the browser's localStorage keeps it; an agency no longer in the plan is asked again", async () => {
    window.localStorage.clear();
    const sim = await seedWorkbook();
    let pane = await openPane(simPlanService(sim), { store: undefined as unknown as null });
    await pane.close();
    window.localStorage.setItem("kehoach.myAgency:Book1.xlsx", "Sở đã giải thể");
    pane = await openPane(simPlanService(sim), { store: window.localStorage });
    expect(myAgency(pane.el).textContent).toContain(
      "Cơ quan đã chọn “Sở đã giải thể” không còn trong kế hoạch: hãy chọn lại.",
    );
    await pickAgency(pane.el, BDV);
    expect(window.localStorage.getItem("kehoach.myAgency:Book1.xlsx")).toBe(BDV);
    await pane.close();
  });

  test("lists the tasks it leads and coordinates with state chips, filtered by quarter and state, sorted in Vietnamese order", async () => {
    const sim = await seedWorkbook();
    fillSeedProgress(sim);
    const pane = await openPane(simPlanService(sim));
    await pickAgency(pane.el, LDLD);
    const section = myAgency(pane.el);
    expect(section.textContent).toContain("Chủ trì 9 · Phối hợp 11");
    expect(section.querySelector("[data-testid=my-agency-counts]")!.textContent).toBe(
      "Quá hạn: 1Đến hạn trong quý: 2Chưa đến hạn: 13Hoàn thành trễ hạn: 1Hoàn thành đúng hạn: 3",
    );
    // By deadline: Q1 first; each task shows its chip, role, deadline and status.
    expect(listed(pane.el).slice(0, 5)).toEqual(["1", "2", "3", "4", "5"]);
    const t2 = taskItem(pane.el, "2")!;
    expect(t2.textContent).toContain("Hoàn thành trễ hạn");
    expect(t2.textContent).toContain("Chủ trì");
    expect(t2.textContent).toContain("Hạn 31/03/2024 (Quý I) · Xong ngày 10/04/2024");
    expect(taskItem(pane.el, "3")!.textContent).toContain("Hạn 31/03/2024 (Quý I) · Trạng thái: Đang thực hiện");

    await choose(field<HTMLSelectElement>(section, "Quý"), "2024-Q2");
    expect(listed(pane.el)).toEqual(["4", "5", "6"]);
    await choose(field<HTMLSelectElement>(section, "Tình trạng"), "due");
    expect(listed(pane.el)).toEqual(["5", "6"]);
    expect(section.querySelector("[data-testid=my-agency-shown]")!.textContent).toBe("2/20 nhiệm vụ");
    await choose(field<HTMLSelectElement>(section, "Vai trò"), "coordinate");
    expect(listed(pane.el)).toEqual([]);
    expect(section.textContent).toContain("Không có nhiệm vụ nào khớp bộ lọc.");
    await choose(field<HTMLSelectElement>(section, "Quý"), "all");
    await choose(field<HTMLSelectElement>(section, "Tình trạng"), "all");
    await choose(field<HTMLSelectElement>(section, "Vai trò"), "all");
    await choose(field<HTMLSelectElement>(section, "Sắp xếp theo"), "content");
    const contents = listed(pane.el).map((n) => sim.values(PLAN_SHEET, taskCell(sim, n!, "Nội dung"))[0][0] as string);
    expect(contents).toEqual([...contents].sort(new Intl.Collator("vi", { numeric: true }).compare));
    await choose(field<HTMLSelectElement>(section, "Sắp xếp theo"), "number");
    expect(listed(pane.el)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    await pane.close();
  });

  test("a recurring duty shows when it next falls due, in the user's language", async () => {
    const sim = await seedWorkbook();
    typeCell(sim, taskCell(sim, "7", "Thời gian"), "Trước ngày 20/11 hằng năm", "remote");
    for (const [language, shown] of [
      ["vi", "Trước ngày 20/11 hằng năm · lần tới: 20/11/2024"],
      ["en", "Trước ngày 20/11 hằng năm · next: 20 Nov 2024"],
    ] as const) {
      const pane = await openPane(simPlanService(sim), { language });
      await choose(
        field<HTMLSelectElement>(myAgency(pane.el), language === "vi" ? "Cơ quan của bạn" : "Your agency"),
        LDLD,
      );
      expect(taskItem(pane.el, "7")!.textContent).toContain(shown);
      // A task with a deadline shows no reminder.
      expect(taskItem(pane.el, "1")!.textContent).not.toMatch(/lần tới|next:/);
      await pane.close();
    }
  });

  test("clicking a task selects its row, found by number after a co-author sorted the table", async () => {
    const sim = await seedWorkbook();
    const pane = await openPane(simPlanService(sim));
    await pickAgency(pane.el, LDLD);
    sim.sortTable("KeHoach", "Nội dung", false, "remote");
    const row = Number(taskCell(sim, "5", "Stt").slice(1));
    await click(taskItem(pane.el, "5")!.querySelector("button")!);
    await settled(pane.el);
    expect(sim.snapshot().selection).toEqual({ sheet: PLAN_SHEET, address: `A${row}:I${row}` });
    await pane.close();
  });
});

describe("updating a task from the pane", () => {
  async function openForm(el: HTMLElement, n: string): Promise<HTMLFormElement> {
    await click(button(taskItem(el, n)!, "Cập nhật"));
    return taskItem(el, n)!.querySelector<HTMLFormElement>("form[data-testid=task-form]")!;
  }

  test("status done fills today's date; saving writes those cells only, on task 5 wherever a co-author moved it", async () => {
    const sim = await seedWorkbook();
    const pane = await openPane(simPlanService(sim));
    await pickAgency(pane.el, LDLD);
    const form = await openForm(pane.el, "5");
    await choose(field<HTMLSelectElement>(form, "Trạng thái"), "done");
    expect(field<HTMLInputElement>(form, "Ngày hoàn thành").value).toBe("30/06/2024");
    await typeInto(field<HTMLTextAreaElement>(form, "Ghi chú"), "Đã tổ chức 3 buổi");
    // Meanwhile a co-author inserts two rows above task 5.
    sim.insertRowsAbove(PLAN_SHEET, 19, 2, "remote");
    const before = sim.snapshot();
    await click(button(form, "Lưu"));
    await settled(pane.el);
    const row = Number(taskCell(sim, "5", "Stt").slice(1));
    expect(taskItem(pane.el, "5")!.querySelector("[data-testid=update-outcome]")!.textContent).toBe(
      `Đã cập nhật nhiệm vụ 5 (ô G${row}, H${row}, I${row}).`,
    );
    expect(taskItem(pane.el, "5")!.querySelector("form")).toBeNull();
    expect(taskItem(pane.el, "5")!.textContent).toContain("Hoàn thành đúng hạn");
    const after = sim.snapshot();
    const changed = Object.keys({ ...before.sheets[0].cells, ...after.sheets[0].cells }).filter(
      (c) => JSON.stringify(before.sheets[0].cells[c]) !== JSON.stringify(after.sheets[0].cells[c]),
    );
    expect(changed.sort()).toEqual([`G${row}`, `H${row}`, `I${row}`]);
    // The task's details show its history from the change log.
    const history = taskItem(pane.el, "5")!.querySelector("[data-testid=task-history]")!;
    expect(history.querySelector("summary")!.textContent).toBe("Lịch sử cập nhật (3)");
    expect([...history.querySelectorAll("li")].map((li) => li.textContent!.replace(/^\S+ \S+ · /, ""))).toEqual([
      "Trạng thái: “(trống)” → “Hoàn thành” — Cập nhật trong ngăn tác vụ",
      "Ngày hoàn thành: “(trống)” → “30/06/2024” — Cập nhật trong ngăn tác vụ",
      "Ghi chú: “(trống)” → “Đã tổ chức 3 buổi” — Cập nhật trong ngăn tác vụ",
    ]);
    await pane.close();
  });

  test("a task a co-author changed since it was shown is refused with what changed; the new values can be taken", async () => {
    const sim = await seedWorkbook();
    const pane = await openPane(simPlanService(sim));
    await pickAgency(pane.el, LDLD);
    const form = await openForm(pane.el, "6");
    await choose(field<HTMLSelectElement>(form, "Trạng thái"), "inProgress");
    typeCell(sim, taskCell(sim, "6", "Trạng thái"), "Hoàn thành", "remote");
    const before = sim.snapshot();
    await click(button(form, "Lưu"));
    await settled(pane.el);
    const item = taskItem(pane.el, "6")!;
    expect(item.querySelector("[data-testid=update-outcome]")!.textContent).toBe(
      "Nhiệm vụ 6 vừa được người khác sửa sau khi hiện trong ngăn này. Chưa ghi gì: hãy xem lại rồi cập nhật." +
        "Trạng thái: lúc hiển thị “(trống)”, nay là “Hoàn thành”",
    );
    expect(sim.snapshot()).toEqual(before);
    // The pane read the plan again: the form says its values are old and offers the new ones.
    expect(item.textContent).toContain("Nhiệm vụ này vừa thay đổi trong sổ sau khi mở biểu mẫu");
    expect(button(item, "Lưu").disabled).toBe(true);
    await click(button(item, "Dùng dữ liệu mới"));
    expect(button(item, "Lưu").disabled).toBe(false);
    expect(field<HTMLSelectElement>(item.querySelector("form")!, "Trạng thái").value).toBe("done");
    expect(item.textContent).not.toContain("Nhiệm vụ này vừa thay đổi");
    await pane.close();
  });

  test("an unreadable date is held back in the form; nothing changed says so", async () => {
    const sim = await seedWorkbook();
    const service = simPlanService(sim);
    let updates = 0;
    const pane = await openPane({ ...service, updateTask: (...a) => (updates++, service.updateTask(...a)) });
    await pickAgency(pane.el, LDLD);
    const form = await openForm(pane.el, "5");
    await click(button(form, "Lưu"));
    expect(form.textContent).toContain("Chưa thay đổi gì.");
    await typeInto(field<HTMLInputElement>(form, "Ngày hoàn thành"), "31/02/2024");
    await click(button(form, "Lưu"));
    expect(form.textContent).toContain("Ngày không hợp lệ");
    expect(updates).toBe(0);
    await click(button(form, "Huỷ"));
    expect(taskItem(pane.el, "5")!.querySelector("form")).toBeNull();
    await pane.close();
  });
});

describe("live re-check", () => {
  let dialogs: jest.Mock;
  beforeEach(() => {
    dialogs = jest.fn();
    (globalThis as Record<string, unknown>).Office = { context: { ui: { displayDialogAsync: dialogs } } };
  });
  afterEach(() => delete (globalThis as Record<string, unknown>).Office);

  test("co-authors' edits update the counts, the findings and my agency's list without a click: one re-check per burst, no dialog", async () => {
    const sim = await seedWorkbook();
    const real = simPlanService(sim);
    let reads = 0;
    const service: PlanService = { ...real, readPlan: (o) => (reads++, real.readPlan(o)) };
    const pane = await openPane(service, { liveDelayMs: 120 });
    await pickAgency(pane.el, LDLD);
    expect(pane.el.querySelector("[data-testid=live-note]")!.textContent).toBe(
      "Tự kiểm tra lại khi sổ thay đổi, kể cả khi người khác cùng sửa.",
    );
    expect(reads).toBe(1);
    await showView(pane.el, "check");
    expect(pane.el.querySelector("[data-testid=finding-counts]")!.textContent).toBe("Lỗi: 0Cảnh báo: 0Thông tin: 0");

    // Lan, in her own Excel, marks task 5 done and writes a role as "x" in task 6.
    typeCell(sim, taskCell(sim, "5", "Trạng thái"), "Hoàn thành", "remote");
    typeCell(sim, taskCell(sim, "5", "Ngày hoàn thành"), "25/06/2024", "remote");
    typeCell(sim, taskCell(sim, "6", BDV), "x", "remote");
    await waitFor(() => reads === 2);
    await settled(pane.el);
    expect(pane.el.querySelector("[data-testid=finding-counts]")!.textContent).toBe("Lỗi: 1Cảnh báo: 0Thông tin: 0");
    await showView(pane.el, "agency");
    expect(taskItem(pane.el, "5")!.textContent).toContain("Hoàn thành đúng hạn");
    expect(pane.el.querySelector("[data-testid=plan-states]")!.textContent).toContain("Hoàn thành: 1");
    await act(async () => new Promise((r) => setTimeout(r, 500)));
    expect(reads).toBe(2);
    expect(dialogs).not.toHaveBeenCalled();
    expect(sim.eventHandlerErrors).toEqual([]);

    // Closing the pane removes the registration.
    const fired = sim.stats.eventsFired;
    await pane.close();
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    typeCell(sim, taskCell(sim, "7", "Trạng thái"), "Hoàn thành", "remote");
    await sim.flushEvents();
    await act(async () => new Promise((r) => setTimeout(r, 300)));
    expect(sim.stats.eventsFired).toBe(fired);
    expect(reads).toBe(2);

    // Opened again (the page reloaded): registered again, once, and re-checking.
    let readsAgain = 0;
    const again = await openPane({ ...real, readPlan: (o) => (readsAgain++, real.readPlan(o)) }, { liveDelayMs: 120 });
    expect(readsAgain).toBe(1);
    typeCell(sim, taskCell(sim, "8", "Trạng thái"), "Hoàn thành", "remote");
    await waitFor(() => readsAgain === 2);
    expect(sim.stats.eventsFired).toBe(fired + 1);
    await again.close();
  });

  test("a change while another operation runs re-checks once that operation ends", async () => {
    const sim = await seedWorkbook();
    const real = simPlanService(sim);
    let reads = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const service: PlanService = {
      ...real,
      readPlan: (o) => (reads++, real.readPlan(o)),
      summary: async (o) => (await gate, real.summary(o)),
    };
    const pane = await openPane(service, { liveDelayMs: 30, view: "reports" });
    await click(button(pane.el, /^Tổng hợp$/));
    typeCell(sim, taskCell(sim, "6", BDV), "x", "remote");
    await act(async () => new Promise((r) => setTimeout(r, 200)));
    expect(reads).toBe(1);
    release();
    await waitFor(() => reads === 2);
    await settled(pane.el);
    await showView(pane.el, "check");
    expect(pane.el.querySelector("[data-testid=finding-counts]")!.textContent).toBe("Lỗi: 1Cảnh báo: 0Thông tin: 0");
    await pane.close();
  });
});

describe("Báo cáo quý", () => {
  test("the report sheet made through the pane for the seed plan with progress filled in holds the core's numbers", async () => {
    const sim = await seedWorkbook();
    fillSeedProgress(sim);
    const service = simPlanService(sim);
    const read = await service.readPlan({ asOf: AS_OF });
    if (!read.found) throw new Error("no plan");
    const core = quarterReport(read.plan, 2, 2024, AS_OF);
    const pane = await openPane(service, { view: "reports" });
    const section = pane.el.querySelector<HTMLElement>("[data-testid=quarter-report]")!;
    expect(field<HTMLSelectElement>(section, "Quý").value).toBe("2");
    await click(button(section, "Tạo báo cáo quý"));
    await settled(pane.el);
    expect(section.querySelector("[data-testid=quarter-totals]")!.textContent).toBe(
      "Đến hạn trong quý: 3 (đúng hạn 1, trễ hạn 0, đang làm 2, quá hạn 0).",
    );
    expect(section.textContent).toContain("Nhiệm vụ quá hạn tồn đọng: 1.");
    expect(sim.snapshot().activeSheet).toBe("Báo cáo quý II-2024");
    // Row by row, the sheet's count table is the core's report.
    const rows = sim.values("Báo cáo quý II-2024", "A1:G20");
    for (const line of core.agencies) {
      const row = rows.find((r) => r[1] === line.name)!;
      expect(row.slice(2, 7)).toEqual([line.due, line.done, line.doneLate, line.open, line.overdue]);
    }
    expect(rows.find((r) => r[0] === "Tổng cộng")!.slice(2, 7)).toEqual([3, 1, 0, 2, 0]);
    const backlog = rows.findIndex((r) => String(r[0]).startsWith("2. Nhiệm vụ quá hạn"));
    expect(rows[backlog + 2].slice(0, 2)).toEqual(["3", core.overdueTasks[0].content]);

    // The sheet name takes the user there.
    await click(button(pane.el, "Trang theo cơ quan"));
    await settled(pane.el);
    await click(button(section, "Báo cáo quý II-2024"));
    await settled(pane.el);
    expect(sim.snapshot().activeSheet).toBe("Báo cáo quý II-2024");
    await pane.close();
  });

  test("in English, for another quarter", async () => {
    const sim = await seedWorkbook();
    const pane = await openPane(simPlanService(sim), { language: "en", view: "reports" });
    const section = pane.el.querySelector<HTMLElement>("[data-testid=quarter-report]")!;
    await choose(field<HTMLSelectElement>(section, "Quarter"), "1");
    await click(button(section, "Make the quarter report"));
    await settled(pane.el);
    expect(section.querySelector("[data-testid=quarter-totals]")!.textContent).toBe(
      "Due in the quarter: 3 (on time 0, late 0, open 0, overdue 3).",
    );
    expect(sim.snapshot().sheets.map((s) => s.name)).toContain("Báo cáo quý I-2024");
    await pane.close();
  });
});

describe("legacy text", () => {
  test("cells typed in TCVN3 and VNI are listed, and one click converts them all to Unicode", async () => {
    const sim = await seedWorkbook();
    const cells = [
      [taskCell(sim, "1", BDV), "tcvn3"],
      [taskCell(sim, "1", LDLD), "tcvn3"],
      [taskCell(sim, "2", "Nội dung"), "tcvn3"],
      [taskCell(sim, "3", "Nội dung"), "vni"],
      [taskCell(sim, "3", LDLD), "vni"],
    ] as const;
    const unicode = cells.map(([cell]) => sim.values(PLAN_SHEET, cell)[0][0] as string);
    cells.forEach(([cell, encoding], i) => typeCell(sim, cell, encodeLegacyText(unicode[i], encoding)));
    expect(sim.values(PLAN_SHEET, cells[0][0])).toEqual([["Chñ tr×"]]);
    // TCVN3 writes "ư" as U+00AD, which text cleaning drops: the fix must still recognise the cell.
    expect(sim.values(PLAN_SHEET, cells[2][0])[0][0]).toContain("\u00AD");
    const pane = await openPane(simPlanService(sim), { view: "check" });
    const notice = pane.el.querySelector<HTMLElement>("[data-testid=legacy-text]")!;
    expect(notice.textContent).toContain("5 ô gõ bằng bảng mã cũ (TCVN3/VNI)");
    // The mojibake roles are also role errors until converted.
    expect(pane.el.querySelector("[data-testid=finding-counts]")!.textContent).toMatch(/^Lỗi: [1-9]/);
    const group = pane.el.querySelector<HTMLElement>("[data-rule=text-legacy-encoding]")!;
    expect(group.querySelector("h4 [id^=rule-]")!.textContent).toBe("Chữ theo bảng mã cũ (TCVN3/VNI)");
    expect(allByText(group, "Sửa", "button").filter((b) => b.textContent === "Sửa")).toHaveLength(5);
    expect(group.textContent).toContain(`đổi sang Unicode: "Chủ trì"`);

    await click(button(notice, "Chuyển cả 5 ô sang Unicode"));
    await settled(pane.el);
    expect(cells.map(([cell]) => sim.values(PLAN_SHEET, cell)[0][0])).toEqual(unicode);
    expect(pane.el.querySelector("[data-testid=legacy-text]")).toBeNull();
    expect(pane.el.textContent).toContain("Đã sửa 5 ô.");
    expect(pane.el.querySelector("[data-testid=finding-counts]")!.textContent).toBe("Lỗi: 0Cảnh báo: 0Thông tin: 0");
    await pane.close();
  });

  test("one cell converts with its own Sửa", async () => {
    const sim = await seedWorkbook();
    const cell = taskCell(sim, "4", "Nội dung");
    const text = sim.values(PLAN_SHEET, cell)[0][0] as string;
    typeCell(sim, cell, encodeLegacyText(text, "vni"));
    const pane = await openPane(simPlanService(sim), { view: "check" });
    const group = pane.el.querySelector<HTMLElement>("[data-rule=text-legacy-encoding]")!;
    await click(button(group, /^Sửa$/));
    await settled(pane.el);
    expect(sim.values(PLAN_SHEET, cell)).toEqual([[text]]);
    await pane.close();
  });
});

describe("Bảng kế hoạch", () => {
  test("adds dropdowns to the role and status cells on request, changing no value", async () => {
    const sim: SimWorkbook = await seedWorkbook();
    const pane = await openPane(simPlanService(sim), { view: "check" });
    const before = sim.snapshot().sheets[0].cells;
    await click(button(pane.el, "Thêm danh sách chọn"));
    await settled(pane.el);
    expect(pane.el.querySelector("[data-testid=plan-tools]")!.textContent).toContain(
      "Đã thêm danh sách chọn cho 3 cột vai trò và cột Trạng thái, dòng 17–36.",
    );
    expect(sim.snapshot().sheets[0].cells).toEqual(before);
    expect(sim.snapshot().sheets[0].dataValidations.map((v) => v.address)).toEqual(["C17:E36", "G17:G36"]);
    await pane.close();
  });
});
