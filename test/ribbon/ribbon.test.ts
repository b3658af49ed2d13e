/** @jest-environment jsdom */
// The ribbon's function commands: the same use-cases as the task pane, a short report in the user's language, and
// Office told the command has finished once the user closes the report.
import { TextDecoder, TextEncoder } from "node:util";
import { runRibbonCommand, RIBBON_COMMANDS } from "../../src/ribbon/ribbon";
import { readReportPage } from "../../src/ribbon/report";
import { reportUrl, type ReportPage } from "../../src/ribbon/report-dialog";
import { installOfficeGlobals } from "../excel-sim";
import { AS_OF, PLAN_SHEET, seedWorkbook, taskCell, typeCell } from "../taskpane/helpers/seed-workbook";
import { simPlanService } from "../taskpane/helpers/sim-service";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder, TextDecoder });

describe("runRibbonCommand", () => {
  test("Kiểm tra counts the findings not ignored and selects the first error's cell", async () => {
    const sim = await seedWorkbook();
    const time = taskCell(sim, "4", "Thời gian");
    typeCell(sim, time, "Quý V");
    typeCell(sim, taskCell(sim, "1", "Ban Quản lý Khu kinh tế Hải Phòng"), "phoi hop");
    const report = await runRibbonCommand("check", simPlanService(sim), "vi", AS_OF);
    expect(report).toEqual({
      title: "Kiểm tra",
      ok: true,
      lines: [
        "1 lỗi, 1 cảnh báo, 0 thông tin.",
        `Đã chọn ô ${PLAN_SHEET}!${time} của lỗi đầu tiên. Mở ngăn tác vụ để xem cả danh sách.`,
      ],
    });
    expect(sim.snapshot().selection).toEqual({ sheet: PLAN_SHEET, address: time });
  });

  test("the report buttons name what they made, in English for an English Office", async () => {
    const sim = await seedWorkbook();
    const service = simPlanService(sim);
    expect(await runRibbonCommand("highlight", service, "en", AS_OF)).toMatchObject({
      title: "Highlight deadlines",
      ok: true,
      lines: [
        expect.stringContaining("Highlighted sheet “Kế hoạch”"),
        expect.stringContaining("helper deadline column"),
      ],
    });
    const agencies = await runRibbonCommand("agencies", service, "en", AS_OF);
    expect(agencies.lines.slice(0, 1)).toEqual(["Made 3 sheets:"]);
    const summary = await runRibbonCommand("summary", service, "en", AS_OF);
    expect(summary.lines).toEqual(["Made 2 sheets:", "Tổng hợp, Phân công", "3 PivotTables and a chart."]);
  });

  test("a workbook without a plan, or a failure, still gives the user a sentence", async () => {
    const sim = await seedWorkbook();
    const empty = (await import("../excel-sim")).createWorkbook();
    expect((await runRibbonCommand("summary", simPlanService(empty), "vi", AS_OF)).lines[0]).toMatch(
      /^Không tìm thấy kế hoạch/,
    );
    const broken = {
      ...simPlanService(sim),
      highlight: () => Promise.reject(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" })),
    };
    expect(await runRibbonCommand("highlight", broken, "vi", AS_OF)).toEqual({
      title: "Tô hạn: Không thực hiện được",
      ok: false,
      lines: ["Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc rồi thử lại."],
    });
  });
});

describe("commands.html", () => {
  test("registers the manifest's four functions; each reports in a dialog and completes when the dialog closes", async () => {
    const sim = await seedWorkbook();
    const restore = installOfficeGlobals(sim);
    const handlers = new Map<string, (event: { completed: () => void }) => void>();
    const dialogs: { url: string; close: jest.Mock; closeByUser: () => void }[] = [];
    const office = (globalThis as unknown as { Office: Record<string, unknown> }).Office;
    Object.assign(office, {
      actions: { associate: (name: string, fn: (event: { completed: () => void }) => void) => handlers.set(name, fn) },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    });
    (office.context as Record<string, unknown>).displayLanguage = "vi-VN";
    (office.context as Record<string, unknown>).ui = {
      displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
        const events = new Map<string, () => void>();
        const dialog = { close: jest.fn(), addEventHandler: (type: string, fn: () => void) => events.set(type, fn) };
        dialogs.push({ url, close: dialog.close, closeByUser: () => events.get("dialogMessageReceived")!() });
        callback({ status: "succeeded", value: dialog });
      },
    };
    try {
      await jest.isolateModulesAsync(async () => {
        await import("../../src/ribbon/main");
      });
      expect([...handlers.keys()].sort()).toEqual(Object.keys(RIBBON_COMMANDS).sort());
      const completed = jest.fn();
      handlers.get("buildAgencySheets")!({ completed });
      for (let i = 0; i < 200 && dialogs.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      const page = readReportPage(new URL(dialogs[0].url).hash)!;
      expect(page).toMatchObject({
        title: "Trang theo cơ quan",
        ok: true,
        language: "vi",
        lines: ["Đã tạo 4 trang:", expect.any(String)],
      });
      expect(completed).not.toHaveBeenCalled();
      dialogs[0].closeByUser();
      expect(dialogs[0].close).toHaveBeenCalled();
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      restore();
    }
  });

  test("the report travels in the address fragment and reads back unchanged", () => {
    const page: ReportPage = {
      title: "Tổng hợp",
      ok: true,
      lines: ["Đã tạo 2 trang:", "Tổng hợp, Phân công #1 & 50%"],
      language: "vi",
    };
    const url = reportUrl("https://localhost:3000/commands.html", page);
    expect(url.startsWith("https://localhost:3000/report.html#")).toBe(true);
    expect(readReportPage(new URL(url).hash)).toEqual(page);
    expect(readReportPage("#not-json")).toBeNull();
  });
});
