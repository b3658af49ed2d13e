/** @jest-environment jsdom */
// The Check list heads each rule's findings with the title from the rule catalog, in the pane's language, and groups
// them by exactly the catalog's rule ids.
import { createRoot } from "react-dom/client";
import { RULES } from "../../src/core/check/catalog";
import { FindingList } from "../../src/taskpane/components/FindingList";
import { groupFindings } from "../../src/taskpane/finding-groups";
import { LanguageProvider } from "../../src/taskpane/i18n";
import type { Language } from "../../src/ui-text/language";
import { click, container, mounted, unmount } from "./helpers/dom";
import { aFinding } from "./helpers/findings";

const findings = RULES.map((rule, i) => aFinding(rule.id, `C${i + 6}`, String(i + 1)));

describe.each<Language>(["vi", "en"])("rule headings in %s", (language) => {
  test("one heading per catalog rule, with the catalog's title", async () => {
    const el = container();
    const root = await mounted(() => {
      const r = createRoot(el);
      r.render(
        <LanguageProvider language={language}>
          <FindingList
            groups={groupFindings(findings, new Set(), false)}
            busy={false}
            onSelect={() => {}}
            onFix={() => {}}
            onIgnore={() => {}}
            onUnignore={() => {}}
          />
        </LanguageProvider>,
      );
      return r;
    });
    const shown = [...el.querySelectorAll<HTMLElement>("[data-rule]")].map((g) => ({
      id: g.dataset.rule,
      title: g.querySelector(`#rule-${g.dataset.rule}`)!.textContent,
    }));
    const expected = RULES.map((r) => ({ id: r.id, title: r.title[language] }));
    const byId = (a: { id?: string }, b: { id?: string }) => a.id!.localeCompare(b.id!);
    expect(shown.sort(byId)).toEqual(expected.sort(byId));
    // A long list opens closed: each rule's heading is a button that opens its findings, and the rule's help with them.
    const toggle = el.querySelector<HTMLButtonElement>("[data-rule=role-unknown] h4 button")!;
    const list = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    expect([toggle.getAttribute("aria-expanded"), list.hidden]).toEqual(["false", true]);
    await click(toggle);
    expect([toggle.getAttribute("aria-expanded"), list.hidden]).toEqual(["true", false]);
    expect(list.textContent).toContain(RULES.find((r) => r.id === "role-unknown")!.help![language]);
    await unmount(root, el);
  });
});
