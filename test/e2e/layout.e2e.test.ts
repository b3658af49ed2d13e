// The pane on a real plan with long agency names (ttg-2530-2025 of the corpus: "Viện Hàn lâm Khoa học và Công nghệ
// Việt Nam" and its like), as the three kinds of user meet it: at 320 and 450 px, at 200 % zoom, in Vietnamese and
// English. Each view asserts no sideways scroll, no word broken across lines, every action reachable by keyboard and
// axe clean; a leader reaches the quarter report in at most two actions from opening the pane. Screenshots go to
// test-output/screenshots/layout-*.png.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { rangeAddress } from "../../src/core/model/address";
import { createWorkbook, saveWorkbook } from "../excel-sim";
import { PLAN_SHEET, loadRealPlan } from "../helpers/real-plans";
import { CHROMIUM, axeViolations, openPage, settled, startSession, type Session, type Watched } from "./browser";

const PLAN = "ttg-2530-2025";
const LONG_NAME = "Viện Hàn lâm Khoa học và Công nghệ Việt Nam";
const shots = join(__dirname, "..", "..", "test-output", "screenshots");
const TODAY = new Date(2024, 5, 30);

// The corpus plan as a user has it after pasting it from Word into Excel: every cell text, merges rebuilt.
function savedWorkbook(): string {
  const plan = loadRealPlan(PLAN);
  const sim = createWorkbook(
    {
      sheets: [
        {
          name: PLAN_SHEET,
          cells: plan.records.map((record) => record.map((text) => (text === "" ? null : text))),
          merges: (plan.truth.merges ?? []).map((m) => rangeAddress(m.rows[0], m.col, m.rows[1], m.col)),
        },
      ],
    },
    { today: TODAY },
  );
  return saveWorkbook(sim);
}

const hasChromium = existsSync(CHROMIUM);

/** The words (runs between spaces and after hyphens) of visible text that are laid out on more than one line. */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, [hidden], option, select")) continue;
      // A closed <details> lays nothing out but its summary.
      if (parent.closest("details:not([open])") && !parent.closest("summary")) continue;
      for (const m of text.matchAll(/[^\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].replace(/-$/, "").length);
        // One word, one line box: two distinct tops mean it was split over lines.
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

/** Nothing scrolls sideways: the page is no wider than its viewport. */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * The visible, enabled controls of the page that the keyboard cannot reach by Tab. The tabs of a tab list are one stop:
 * Tab reaches the open one and the arrow keys the others (the leader's test below goes there by keyboard).
 */
async function unreachable(page: Page): Promise<string[]> {
  const total = await page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>("button, a[href], input, select, textarea, summary, [tabindex]"),
    ].filter(
      (el) =>
        el.getClientRects().length > 0 &&
        !(el as HTMLButtonElement).disabled &&
        el.getAttribute("aria-disabled") !== "true" &&
        !(el.getAttribute("role") === "tab" && el.getAttribute("aria-selected") !== "true") &&
        el.getAttribute("tabindex") !== "-1",
    );
    controls.forEach((el, i) => el.setAttribute("data-kb", String(i)));
    return controls.length;
  });
  const reached = new Set<string>();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < total + 20 && reached.size < total; i++) {
    await page.keyboard.press("Tab");
    const kb = await page.evaluate(() => document.activeElement?.getAttribute("data-kb") ?? null);
    if (kb !== null) reached.add(kb);
  }
  return page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>("[data-kb]")]
        .filter((el) => !seen.includes(el.getAttribute("data-kb")!))
        .map(
          (el) =>
            `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").slice(0, 40)}"`,
        ),
    [...reached],
  );
}

(hasChromium ? describe : describe.skip)("the pane on a real plan with long agency names", () => {
  let session: Session;
  let saved: string;
  const opened: Watched[] = [];

  beforeAll(async () => {
    session = await startSession();
    saved = savedWorkbook();
  }, 300000);

  afterEach(async () => {
    for (const w of opened.splice(0)) await w.page.close();
  });

  afterAll(async () => {
    await session?.close();
  });

  async function open(lang: "vi" | "en", width: number, zoom: number): Promise<Watched> {
    const search = `?plan=real${lang === "en" ? "&lang=en" : ""}`;
    const w = await openPage(session, `harness.html${search}`, {
      width,
      zoom,
      locale: lang === "en" ? "en-GB" : "vi-VN",
      sessionStorage: { [`harness-workbook${search}`]: saved },
    });
    opened.push(w);
    await settled(w.page);
    return w;
  }

  /** Opens one of the pane's places by its tab. */
  async function view(page: Page, name: string): Promise<void> {
    await page.getByRole("tab", { name }).click();
    await settled(page);
  }

  // Every view: no sideways scroll, no word broken, every control reachable, axe clean, and a screenshot.
  async function assertLayout(w: Watched, name: string): Promise<void> {
    const { page } = w;
    await page.screenshot({ path: join(shots, `layout-${name}.png`), fullPage: true, animations: "disabled" });
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await brokenWords(page)).toEqual([]);
    expect(await unreachable(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.dialogs).toEqual([]);
  }

  const CASES = [
    ["vi", 320, 1],
    ["vi", 450, 1],
    ["vi", 320, 2],
    ["en", 320, 1],
    ["en", 450, 1],
    ["en", 320, 2],
  ] as const;
  const NAMES = {
    vi: {
      check: "Kiểm tra",
      agency: "Cơ quan của tôi",
      reports: "Báo cáo",
      make: "Tạo báo cáo quý",
      pick: "Cơ quan của bạn",
    },
    en: {
      check: "Check",
      agency: "My agency",
      reports: "Reports",
      make: "Make the quarter report",
      pick: "Your agency",
    },
  };

  test.each(CASES)(
    "%s at %i px, zoom %i: every place of the pane fits and works by keyboard",
    async (lang, width, zoom) => {
      const w = await open(lang, width, zoom);
      const { page } = w;
      const n = NAMES[lang];
      const tag = `${lang}-${width}${zoom > 1 ? `-zoom${zoom * 100}` : ""}`;

      // Checking: the findings of the real plan, grouped by rule and closed when there are many.
      await page.getByTestId("finding-counts").waitFor();
      await assertLayout(w, `${tag}-check`);
      // Opened, a rule shows its findings with a button look for actions and a link look for "go to cell".
      await page.locator("[data-rule] h4 button").first().click();
      await assertLayout(w, `${tag}-check-open`);

      // My agency: the longest name in the picker and as the chosen agency.
      await view(page, n.agency);
      await page.getByLabel(n.pick).selectOption(LONG_NAME);
      await page.getByTestId("my-agency-name").waitFor();
      expect(await page.getByTestId("my-agency-name").innerText()).toBe(LONG_NAME);
      await assertLayout(w, `${tag}-agency`);

      // Reports.
      await view(page, n.reports);
      await assertLayout(w, `${tag}-reports`);
    },
  );

  test.each(["vi", "en"] as const)(
    "%s: a leader reaches the quarter report in two actions, one once remembered",
    async (lang) => {
      const n = NAMES[lang];
      const w = await open(lang, 320, 1);
      const { page } = w;
      let actions = 0;
      await page.getByRole("tab", { name: n.reports }).click();
      actions++;
      await page.getByRole("button", { name: n.make }).click();
      actions++;
      await settled(page);
      await page.getByTestId("quarter-totals").waitFor();
      expect(actions).toBeLessThanOrEqual(2);
      await assertLayout(w, `${lang}-320-leader`);

      // Next time on this computer the pane opens where the leader was: one action.
      await page.reload();
      await settled(page);
      expect(await page.getByRole("tab", { name: n.reports }).getAttribute("aria-selected")).toBe("true");
      await page.getByRole("button", { name: n.make }).click();
      await settled(page);
      await page.getByTestId("quarter-totals").waitFor();
    },
  );

  test("by keyboard alone: Tab to the open place, arrows to Reports, Tab to the button, Enter", async () => {
    const w = await open("vi", 320, 1);
    const { page } = w;
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.getAttribute("role"))) !== "tab"; i++)
      await page.keyboard.press("Tab");
    expect(await focused()).toBe("Kiểm tra");
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe("Cơ quan của tôi");
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe("Báo cáo");
    expect(await page.getByRole("tab", { name: "Báo cáo" }).getAttribute("aria-selected")).toBe("true");
    for (let i = 0; i < 10 && (await focused()) !== "Tạo báo cáo quý"; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await settled(page);
    await page.getByTestId("quarter-totals").waitFor();
    expect(w.errors).toEqual([]);
  });
});
