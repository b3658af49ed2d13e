import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { IsoDate } from "../../core/dates";
import type { QuarterReport } from "../../core/quarter-report";
import { useLanguage } from "../i18n";
import { defaultQuarter } from "../my-agency";
import type { QuarterReportResult } from "../plan-service";
import { Notes } from "./Notes";
import { SheetLink } from "./SheetLinks";

const useStyles = makeStyles({
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: { display: "block", color: tokens.colorNeutralForeground3 },
  row: {
    display: "flex",
    alignItems: "end",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  quarter: { minWidth: "8rem" },
});

interface Props {
  year: number | null;
  asOf: IsoDate;
  busy: boolean;
  result: QuarterReportResult | null;
  onMake: (quarter: number) => void;
  onOpen: (sheet: string) => void;
}

/** "Báo cáo quý" for leaders: pick a quarter, make the print-ready report sheet, see its totals and go to it. */
export function QuarterReportPanel({
  year,
  asOf,
  busy,
  result,
  onMake,
  onOpen,
}: Props) {
  const styles = useStyles();
  const { s } = useLanguage();
  const [quarter, setQuarter] = useState(() => defaultQuarter(asOf, year));
  return (
    <section aria-labelledby="quarter-heading" data-testid="quarter-report">
      <h2 id="quarter-heading" className={styles.heading}>
        {s.quarterHeading}
      </h2>
      <Caption1 className={styles.hint}>{s.quarterHint}</Caption1>
      <div className={styles.row}>
        <Field label={s.quarterPick}>
          <Select
            className={styles.quarter}
            value={String(quarter)}
            disabled={busy}
            onChange={(_, d) => setQuarter(Number(d.value))}
          >
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {s.quarterOf(q, year)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="secondary"
          disabled={busy || year === null}
          onClick={() => onMake(quarter)}
        >
          {s.quarterButton}
        </Button>
      </div>
      {year === null ? <Caption1>{s.quarterNeedsYear}</Caption1> : null}
      {result?.done && result.report ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <QuarterMade
              sentence={s.quarterMade}
              sheet={result.sheets[0]}
              busy={busy}
              onOpen={onOpen}
            />
            <div data-testid="quarter-totals">
              {totalsLine(result.report, s)}
            </div>
            <div>{s.quarterBacklog(result.report.overdueTasks.length)}</div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? (
        <Notes
          notes={result.notes}
          intent={result.done ? "warning" : "error"}
        />
      ) : null}
    </section>
  );
}

function QuarterMade({
  sentence,
  sheet,
  busy,
  onOpen,
}: {
  sentence: string;
  sheet: string;
  busy: boolean;
  onOpen: (sheet: string) => void;
}) {
  const { s } = useLanguage();
  const [before, after = ""] = sentence.split("{sheet}");
  return (
    <div>
      {before}
      <SheetLink
        sheet={sheet}
        onOpen={onOpen}
        disabled={busy}
        label={s.openSheet(sheet)}
      />
      {after}
    </div>
  );
}

function totalsLine(
  report: QuarterReport,
  s: ReturnType<typeof useLanguage>["s"],
): string {
  const t = { due: 0, done: 0, doneLate: 0, open: 0, overdue: 0 };
  for (const a of report.agencies) {
    t.due += a.due;
    t.done += a.done;
    t.doneLate += a.doneLate;
    t.open += a.open;
    t.overdue += a.overdue;
  }
  return s.quarterTotals(t.due, t.done, t.doneLate, t.open, t.overdue);
}
