import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { IsoDate } from "../../core/model/dates";
import type { QuarterReport } from "../../core/track/quarter-report";
import { useLanguage } from "../i18n";
import { defaultQuarter } from "../../core/track/agency-tasks";
import type { QuarterReportResult } from "../../service/plan-service";
import { CommandResult } from "./CommandWithResult";
import { PanelSection } from "./PanelSection";
import { usePanelStyles } from "./panel-styles";
import { SheetSentence } from "./SheetLinks";

const useStyles = makeStyles({
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
export function QuarterReportPanel({ year, asOf, busy, result, onMake, onOpen }: Props) {
  const panel = usePanelStyles();
  const styles = useStyles();
  const { s } = useLanguage();
  const [quarter, setQuarter] = useState(() => defaultQuarter(asOf, year));
  return (
    <PanelSection id="quarter" heading={s.quarterHeading} testId="quarter-report">
      <Caption1 className={panel.hint}>{s.quarterHint}</Caption1>
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
        <Button appearance="secondary" disabled={busy || year === null} onClick={() => onMake(quarter)}>
          {s.quarterButton}
        </Button>
      </div>
      {year === null ? <Caption1>{s.quarterNeedsYear}</Caption1> : null}
      <CommandResult
        outcome={result}
        made={(run) =>
          run.report ? (
            <>
              <div>
                <SheetSentence sentence={s.quarterMade} sheet={run.sheets[0]} onOpen={onOpen} disabled={busy} />
              </div>
              <div data-testid="quarter-totals">{totalsLine(run.report, s)}</div>
              <div>{s.quarterBacklog(run.report.overdueTasks.length)}</div>
            </>
          ) : null
        }
      />
    </PanelSection>
  );
}

function totalsLine(report: QuarterReport, s: ReturnType<typeof useLanguage>["s"]): string {
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
