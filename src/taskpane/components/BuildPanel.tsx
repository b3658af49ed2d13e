import { makeStyles, tokens } from "@fluentui/react-components";
import type { Builds, Operation } from "../pane-state";
import { useLanguage } from "../i18n";
import { CommandWithResult } from "./CommandWithResult";
import { PanelSection } from "./PanelSection";
import { SheetLinks, SheetSentence } from "./SheetLinks";

const useStyles = makeStyles({
  // Three commands one under another: more room between them than under a lone command's heading, so each stands apart.
  command: { marginTop: tokens.spacingVerticalM },
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
export function BuildPanel({ builds, busy, onHighlight, onAgencySheets, onSummary, onOpen }: Props) {
  const styles = useStyles();
  const { s } = useLanguage();
  const disabled = busy !== null;
  const madeSheets = (sheets: string[]) => (
    <>
      {s.madeSheets(sheets.length)}
      <SheetLinks sheets={sheets} onOpen={onOpen} disabled={disabled} />
    </>
  );
  return (
    <PanelSection id="build" heading={s.buildHeading}>
      <CommandWithResult
        label={s.highlight}
        hint={s.highlightHint}
        disabled={disabled}
        onRun={onHighlight}
        testId="command-highlight"
        className={styles.command}
        outcome={builds.highlight}
        made={(highlight) =>
          highlight.sheet ? (
            <>
              <SheetSentence
                sentence={s.highlighted(highlight.rulesAdded)}
                sheet={highlight.sheet}
                onOpen={onOpen}
                disabled={disabled}
              />
              {highlight.helperCell ? <div>{s.helperColumn(highlight.helperCell)}</div> : null}
            </>
          ) : null
        }
      />
      <CommandWithResult
        label={s.agencySheets}
        hint={s.agencySheetsHint}
        disabled={disabled}
        onRun={onAgencySheets}
        testId="command-agencies"
        className={styles.command}
        outcome={builds.agencies}
        made={(agencies) => madeSheets(agencies.sheets)}
      />
      <CommandWithResult
        label={s.summary}
        hint={s.summaryHint}
        disabled={disabled}
        onRun={onSummary}
        testId="command-summary"
        className={styles.command}
        outcome={builds.summary}
        made={(summary) => (
          <>
            {madeSheets(summary.sheets)}
            <div>{summary.mode === "pivots" ? s.summaryPivots(summary.pivots.length) : s.summaryFormulas}</div>
          </>
        )}
      />
    </PanelSection>
  );
}
