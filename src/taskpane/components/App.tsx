import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import type { IsoDate } from "../../core/model/dates";
import { useLanguage, LanguageProvider } from "../i18n";
import type { Language } from "../../ui-text/language";
import type { PlanService } from "../../service/plan-service";
import { stringsFor } from "../../ui-text/strings";
import { usePane } from "../use-pane";
import { browserStore, type KeyValueStore } from "../my-agency-store";
import { usePaneView } from "../use-pane-view";
import { useLiveCheck } from "../use-live-check";
import { useMyAgency } from "../use-my-agency";
import { LegacyTextNotice } from "./LegacyTextNotice";
import { LiveNote } from "./LiveNote";
import { MyAgencyPanel } from "./MyAgencyPanel";
import { PlanToolsPanel } from "./PlanToolsPanel";
import { QuarterReportPanel } from "./QuarterReportPanel";
import { BuildPanel } from "./BuildPanel";
import { CheckPanel } from "./CheckPanel";
import { ErrorBoundary } from "./ErrorBoundary";
import { NewPlanPanel } from "./NewPlanPanel";
import { Notes } from "./Notes";
import { OutsideExcel } from "./OutsideExcel";
import { PlanCard } from "./PlanCard";
import { ColumnMappingPanel } from "./ColumnMappingPanel";
import { FirstRun } from "./FirstRun";
import { StatusBar } from "./StatusBar";
import { ViewTabs } from "./ViewTabs";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    maxWidth: "40rem",
    boxSizing: "border-box",
  },
  // Vietnamese is written in syllables separated by spaces: a line may break only between them, never inside one
  // ("Kế hoạ / ch" at 200 % zoom), and never with a hyphen. A long name wraps at its spaces. "break-word", unlike
  // "anywhere", leaves every box at least as wide as its longest word, so no column is squeezed into breaking words;
  // only a run no line can hold (a pasted link, 5,000 letters without a space) is cut, rather than scrolling sideways.
  text: {
    overflowWrap: "break-word",
    wordBreak: "keep-all",
    hyphens: "none",
  },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
});

/** Everything the pane needs from its host page. */
export interface PaneProps {
  service: PlanService;
  language: Language;
  /** The as-of date the pane opens with (today in Excel). */
  asOf: IsoDate;
  /** The clock behind the "Today" button. */
  now?: () => Date;
  /** Where the user's agency is remembered (this computer's localStorage unless given; null to remember nothing). */
  store?: KeyValueStore | null;
  /** Quiet time after a change in the workbook before the plan is checked again. */
  liveDelayMs?: number;
}

/** The task pane inside Excel: the plan card on top, then one place each for checking, my agency and reports. */
export function TaskPane(props: PaneProps) {
  return (
    <Shell language={props.language}>
      <Pane {...props} />
    </Shell>
  );
}

/** The page opened outside Excel: a message and a link to the installation help. */
export function OutsidePane({ language, helpUrl }: { language: Language; helpUrl: string }) {
  return (
    <Shell language={language}>
      <OutsideExcel helpUrl={helpUrl} />
    </Shell>
  );
}

function Shell({ language, children }: { language: Language; children: ReactNode }) {
  const styles = useStyles();
  const s = stringsFor(language);
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang={language}>
      <LanguageProvider language={language}>
        <main className={`${styles.pane} ${styles.text}`}>
          <h1 className={styles.title}>{s.appTitle}</h1>
          <ErrorBoundary message={s.crashed} reload={s.reload}>
            {children}
          </ErrorBoundary>
        </main>
      </LanguageProvider>
    </FluentProvider>
  );
}

function Pane({ service, asOf, now = () => new Date(), store, liveDelayMs }: PaneProps) {
  const { s } = useLanguage();
  const { state, actions } = usePane(service, asOf);
  const { read, busy } = state;
  const isBusy = busy !== null;
  const styles = useStyles();
  const [agencyStore] = useState(() => (store === undefined ? browserStore() : store));
  const myAgency = useMyAgency(service, agencyStore);
  const [view, setView] = usePaneView(service, agencyStore);
  const watching = useLiveCheck(service, actions.recheck, {
    delayMs: liveDelayMs,
  });
  const ignoredKeys = useMemo(() => new Set(state.ignored.map((i) => i.key)), [state.ignored]);
  return (
    <>
      <StatusBar busy={busy} error={state.error} onDismiss={actions.dismissError} />
      <Notes notes={state.notes} />
      {state.created?.done && state.created.sheet ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {s.created(state.created.sheet, state.created.tasks, state.created.agencies)}
            {state.created.registry ? <div>{s.createdRegistry}</div> : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {read === null ? (
        // Only a failed first read leaves nothing to show: offer to read again.
        !isBusy ? (
          <Button appearance="primary" onClick={actions.check}>
            {s.checkButton}
          </Button>
        ) : null
      ) : read.found ? (
        <>
          <PlanCard
            read={read}
            asOf={state.asOf}
            year={state.year}
            busy={isBusy}
            now={now}
            onAsOf={actions.setAsOf}
            onYear={actions.setYear}
            onOpen={actions.openSheet}
          />
          <LiveNote watching={watching} />
          <Notes notes={read.notes} intent="info" />
          {read.plan.tasks.length === 0 ? (
            <FirstRun sheet={read.plan.sheet} busy={isBusy} onOpen={actions.openSheet} />
          ) : null}
          <LegacyTextNotice findings={read.findings} ignoredKeys={ignoredKeys} busy={isBusy} onFix={actions.fix} />
          <ViewTabs view={view} onView={setView} />
          <div role="tabpanel" id="view-panel" aria-labelledby={`view-${view}`} className={styles.panel}>
            {view === "check" ? (
              <>
                <CheckPanel
                  findings={read.findings}
                  ignored={state.ignored}
                  showIgnored={state.showIgnored}
                  fix={state.fix}
                  busy={isBusy}
                  onCheck={actions.check}
                  onSelect={actions.select}
                  onFix={actions.fix}
                  onIgnore={actions.ignore}
                  onUnignore={actions.unignore}
                  onShowIgnored={actions.showIgnored}
                />
                <PlanToolsPanel busy={isBusy} result={state.dropdowns} onDropdowns={actions.addDropdowns} />
              </>
            ) : view === "agency" ? (
              <MyAgencyPanel
                read={read}
                myAgency={myAgency}
                busy={isBusy}
                update={state.update}
                now={now}
                onSelect={actions.selectTask}
                onUpdate={actions.updateTask}
              />
            ) : (
              <>
                <QuarterReportPanel
                  year={read.plan.year}
                  asOf={state.asOf}
                  busy={isBusy}
                  result={state.quarter}
                  onMake={actions.quarterReport}
                  onOpen={actions.openSheet}
                />
                <BuildPanel
                  builds={state.builds}
                  busy={busy}
                  onHighlight={actions.highlight}
                  onAgencySheets={actions.agencySheets}
                  onSummary={actions.summary}
                  onOpen={actions.openSheet}
                />
              </>
            )}
          </div>
        </>
      ) : read.question ? (
        // A table is there: the pane asks which column holds what instead of offering a new plan.
        <>
          <Notes notes={read.notes} intent="info" />
          <ColumnMappingPanel
            key={`${read.question.sheet}!${read.question.headerRow}`}
            question={read.question}
            busy={isBusy}
            onSave={actions.saveMapping}
          />
        </>
      ) : (
        <NewPlanPanel
          notes={read.notes}
          failures={state.created && !state.created.done ? state.created.notes : []}
          defaultYear={Number(state.asOf.slice(0, 4))}
          busy={isBusy}
          onCreate={actions.createPlan}
          onPaste={actions.pasteFromWord}
        />
      )}
    </>
  );
}
