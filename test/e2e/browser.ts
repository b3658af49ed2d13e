// What the e2e test needs around the browser: the production build with the harness, a local server for it, pages that
// record every sign of trouble (uncaught errors, console errors, dialogs), the simulated workbook behind the pane,
// axe-core, and screenshots at the two task-pane widths.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import type { AxeResults } from "axe-core";
import { chromium, type Browser, type Page } from "playwright-core";
import type { WorkbookSnapshot } from "../excel-sim";

const root = join(__dirname, "..", "..");
const build = join(root, "test-output", "e2e-build");
const shots = join(root, "test-output", "screenshots");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// DESIGN §7; Playwright gives the browser a fresh throw-away profile of its own.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = join(root, "node_modules", "@microsoft", "office-js", "dist");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
};
/** The narrowest task pane Office allows, and a common width. */
export const WIDTHS = [320, 450] as const;

/** A page and everything that went wrong in it: uncaught errors, console errors, and any alert/confirm/prompt. */
export interface Watched {
  page: Page;
  errors: string[];
  dialogs: string[];
}

/** The browser, the pages' server and the way to stop both. */
export interface Session {
  browser: Browser;
  base: string;
  close(): Promise<void>;
}

/** Builds the production pages plus the harness once, serves them on a free local port and starts Chromium. */
export async function startSession(): Promise<Session> {
  execFileSync(
    join(root, "node_modules", ".bin", "webpack"),
    ["-c", join(__dirname, "harness.webpack.js"), "--mode", "production"],
    { cwd: root, stdio: "pipe" },
  );
  mkdirSync(shots, { recursive: true });
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(build, path);
    if (!file.startsWith(build) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    browser,
    base,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** How a page is opened: task-pane width, browser language, zoom, and what its session storage holds from the start. */
export interface PageOptions {
  width?: number;
  locale?: string;
  /** The browser's zoom: at 2 a 320 px pane lays out 160 CSS pixels, drawn at twice the size. */
  zoom?: number;
  sessionStorage?: Record<string, string>;
}

/** Opens a page of the build in a fresh browser context (its own storage), at a task-pane width and a browser language. */
export async function openPage(
  session: Session,
  path: string,
  { width = 320, locale = "vi-VN", zoom = 1, sessionStorage }: PageOptions = {},
): Promise<Watched> {
  const page = await session.browser.newPage({
    viewport: { width: Math.round(width / zoom), height: Math.round(900 / zoom) },
    deviceScaleFactor: zoom,
    locale,
  });
  if (sessionStorage)
    await page.addInitScript((items) => {
      // Only before the page's first load: a reload must find what the page itself saved.
      if (window.sessionStorage.getItem("__seeded")) return;
      window.sessionStorage.setItem("__seeded", "1");
      for (const [k, v] of Object.entries(items)) window.sessionStorage.setItem(k, v);
    }, sessionStorage);
  const watched: Watched = { page, errors: [], dialogs: [] };
  page.on("pageerror", (e) => watched.errors.push(`uncaught: ${e.message}`));
  page.on("console", (m) => void (m.type() === "error" && watched.errors.push(`console: ${m.text()}`)));
  page.on("dialog", (d) => {
    watched.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  // Office.js is served from the npm copy (@microsoft/office-js) in place of Microsoft's CDN; nothing else leaves the machine.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(session.base)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = join(OFFICE_DIST, url.slice(OFFICE_CDN.length).split("?")[0]);
      return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
    }
    return route.abort();
  });
  await page.goto(session.base + path);
  return watched;
}

/** Waits until the pane has read the workbook and nothing runs any more (the status spinner is gone). */
export async function settled(page: Page): Promise<void> {
  await page.locator("[data-testid=plan-tasks], [data-testid=outside-excel], textarea").first().waitFor();
  await page.waitForFunction(() => document.querySelector("[role=status] .fui-Spinner") === null);
}

// Longer than the pane's wait after a change in the workbook before it checks the plan again by itself (1.5 s).
const QUIET_MS = 2000;

/** Waits until the pane has run nothing for a while, so a re-check it makes by itself after an edit is over too. */
export async function quiet(page: Page): Promise<void> {
  let since = Date.now();
  while (Date.now() - since < QUIET_MS) {
    await page.waitForTimeout(50);
    if (await page.locator("[role=status] .fui-Spinner").count()) since = Date.now();
  }
}

/** The simulated workbook behind the harness page, as plain data. */
export function workbook(page: Page): Promise<WorkbookSnapshot> {
  return page.evaluate(() => (window as unknown as { __sim: { snapshot(): WorkbookSnapshot } }).__sim.snapshot());
}

/** The local user types into cells of the plan sheet; then the pane is left to settle (it may re-check by itself). */
export async function typeCells(page: Page, cells: [address: string, value: string][]): Promise<void> {
  await page.evaluate((edits) => {
    const sim = (window as unknown as { __sim: { edit(s: string, a: string, v: unknown[][], by: string): void } })
      .__sim;
    for (const [address, value] of edits) sim.edit("Kế hoạch", address, [[value]], "localUser");
  }, cells);
  await quiet(page);
}

/** The address of task `task`'s cell under the header `column` on the plan sheet. */
export function taskCell(page: Page, task: string, column: string): Promise<string> {
  return page.evaluate(
    ([t, c]) => (window as unknown as { __taskCell(t: string, c: string): string }).__taskCell(t, c),
    [task, column],
  );
}

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) over the page and lists what it finds, one line per rule. Contrast
 * axe could not decide is listed too: it files text as light as its background (1:1) there, not among the violations.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  const undecided = results.incomplete
    .filter((r) => r.id === "color-contrast")
    .map((r) => ({ ...r, id: "color-contrast undecided" }));
  return [...results.violations, ...undecided].map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(" ")} ${n.any.map((c) => c.message).join("; ")}`).join(", ")}`,
  );
}

/** The page's document is no wider than the viewport: nothing scrolls sideways. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Saves a full-page screenshot at each task-pane width (after checking nothing scrolls sideways), then goes back to 320 px. */
export async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    // Transitions are finished first, so a switch just clicked is drawn where it ends up.
    await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true, animations: "disabled" });
  }
  await page.setViewportSize({ width: WIDTHS[0], height: 900 });
}

/** The text and background colours of each element `selector` matches (the background of the nearest painted ancestor). */
export function colours(page: Page, selector: string): Promise<{ text: string; fg: string; bg: string }[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      let painted: Element | null = el;
      while (
        painted &&
        getComputedStyle(painted)
          .backgroundColor.replace(/\s/g, "")
          .match(/^(transparent|rgba\(0,0,0,0\))$/)
      )
        painted = painted.parentElement;
      return {
        text: (el as HTMLElement).innerText,
        fg: getComputedStyle(el).color,
        bg: painted ? getComputedStyle(painted).backgroundColor : "rgb(255, 255, 255)",
      };
    }),
  );
}

/** WCAG's contrast ratio of two opaque colours written "#RRGGBB" or "rgb(r, g, b)". */
export function contrastRatio(a: string, b: string): number {
  const luminance = (colour: string) => {
    const hex = colour.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i);
    const channels = hex
      ? hex.slice(1).map((h) => parseInt(h, 16))
      : (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const [r, g, b] = channels.map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
