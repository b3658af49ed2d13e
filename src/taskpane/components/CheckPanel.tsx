import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { Finding } from "../../core/check/finding";
import type { FixResult } from "../../service/types";
import { countOpenFindings } from "../../core/check/ignored-findings";
import { groupFindings } from "../finding-groups";
import { useLanguage } from "../i18n";
import { shortText } from "../message-text";
import type { IgnoredFinding } from "../../service/plan-service";
import { FindingList } from "./FindingList";
import { PanelSection } from "./PanelSection";
import { usePanelStyles } from "./panel-styles";

const useStyles = makeStyles({
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  findings: Finding[];
  ignored: IgnoredFinding[];
  showIgnored: boolean;
  fix: FixResult | null;
  busy: boolean;
  onCheck: () => void;
  onSelect: (finding: Finding) => void;
  onFix: (findings: Finding[]) => void;
  onIgnore: (finding: Finding) => void;
  onUnignore: (finding: Finding) => void;
  onShowIgnored: (show: boolean) => void;
}

/** The Check section: counts on top, the outcome of the last fix, then the findings by severity and rule. */
export function CheckPanel(props: Props) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { s } = useLanguage();
  const { findings, ignored, showIgnored, busy } = props;
  const ignoredKeys = useMemo(() => new Set(ignored.map((i) => i.key)), [ignored]);
  const counts = countOpenFindings(findings, ignoredKeys);
  const groups = groupFindings(findings, ignoredKeys, showIgnored);
  const open = counts.errors + counts.warnings + counts.infos;
  return (
    <PanelSection
      id="check"
      heading={s.checkHeading}
      action={
        <Button appearance="primary" disabled={busy} onClick={props.onCheck}>
          {s.checkButton}
        </Button>
      }
    >
      <div className={styles.counts} data-testid="finding-counts">
        <Badge className={panel.pill} appearance={counts.errors ? "filled" : "outline"} color="danger">
          {s.severity.error}: {counts.errors}
        </Badge>
        <Badge className={panel.pill} appearance={counts.warnings ? "filled" : "outline"} color="warning">
          {s.severity.warning}: {counts.warnings}
        </Badge>
        <Badge className={panel.pill} appearance="outline" color="informative">
          {s.severity.info}: {counts.infos}
        </Badge>
        {counts.ignored ? (
          // Not "subtle": its outline badge is white, made for dark backgrounds, and vanishes on the pane.
          <Badge className={panel.pill} appearance="outline" color="informative">
            {s.ignoredCount(counts.ignored)}
          </Badge>
        ) : null}
      </div>
      {props.fix ? <FixReport fix={props.fix} /> : null}
      {open === 0 ? <Text>{counts.ignored ? s.allIgnored : s.noFindings}</Text> : null}
      {counts.ignored ? (
        <Switch label={s.showIgnored} checked={showIgnored} onChange={(_, d) => props.onShowIgnored(d.checked)} />
      ) : null}
      <FindingList
        groups={groups}
        busy={busy}
        onSelect={props.onSelect}
        onFix={props.onFix}
        onIgnore={props.onIgnore}
        onUnignore={props.onUnignore}
      />
    </PanelSection>
  );
}

// The conflicts say which cells a co-author changed, so the user can look before checking again.
function FixReport({ fix }: { fix: FixResult }) {
  const styles = useStyles();
  const { s, say } = useLanguage();
  return (
    <>
      {fix.applied > 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{s.fixedCells(fix.applied)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {fix.conflicts.length ? (
        <MessageBar intent="warning" layout="multiline" data-testid="fix-conflicts">
          <MessageBarBody>
            <MessageBarTitle>{s.conflictsTitle}</MessageBarTitle>
            <ul className={styles.lines}>
              {fix.conflicts.map((c) => (
                <li key={`${c.sheet}!${c.cell}`}>
                  {s.conflictLine(c.cell, shortText(c.expected), shortText(c.found))}
                </li>
              ))}
            </ul>
            {fix.notes.map((n, i) => (
              <div key={i}>{say(n)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {fix.skipped.length ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.skippedTitle}</MessageBarTitle>
            <ul className={styles.lines}>
              {fix.skipped.map((x, i) => (
                <li key={i}>
                  {x.finding.cell}: {say(x.reason)}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
