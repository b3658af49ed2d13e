// The column question in the built task pane in headless Chromium: a plan whose header words name no role (test/
// helpers/unclassified-plan.ts) through the harness page. The pane asks which column holds what, the user answers
// with the dropdowns and saves, the mapping is in the workbook's very hidden sheet, and a reload (nothing kept in
// memory) reads the plan with it straight away.
import { existsSync } from "node:fs";
import {
  CHROMIUM,
  axeViolations,
  openPage,
  screenshots,
  settled,
  startSession,
  workbook,
  type Session,
} from "./browser";

const hasChromium = existsSync(CHROMIUM);

(hasChromium ? describe : describe.skip)("the column question in Chromium", () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
  }, 300000);

  afterAll(async () => {
    await session?.close();
  });

  test("a header it cannot classify gets a question; the saved answer reads the plan, and still does after a reload", async () => {
    const { page, errors, dialogs } = await openPage(session, "harness.html?plan=unclassified");
    const panel = page.getByTestId("column-mapping");
    await panel.getByText("Cột nào chứa gì?").waitFor();
    await page.waitForFunction(() => document.querySelector("[role=status] .fui-Spinner") === null);
    await expect(page.getByText("Không tìm thấy kế hoạch").count()).resolves.toBe(0);
    await expect(panel.getByLabel("Số thứ tự").inputValue()).resolves.toBe("A");
    const save = panel.getByRole("button", { name: "Lưu cách gán cột" });
    await expect(save.isDisabled()).resolves.toBe(true);
    await screenshots(page, "column-mapping-question");
    expect(await axeViolations(page)).toEqual([]);

    await panel.getByLabel("Nội dung nhiệm vụ").selectOption("B");
    await panel.getByLabel("Cơ quan chủ trì").selectOption("C");
    await panel.getByLabel("Cơ quan phối hợp").selectOption("D");
    await panel.getByLabel("Thời gian / thời hạn").selectOption("E");
    await save.click();
    await settled(page);
    await expect(page.getByTestId("plan-tasks").textContent()).resolves.toBe("3");
    const saved = (await workbook(page)).sheets.find((s) => s.name === "_kehoach_cot");
    expect(saved?.visibility).toBe("VeryHidden");
    expect(saved?.cells.A1.value).toBe("kehoach.columns");

    await page.reload();
    await settled(page);
    await expect(page.getByTestId("plan-tasks").textContent()).resolves.toBe("3");
    await expect(page.getByTestId("column-mapping").count()).resolves.toBe(0);
    await screenshots(page, "column-mapping-read");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
