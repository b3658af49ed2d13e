/** @jest-environment jsdom */
// The Check list heads each rule's findings with the title from the rule catalog, in the pane's language, and groups
// them by exactly the catalog's rule ids.
import { createRoot } from "react-dom/client";
import { RULES } from "../../src/core/check/catalog";
import { FindingList } from "../../src/taskpane/components/FindingList";
import { groupFindings } from "../../src/taskpane/finding-groups";
import { LanguageProvider } from "../../src/taskpane/i18n";
import type { Language } from "../../src/ui-text/language";
import { container, mounted, unmount } from "./helpers/dom";
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
      title: g.querySelector("h4")!.textContent,
    }));
    const expected = RULES.map((r) => ({ id: r.id, title: r.title[language] }));
    const byId = (a: { id?: string }, b: { id?: string }) => a.id!.localeCompare(b.id!);
    expect(shown.sort(byId)).toEqual(expected.sort(byId));
    await unmount(root, el);
  });
});
