/** @jest-environment jsdom */
// The "Nhắc việc" panel over the seed plan with contacts in its registry: each agency's lists, the mail link it
// opens, copying the full text (and what is shown when copying fails), the window and the shared workbook's link.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import type { WorkbookGrids } from "../../src/core/model/grid";
import type { Plan } from "../../src/core/model/plan";
import { RemindersPanel, type CopyText } from "../../src/taskpane/components/RemindersPanel";
import { LanguageProvider } from "../../src/taskpane/i18n";
import type { Language } from "../../src/ui-text/language";
import { seedWorkbook, SEED_AGENCIES } from "../helpers/seed";
import { allByText, button, click, container, typeInto, unmount } from "./helpers/dom";

const [DAN_VAN, KKT, LABOUR] = SEED_AGENCIES;

function planAt(asOf: string): Plan {
  const wb: WorkbookGrids = {
    sheets: [
      ...seedWorkbook().sheets,
      {
        name: "Danh mục cơ quan",
        values: [
          ["Tên cơ quan", "Tên viết tắt", "Tên khác", "Nhóm cơ quan", "Người liên hệ", "Email"],
          [DAN_VAN, null, null, "không", "Nguyễn Văn An", "danvan@haiphong.gov.vn"],
          [KKT, null, null, "không", null, null],
          [LABOUR, null, null, "không", null, "ldld@haiphong.gov.vn"],
        ],
      },
    ],
  };
  return analyseWorkbook(wb, { asOf })!.plan;
}

async function show(plan: Plan, opts: { copyText?: CopyText; language?: Language } = {}) {
  const el = container();
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(el);
    root.render(
      <LanguageProvider language={opts.language ?? "vi"}>
        <RemindersPanel plan={plan} copyText={opts.copyText} />
      </LanguageProvider>,
    );
  });
  return { el, close: () => unmount(root!, el) };
}

const cards = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>("[data-testid=agency-reminder]")];
const items = (card: HTMLElement, title: string) => {
  const h = [...card.querySelectorAll("h4")].find((x) => x.textContent!.startsWith(title));
  return h ? [...h.nextElementSibling!.querySelectorAll("li")].map((li) => li.textContent) : [];
};

describe("the Nhắc việc panel", () => {
  it("lists each agency's overdue and due tasks, and opens a mail link addressed from the registry", async () => {
    const { el, close } = await show(planAt("2024-06-25"));
    expect(cards(el).map((c) => c.querySelector("h3")!.textContent)).toEqual(SEED_AGENCIES);
    const danvan = cards(el)[0];
    // Tasks 1–3 were due 31/03/2024, 86 days before 25/06; tasks 4–6 are due 30/06/2024.
    expect(items(danvan, "Quá hạn").map((t) => t!.replace(/ .*— /, " — "))).toEqual([
      "1 — hạn 31/03/2024, quá 86 ngày",
      "2 — hạn 31/03/2024, quá 86 ngày",
      "3 — hạn 31/03/2024, quá 86 ngày",
    ]);
    expect(items(danvan, "Sắp đến hạn").map((t) => t!.split(" ")[0])).toEqual(["4", "5", "6"]);
    const open = [...danvan.querySelectorAll("a")].find((a) => a.textContent === "Mở thư")!;
    const href = open.getAttribute("href")!;
    expect(href.startsWith("mailto:danvan%40haiphong.gov.vn?subject=")).toBe(true);
    expect(href.length).toBeLessThanOrEqual(1800);
    const params = new URLSearchParams(href.slice(href.indexOf("?") + 1));
    expect(params.get("subject")).toMatch(
      /^Nhắc việc đến ngày 25\/06\/2024: 3 nhiệm vụ quá hạn, 3 nhiệm vụ sắp đến hạn — /,
    );
    expect(params.get("body")).toMatch(/^Kính gửi: Ban Dân vận Thành ủy\n/);
    // Six long tasks do not fit a mail link: it says so, and the body counts what it left out.
    expect(danvan.textContent).toContain("Thư mở ra được rút gọn");
    expect(params.get("body")).toMatch(/… và \d+ nhiệm vụ khác/);
    expect(cards(el)[1].textContent).toContain("Chưa có email trong Danh mục cơ quan");
    expect([...cards(el)[1].querySelectorAll("a")][0].getAttribute("href")!.startsWith("mailto:?subject=")).toBe(true);
    await close();
  });

  it("copies the full text, and shows it to select by hand when copying fails", async () => {
    const copies: string[] = [];
    let works = true;
    const copyText: CopyText = async (text) => (copies.push(text), works);
    const { el, close } = await show(planAt("2024-06-25"), { copyText });
    const danvan = cards(el)[0];
    await click(button(danvan, "Sao chép"));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(
      /^Nhắc việc đến ngày 25\/06\/2024: .*\n\nKính gửi: Ban Dân vận Thành ủy\nNgười liên hệ: Nguyễn Văn An\n/,
    );
    expect(copies[0]).not.toContain("nhiệm vụ khác");
    expect((copies[0].match(/^- Nhiệm vụ/gm) ?? []).length).toBe(6);
    expect(danvan.querySelector("[role=status]")!.textContent).toBe("Đã sao chép thư.");
    expect(danvan.querySelector("textarea")).toBeNull();
    works = false;
    await click(button(danvan, "Sao chép"));
    expect(danvan.querySelector("[role=status]")!.textContent).toContain("Không sao chép được");
    expect(danvan.querySelector("textarea")!.value).toBe(copies[1]);
    await close();
  });

  it("widens the window, puts the shared workbook's link in the text, and says when nothing is due", async () => {
    const copies: string[] = [];
    const { el, close } = await show(planAt("2024-03-01"), { copyText: async (t) => (copies.push(t), true) });
    expect(cards(el)).toEqual([]);
    expect(el.textContent).toContain("Không có cơ quan nào có việc cần nhắc");
    const select = el.querySelector("select")!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")!.set!.call(select, "30");
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(el.querySelector("[data-testid=reminders-window]")!.textContent).toBe(
      "Tính đến 01/03/2024, hạn đến 31/03/2024.",
    );
    // Every agency has a task due 31/03/2024, 30 days ahead.
    expect(cards(el).map((c) => c.querySelector("h3")!.textContent)).toEqual(SEED_AGENCIES);
    expect(el.textContent).not.toContain("Không có cơ quan nào");
    await close();

    const later = await show(planAt("2024-03-25"), { copyText: async (t) => (copies.push(t), true) });
    const link = "https://haiphong.sharepoint.com/sites/kh/ke-hoach.xlsx";
    await typeInto(later.el.querySelector<HTMLInputElement>("input[type=url]")!, link);
    await click(button(cards(later.el)[0], "Sao chép"));
    expect(copies.at(-1)).toContain(`ngay trong sổ kế hoạch dùng chung: ${link}`);
    await typeInto(later.el.querySelector<HTMLInputElement>("input[type=url]")!, "javascript:alert(1)");
    await click(button(cards(later.el)[0], "Sao chép"));
    expect(copies.at(-1)).toContain("gửi sổ đó cho đầu mối tổng hợp");
    await later.close();
  });

  it("speaks English around the Vietnamese reminder", async () => {
    const { el, close } = await show(planAt("2024-06-25"), { language: "en" });
    expect(allByText(cards(el)[0], "Overdue (3)", "h4")).toHaveLength(1);
    expect(button(cards(el)[0], "Copy")).toBeTruthy();
    await close();
  });
});
