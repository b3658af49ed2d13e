// The built task pane in headless Chromium: the harness page (the pane over the Excel simulator) at the narrowest task
// pane width Office allows (320 px) and a common one (450 px), and the real taskpane.html outside Excel with the real
// office.js. Screenshots land in test-output/ for a person to look at.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

const root = join(__dirname, "..", "..");
const build = join(root, "test-output", "e2e-build");
const shots = join(root, "test-output", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// DESIGN §7; Playwright gives the browser a fresh throw-away profile of its own.
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = join(root, "node_modules", "@microsoft", "office-js", "dist");
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".xml": "application/xml" };

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`${CHROMIUM} missing (apt-get install -y chromium): the browser test of the task pane is skipped.`);

(hasChromium ? describe : describe.skip)("the built task pane in Chromium", () => {
  let server: Server;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    execFileSync(join(root, "node_modules", ".bin", "webpack"), ["-c", join(__dirname, "harness.webpack.js"), "--mode", "production"], { cwd: root, stdio: "pipe" });
    mkdirSync(shots, { recursive: true });
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
      const file = join(build, path);
      if (!file.startsWith(build) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 300000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  async function open(path: string, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // Office.js is served from the npm copy (@microsoft/office-js) in place of Microsoft's CDN; nothing else leaves the machine.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base)) return route.continue();
      if (url.startsWith(OFFICE_CDN)) {
        const file = join(OFFICE_DIST, url.slice(OFFICE_CDN.length).split("?")[0]);
        return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
      }
      return route.abort();
    });
    await page.goto(base + path);
    (page as Page & { errors: string[] }).errors = errors;
    return page;
  }

  // The pane must fit the width: nothing may scroll sideways.
  async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }

  test.each([320, 450])("the check list at %i px: plan card, counts, grouped findings, fits the width", async (width) => {
    const page = await open("harness.html", width);
    await page.getByText("Vai trò viết chưa chuẩn").waitFor();
    await expect(page.getByTestId("plan-tasks").textContent()).resolves.toBe("20");
    await expectNoSidewaysScroll(page, width);
    await page.screenshot({ path: join(shots, `pane-${width}-check.png`), fullPage: true });
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  test("after a fix and the three report buttons at 320 px", async () => {
    const page = await open("harness.html", 320);
    await page.getByRole("button", { name: "Sửa cả 2" }).click();
    await page.getByText("Đã sửa 2 ô.").waitFor();
    for (const [name, done] of [["Tô hạn", "Đã tô màu trang"], ["Trang theo cơ quan", "Đã tạo 3 trang:"], ["Tổng hợp", "PivotTable và biểu đồ"]]) {
      await page.getByRole("button", { name, exact: true }).click();
      await page.getByText(done).waitFor();
    }
    await page.getByRole("button", { name: "Mở trang Tổng hợp" }).click();
    await expect(page.evaluate(() => (window as unknown as { harnessSim: { snapshot(): { activeSheet: string } } }).harnessSim.snapshot().activeSheet)).resolves.toBe("Tổng hợp");
    await expectNoSidewaysScroll(page, 320);
    await page.screenshot({ path: join(shots, "pane-320-reports.png"), fullPage: true });
    await page.close();
  });

  test("a workbook without a plan, in English, at 320 px", async () => {
    const page = await open("harness.html?plan=none&lang=en", 320);
    await page.getByText("No plan in this workbook yet").waitFor();
    await expectNoSidewaysScroll(page, 320);
    await page.screenshot({ path: join(shots, "pane-320-new-plan-en.png"), fullPage: true });
    await page.close();
  });

  test("the ribbon's report dialog shows a command's report", async () => {
    const report = { title: "Trang theo cơ quan", ok: true, language: "vi", lines: ["Đã tạo 3 trang:", "Ban Dân vận Thành ủy, Ban Quản lý Khu kinh tế Hải…, Liên đoàn Lao động thành phố"] };
    const page = await open(`report.html#${encodeURIComponent(JSON.stringify(report))}`, 400);
    await page.setViewportSize({ width: 400, height: 260 });
    await page.getByRole("button", { name: "Đóng" }).waitFor();
    await expect(page.locator("#lines").textContent()).resolves.toContain("Đã tạo 3 trang:");
    await page.screenshot({ path: join(shots, "report-dialog.png") });
    await page.close();
  });

  test("taskpane.html outside Excel: the real office.js reports no host and the page says so", async () => {
    const page = await open("taskpane.html", 320);
    await page.getByTestId("outside-excel").waitFor();
    await expect(page.getByTestId("outside-excel").textContent()).resolves.toMatch(/Open this in Excel|Cần mở trong Excel/);
    await page.screenshot({ path: join(shots, "outside-excel-320.png"), fullPage: true });
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});
