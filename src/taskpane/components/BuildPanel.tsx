import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Builds, Operation } from "../pane-state";
import { useLanguage } from "../i18n";
import { Notes } from "./Notes";
import { SheetLink, SheetLinks } from "./SheetLinks";

const useStyles = makeStyles({
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  command: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalM,
  },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  builds: Builds;
  busy: Operation | null;
  onHighlight: () => void;
  onAgencySheets: () => void;
  onSummary: () => void;
  onOpen: (sheet: string) => void;
}

/** Tô hạn, Trang theo cơ quan, Tổng hợp: each button with what it does, and under it what it made and any warnings. */
export function BuildPanel({
  builds,
  busy,
  onHighlight,
  onAgencySheets,
  onSummary,
  onOpen,
}: Props) {
  const styles = useStyles();
  const { s } = useLanguage();
  const disabled = busy !== null;
  const { highlight, agencies, summary } = builds;
  return (
    <section aria-labelledby="build-heading">
      <h2 id="build-heading" className={styles.heading}>
        {s.buildHeading}
      </h2>
      <Command
        label={s.highlight}
        hint={s.highlightHint}
        disabled={disabled}
        onRun={onHighlight}
        testId="highlight"
      >
        {highlight ? (
          <>
            {highlight.done && highlight.sheet ? (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  {withSheet(
                    s.highlighted(highlight.rulesAdded),
                    <SheetLink
                      sheet={highlight.sheet}
                      onOpen={onOpen}
                      disabled={disabled}
                      label={s.openSheet(highlight.sheet)}
                    />,
                  )}
                  {highlight.helperCell ? (
                    <div>{s.helperColumn(highlight.helperCell)}</div>
                  ) : null}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            <Notes
              notes={highlight.notes}
              intent={highlight.done ? "warning" : "error"}
            />
          </>
        ) : null}
      </Command>
      <Command
        label={s.agencySheets}
        hint={s.agencySheetsHint}
        disabled={disabled}
        onRun={onAgencySheets}
        testId="agencies"
      >
        {agencies ? (
          <>
            {agencies.done ? (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  {s.madeSheets(agencies.sheets.length)}
                  <SheetLinks
                    sheets={agencies.sheets}
                    onOpen={onOpen}
                    disabled={disabled}
                  />
                </MessageBarBody>
              </MessageBar>
            ) : null}
            <Notes
              notes={agencies.notes}
              intent={agencies.done ? "warning" : "error"}
            />
          </>
        ) : null}
      </Command>
      <Command
        label={s.summary}
        hint={s.summaryHint}
        disabled={disabled}
        onRun={onSummary}
        testId="summary"
      >
        {summary ? (
          <>
            {summary.done ? (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  {s.madeSheets(summary.sheets.length)}
                  <SheetLinks
                    sheets={summary.sheets}
                    onOpen={onOpen}
                    disabled={disabled}
                  />
                  <div>
                    {summary.mode === "pivots"
                      ? s.summaryPivots(summary.pivots.length)
                      : s.summaryFormulas}
                  </div>
                </MessageBarBody>
              </MessageBar>
            ) : null}
            <Notes
              notes={summary.notes}
              intent={summary.done ? "warning" : "error"}
            />
          </>
        ) : null}
      </Command>
    </section>
  );
}

// The sentence with the sheet's link where its `{sheet}` mark is.
function withSheet(sentence: string, link: ReactNode): ReactNode {
  const [before, after = ""] = sentence.split("{sheet}");
  return (
    <>
      {before}
      {link}
      {after}
    </>
  );
}

function Command({
  label,
  hint,
  disabled,
  onRun,
  testId,
  children,
}: {
  label: string;
  hint: string;
  disabled: boolean;
  onRun: () => void;
  testId: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.command} data-testid={`command-${testId}`}>
      <Button
        className={styles.button}
        appearance="secondary"
        disabled={disabled}
        onClick={onRun}
      >
        {label}
      </Button>
      <Caption1 className={styles.hint}>{hint}</Caption1>
      {children}
    </div>
  );
}
