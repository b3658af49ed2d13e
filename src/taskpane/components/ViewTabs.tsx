import { makeStyles, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";
import type { PaneView } from "../my-agency-store";
import { useLanguage } from "../i18n";

// A tab list of our own rather than Fluent's TabList: that one surrounds its tabs with Tabster's focus guards, hidden
// elements that take focus, which axe reports (aria-hidden-focus) on every page that has it.
const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    border: "none",
    background: "none",
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

const VIEWS: PaneView[] = ["check", "agency", "reports"];

/** The pane's three places as tabs: Tab reaches the open one, the arrow keys, Home and End move between them. */
export function ViewTabs({ view, onView }: { view: PaneView; onView: (view: PaneView) => void }) {
  const styles = useStyles();
  const { s } = useLanguage();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const go = (index: number) => {
    const next = VIEWS[(index + VIEWS.length) % VIEWS.length];
    onView(next);
    tabs.current[VIEWS.indexOf(next)]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const to =
      e.key === "ArrowRight" || e.key === "ArrowDown"
        ? index + 1
        : e.key === "ArrowLeft" || e.key === "ArrowUp"
          ? index - 1
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? VIEWS.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    go(to);
  };
  return (
    <div role="tablist" aria-label={s.viewsLabel} className={styles.list} data-testid="pane-views">
      {VIEWS.map((v, i) => (
        <button
          key={v}
          ref={(el) => void (tabs.current[i] = el)}
          type="button"
          role="tab"
          id={`view-${v}`}
          aria-selected={v === view}
          aria-controls="view-panel"
          tabIndex={v === view ? 0 : -1}
          className={`${styles.tab} ${v === view ? styles.selected : ""}`}
          onClick={() => onView(v)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {s.view[v]}
        </button>
      ))}
    </div>
  );
}
