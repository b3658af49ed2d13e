// The "Nhắc việc" panel in the built task pane code in headless Chromium, over the seed plan with emails typed into
// its registry: each agency's lists, a mail link under the length a mail program takes, copying the full reminder to
// the real clipboard, and no accessibility violations.
import { existsSync } from "node:fs";
import { CHROMIUM, axeViolations, openPage, screenshots, startSession, type Session } from "./browser";

const hasChromium = existsSync(CHROMIUM);

(hasChromium ? describe : describe.skip)("the Nhắc việc panel in Chromium", () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
  }, 300000);

  afterAll(async () => {
    await session?.close();
  });

  test("lists each agency's reminders, opens them as a mail link and copies the full text", async () => {
    const { page, errors, dialogs } = await openPage(session, "harness.html?view=reminders&problems=0");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: session.base });
    const panel = page.getByTestId("reminders");
    await panel.getByText("Tính đến 30/06/2024, hạn đến 14/07/2024.").waitFor();
    const cards = panel.getByTestId("agency-reminder");
    await expect(cards.count()).resolves.toBe(3);
    const danvan = cards.nth(0);
    await expect(danvan.locator("h3").textContent()).resolves.toBe("Ban Dân vận Thành ủy");
    await expect(danvan.locator("h4").allTextContents()).resolves.toEqual(["Quá hạn (3)", "Sắp đến hạn (3)"]);
    await expect(cards.nth(1).getByText("Chưa có email trong Danh mục cơ quan").count()).resolves.toBe(1);

    const href = (await danvan.getByRole("link", { name: "Mở thư" }).getAttribute("href"))!;
    expect(href.startsWith("mailto:danvan%40haiphong.gov.vn?subject=")).toBe(true);
    expect(href.length).toBeLessThanOrEqual(1800);
    const body = new URLSearchParams(href.slice(href.indexOf("?") + 1)).get("body")!;
    expect(body.startsWith("Kính gửi: Ban Dân vận Thành ủy\n")).toBe(true);

    await danvan.getByRole("button", { name: "Sao chép" }).click();
    await danvan.getByText("Đã sao chép thư.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^Nhắc việc đến ngày 30\/06\/2024: 3 nhiệm vụ quá hạn, 3 nhiệm vụ sắp đến hạn — Ban Dân vận Thành ủy\n\n/,
    );
    expect(copied).toContain("Người liên hệ: Nguyễn Văn An");
    expect((copied.match(/^- Nhiệm vụ/gm) ?? []).length).toBe(6);

    await screenshots(page, "reminders");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
