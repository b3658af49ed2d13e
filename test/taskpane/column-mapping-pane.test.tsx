/** @jest-environment jsdom */
// The pane on a plan whose header words name no role: it asks which column holds what, with a dropdown per part
// listing the columns it saw, saves the answer in the workbook and reads the plan with it.
import { act } from "react";
import { button, container, mounted, settled, unmount, waitFor } from "./helpers/dom";
import { mountPane } from "../../src/taskpane/mount";
import type { Language } from "../../src/ui-text/language";
import { createWorkbook } from "../excel-sim";
import { UNCLASSIFIED_ROWS, UNCLASSIFIED_SHEET } from "../helpers/unclassified-plan";
import { simPlanService } from "./helpers/sim-service";

async function openPane(language: Language) {
  const sim = createWorkbook({ sheets: [{ name: UNCLASSIFIED_SHEET, cells: UNCLASSIFIED_ROWS }] });
  const el = container();
  const root = await mounted(() =>
    mountPane(el, { service: simPlanService(sim), language, asOf: "2026-06-30", now: () => new Date(2026, 5, 30) }),
  );
  await settled(el);
  return { sim, el, close: () => unmount(root, el) };
}

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")!.set!.call(select, value);
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

function field(root: ParentNode, label: string): HTMLSelectElement {
  const l = [...root.querySelectorAll("label")].find((x) => x.textContent?.trim() === label);
  if (!l) throw new Error(`no field labelled ${label}`);
  return (root as Element).ownerDocument!.getElementById(l.htmlFor) as HTMLSelectElement;
}

describe("the column question in the pane", () => {
  test("asks instead of offering a new plan; Save writes the mapping and the plan is read with it", async () => {
    const pane = await openPane("vi");
    const panel = pane.el.querySelector<HTMLElement>("[data-testid=column-mapping]")!;
    expect(panel.textContent).toContain("Cột nào chứa gì?");
    expect(panel.textContent).toContain('Trang "Phụ lục" có bảng, tiêu đề ở dòng 3');
    expect(pane.el.textContent).not.toContain("Không tìm thấy kế hoạch");
    const content = field(panel, "Nội dung nhiệm vụ");
    expect([...content.options].map((o) => o.textContent)).toEqual([
      "(không có)",
      "A — TT",
      "B — Mô tả",
      "C — Bên A",
      "D — Bên B",
      "E — Khi nào",
    ]);
    // The header's own words placed the number column.
    expect(field(panel, "Số thứ tự").value).toBe("A");
    const save = button(panel, "Lưu cách gán cột");
    expect(save.disabled).toBe(true);
    await choose(content, "B");
    await choose(field(panel, "Cơ quan chủ trì"), "B");
    expect(panel.textContent).toContain('Cột B được gán cho cả "content" và "lead".');
    expect(save.disabled).toBe(true);
    await choose(field(panel, "Cơ quan chủ trì"), "C");
    await choose(field(panel, "Cơ quan phối hợp"), "D");
    await choose(field(panel, "Thời gian / thời hạn"), "E");
    await act(async () => save.click());
    await waitFor(() => pane.el.querySelector("[data-testid=plan-tasks]") !== null);
    expect(pane.el.querySelector("[data-testid=plan-tasks]")!.textContent).toBe("3");
    expect(pane.sim.snapshot().sheets.find((s) => s.name === "_kehoach_cot")?.visibility).toBe("VeryHidden");
    await pane.close();
  });

  test("speaks English when the pane does", async () => {
    const pane = await openPane("en");
    const panel = pane.el.querySelector<HTMLElement>("[data-testid=column-mapping]")!;
    expect(panel.textContent).toContain("Which column holds what?");
    expect(field(panel, "Lead agency").value).toBe("");
    expect(panel.textContent).toContain("Choose the content column and the lead column.");
    await pane.close();
  });
});
