import { Button, Caption1, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { ruleHelp, ruleTitle } from "../../core/check/catalog";
import type { Finding, Severity } from "../../core/check/finding";
import type { FindingEntry, RuleGroup, SeverityGroup } from "../finding-groups";
import { useLanguage } from "../i18n";
import { shortQuotes, shortText } from "../message-text";

const useStyles = makeStyles({
  severity: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
  rule: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  // The whole heading is the button that opens the rule, as wide as the pane so it is easy to hit.
  toggle: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    padding: `${tokens.spacingVerticalXS} 0`,
    border: "none",
    background: "none",
    font: "inherit",
    color: "inherit",
    textAlign: "left",
    cursor: "pointer",
    // A triangle drawn, not written: it is no part of the heading's text or of its name for screen readers.
    "::before": {
      content: '""',
      flexShrink: 0,
      width: "0.45em",
      height: "0.6em",
      marginTop: "0.4em",
      backgroundColor: "currentColor",
      clipPath: "polygon(0 0, 100% 50%, 0 100%)",
      transition: "transform 0.1s",
    },
    '&[aria-expanded="true"]::before': { transform: "rotate(90deg)" },
  },
  ruleCount: { fontWeight: tokens.fontWeightRegular, whiteSpace: "nowrap" },
  help: { display: "block", color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalXS },
  fixAll: { maxWidth: "100%", marginBottom: tokens.spacingVerticalXS },
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
  message: { display: "block", margin: 0 },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    flexWrap: "wrap",
    alignItems: "center",
    marginTop: tokens.spacingVerticalXS,
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

// A short list opens whole; a long one shows its rules closed, so every rule's title and count fit on a screen.
const OPEN_UP_TO = 12;

/** The findings grouped by severity then rule; each rule opens and closes, and says once what is valid for it. */
export function FindingList({ groups, ...actions }: Props) {
  const styles = useStyles();
  const { s } = useLanguage();
  const tone: Record<Severity, string> = {
    error: styles.error,
    warning: styles.warning,
    info: styles.info,
  };
  const total = groups.reduce((n, g) => n + g.rules.reduce((m, r) => m + r.entries.length, 0), 0);
  return (
    <>
      {groups.map((group) => {
        // The count is of the findings still open, as in the badges above; ignored ones shown are not counted.
        const open = group.rules.reduce((n, r) => n + r.entries.filter((e) => !e.ignored).length, 0);
        return (
          <section key={group.severity} aria-label={s.severity[group.severity]} data-severity={group.severity}>
            <h3 className={`${styles.severity} ${tone[group.severity]}`}>
              {s.severity[group.severity]} ({open})
            </h3>
            {group.rules.map((rule) => (
              <RuleFindings key={rule.rule} rule={rule} startOpen={total <= OPEN_UP_TO} {...actions} />
            ))}
          </section>
        );
      })}
    </>
  );
}

// One rule's findings under a heading that opens and closes them; the rule's help and "fix all" go with the list.
function RuleFindings({
  rule,
  startOpen,
  ...actions
}: { rule: RuleGroup; startOpen: boolean } & Omit<Props, "groups">) {
  const styles = useStyles();
  const { s, say } = useLanguage();
  const [open, setOpen] = useState(startOpen);
  const listId = useId();
  const titleId = `rule-${rule.rule}`;
  const help = ruleHelp(rule.rule);
  return (
    <div data-rule={rule.rule}>
      <h4 className={styles.rule}>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          <span id={titleId}>{say(ruleTitle(rule.rule))}</span>
          <span className={styles.ruleCount}>({rule.entries.length})</span>
        </button>
      </h4>
      <div id={listId} hidden={!open}>
        {help ? <Caption1 className={styles.help}>{say(help)}</Caption1> : null}
        {rule.fixable.length > 1 ? (
          <Button
            size="small"
            appearance="primary"
            className={styles.fixAll}
            disabled={actions.busy}
            aria-describedby={titleId}
            onClick={() => actions.onFix(rule.fixable)}
          >
            {s.fixAll(rule.fixable.length)}
          </Button>
        ) : null}
        <ul className={styles.list}>
          {rule.entries.map((entry) => (
            <FindingItem key={entry.key} entry={entry} {...actions} />
          ))}
        </ul>
      </div>
    </div>
  );
}

// The message is text to read; what can be done with it is drawn as what it is: buttons that change the workbook or the
// list (Sửa, Bỏ qua), and a link that only goes to the cell.
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
  // Sửa, Bỏ qua and the link appear on every finding: screen readers also read which finding each one acts on.
  const messageId = useId();
  const fixTo = finding.fix?.kind === "setCell" ? finding.fix.to : null;
  return (
    <li className={`${styles.item} ${ignored ? styles.ignored : ""}`} data-finding={entry.key}>
      <Text as="p" className={styles.message} id={messageId}>
        {shortQuotes(say(finding.message))}
      </Text>
      <div className={styles.actions}>
        {finding.fix && !ignored ? (
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            aria-describedby={messageId}
            title={fixTo !== null ? s.fixTo(shortText(fixTo)) : undefined}
            onClick={() => onFix([finding])}
          >
            {s.fix}
          </Button>
        ) : null}
        {ignored ? <Caption1>{s.ignoredTag}</Caption1> : null}
        <Button
          size="small"
          appearance="outline"
          disabled={busy}
          aria-describedby={messageId}
          onClick={() => (ignored ? onUnignore : onIgnore)(finding)}
        >
          {ignored ? s.unignore : s.ignore}
        </Button>
        <Link
          as="button"
          type="button"
          inline
          disabled={busy}
          aria-describedby={messageId}
          onClick={() => onSelect(finding)}
        >
          {s.goTo}
        </Link>
      </div>
    </li>
  );
}
