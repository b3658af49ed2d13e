import { Button, Caption1, Link, createFocusOutlineStyle, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { ruleTitle } from "../../core/check/catalog";
import type { Finding, Severity } from "../../core/check/finding";
import type { FindingEntry, SeverityGroup } from "../finding-groups";
import { useLanguage } from "../i18n";
import { shortQuotes } from "../message-text";

const useStyles = makeStyles({
  severity: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
  ruleHead: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
  rule: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  // A grey band, not faded text: faded text fails WCAG contrast (axe color-contrast), and the "đã bỏ qua" tag says why.
  ignored: {
    backgroundColor: tokens.colorNeutralBackground3,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  // A keyboard user needs more than Link's double underline to spot the focused finding in a list of them.
  message: {
    textAlign: "left",
    overflowWrap: "anywhere",
    position: "relative",
    ...createFocusOutlineStyle(),
  },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    flexWrap: "wrap",
    marginTop: tokens.spacingVerticalXXS,
  },
});

interface Props {
  groups: SeverityGroup[];
  busy: boolean;
  onSelect: (finding: Finding) => void;
  onFix: (findings: Finding[]) => void;
  onIgnore: (finding: Finding) => void;
  onUnignore: (finding: Finding) => void;
}

/** The findings grouped by severity then rule; a finding's message takes the user to its cell. */
export function FindingList({ groups, busy, onSelect, onFix, onIgnore, onUnignore }: Props) {
  const styles = useStyles();
  const { s, say } = useLanguage();
  const tone: Record<Severity, string> = {
    error: styles.error,
    warning: styles.warning,
    info: styles.info,
  };
  return (
    <>
      {groups.map((group) => (
        <section key={group.severity} aria-label={s.severity[group.severity]} data-severity={group.severity}>
          <h3 className={`${styles.severity} ${tone[group.severity]}`}>
            {s.severity[group.severity]} ({group.rules.reduce((n, r) => n + r.entries.length, 0)})
          </h3>
          {group.rules.map((rule) => (
            <div key={rule.rule} data-rule={rule.rule}>
              <div className={styles.ruleHead}>
                <h4 className={styles.rule} id={`rule-${rule.rule}`}>
                  {say(ruleTitle(rule.rule))}
                </h4>
                {rule.fixable.length > 1 ? (
                  <Button
                    size="small"
                    appearance="primary"
                    disabled={busy}
                    aria-describedby={`rule-${rule.rule}`}
                    onClick={() => onFix(rule.fixable)}
                  >
                    {s.fixAll(rule.fixable.length)}
                  </Button>
                ) : null}
              </div>
              <ul className={styles.list}>
                {rule.entries.map((entry) => (
                  <FindingItem
                    key={entry.key}
                    entry={entry}
                    busy={busy}
                    onSelect={onSelect}
                    onFix={onFix}
                    onIgnore={onIgnore}
                    onUnignore={onUnignore}
                  />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

function FindingItem({
  entry,
  busy,
  onSelect,
  onFix,
  onIgnore,
  onUnignore,
}: { entry: FindingEntry } & Omit<Props, "groups">) {
  const styles = useStyles();
  const { s, say } = useLanguage();
  const { finding, ignored } = entry;
  // Sửa and Bỏ qua appear on every finding: screen readers also read which finding each one acts on.
  const messageId = useId();
  return (
    <li className={`${styles.item} ${ignored ? styles.ignored : ""}`} data-finding={entry.key}>
      <Link
        as="button"
        type="button"
        appearance="subtle"
        className={styles.message}
        title={s.goTo(finding.cell)}
        disabled={busy}
        onClick={() => onSelect(finding)}
      >
        <span id={messageId}>{shortQuotes(say(finding.message))}</span>
      </Link>
      <div className={styles.actions}>
        {finding.fix && !ignored ? (
          <Button
            size="small"
            appearance="secondary"
            disabled={busy}
            aria-describedby={messageId}
            onClick={() => onFix([finding])}
          >
            {s.fix}
          </Button>
        ) : null}
        {ignored ? <Caption1>{s.ignoredTag}</Caption1> : null}
        <Button
          size="small"
          appearance="subtle"
          disabled={busy}
          aria-describedby={messageId}
          onClick={() => (ignored ? onUnignore : onIgnore)(finding)}
        >
          {ignored ? s.unignore : s.ignore}
        </Button>
      </div>
    </li>
  );
}
