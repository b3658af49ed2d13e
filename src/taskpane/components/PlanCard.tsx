import { Badge, Button, Card, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { todayIso, type IsoDate } from "../../core/model/dates";
import type { DeadlineState } from "../../core/track/deadline";
import type { ReadPlanResult } from "../../service/types";
import { dateInputText, formatDate, parseDateInput } from "../../ui-text/dates";
import { useLanguage } from "../i18n";
import { usePanelStyles } from "./panel-styles";
import { SheetLink } from "./SheetLinks";

type FoundPlan = Extract<ReadPlanResult, { found: true }>;

// Up to this many agencies, the card lists their names; more wait behind a click.
const SHOWN_AGENCIES = 6;

const useStyles = makeStyles({
  title: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  agencies: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  summary: { cursor: "pointer", color: tokens.colorBrandForegroundLink },
  dateRow: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "end",
    flexWrap: "wrap",
  },
  dateInput: { width: "9.5em", maxWidth: "100%" },
  yearInput: { width: "7em", maxWidth: "100%" },
  states: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
});

// Colours follow the sheet's highlighting: red overdue, amber due, green done.
const STATE_BADGES: {
  state: DeadlineState;
  color: "danger" | "warning" | "success" | "informative" | "subtle";
}[] = [
  { state: "overdue", color: "danger" },
  { state: "due", color: "warning" },
  { state: "done", color: "success" },
  { state: "upcoming", color: "informative" },
  { state: "ongoing", color: "subtle" },
  { state: "unknown", color: "subtle" },
];

interface Props {
  read: FoundPlan;
  asOf: IsoDate;
  year: number | null;
  busy: boolean;
  now: () => Date;
  onAsOf: (asOf: IsoDate) => void;
  onYear: (year: number | null) => void;
  onOpen: (sheet: string) => void;
}

/** The plan card: where the plan is, its year, agencies and tasks, the as-of date and the tasks' deadline states. */
export function PlanCard({ read, asOf, year, busy, now, onAsOf, onYear, onOpen }: Props) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { s, language } = useLanguage();
  const plan = read.plan;
  const agencies = plan.agencies.filter((a) => !a.group);
  const needsYear = plan.yearSource === null || plan.yearSource === "option";
  return (
    <Card aria-label={s.planHeading}>
      {plan.title ? <Text className={styles.title}>{plan.title}</Text> : null}
      <dl className={styles.facts}>
        <dt className={styles.term}>{s.sheet}</dt>
        <dd className={styles.value}>
          <SheetLink sheet={read.where.sheet} onOpen={onOpen} disabled={busy} label={s.openSheet(read.where.sheet)} />
          {read.where.table ? ` · ${s.table} ${read.where.table}` : ""}
        </dd>
        <dt className={styles.term}>{s.year}</dt>
        <dd className={styles.value} data-testid="plan-year">
          {needsYear ? <YearInput year={year} busy={busy} onYear={onYear} /> : plan.year}
        </dd>
        <dt className={styles.term}>{s.agencies}</dt>
        <dd className={styles.value}>
          <span data-testid="plan-agencies">{agencies.length}</span>
          {agencies.length > SHOWN_AGENCIES ? (
            // A national plan names dozens of agencies: their names wait behind one click instead of filling the pane.
            <details className={styles.agencies}>
              <summary className={styles.summary}>{s.agencyNames}</summary>
              {agencies.map((a) => a.name).join("; ")}
            </details>
          ) : (
            <span className={styles.agencies}>{agencies.map((a) => a.name).join("; ")}</span>
          )}
        </dd>
        <dt className={styles.term}>{s.tasks}</dt>
        <dd className={styles.value} data-testid="plan-tasks">
          {plan.tasks.length}
        </dd>
      </dl>
      <AsOfField asOf={asOf} busy={busy} now={now} onAsOf={onAsOf} key={`${asOf}-${language}`} />
      <Text size={200}>{s.statesAsOf(formatDate(plan.asOf, language))}</Text>
      <div className={styles.states} data-testid="plan-states">
        {STATE_BADGES.filter((b) => read.states[b.state] > 0).map((b) => (
          <Badge key={b.state} appearance="tint" color={b.color} shape="rounded" className={panel.pill}>
            {s.state[b.state]}: {read.states[b.state]}
          </Badge>
        ))}
      </div>
    </Card>
  );
}

// The field keeps what the user types until it reads as a date; Enter or leaving the field applies it.
function AsOfField({
  asOf,
  busy,
  now,
  onAsOf,
}: {
  asOf: IsoDate;
  busy: boolean;
  now: () => Date;
  onAsOf: (asOf: IsoDate) => void;
}) {
  const styles = useStyles();
  const { s, language } = useLanguage();
  const [text, setText] = useState(dateInputText(asOf, language));
  const parsed = parseDateInput(text);
  const apply = () => {
    if (parsed && parsed !== asOf) onAsOf(parsed);
  };
  const today = todayIso(now());
  return (
    <div className={styles.dateRow}>
      <Field
        label={s.asOf}
        hint={parsed ? undefined : s.asOfHint}
        validationState={parsed ? "none" : "error"}
        validationMessage={parsed ? undefined : s.asOfInvalid}
      >
        <Input
          className={styles.dateInput}
          value={text}
          placeholder={s.asOfHint}
          onChange={(_, d) => setText(d.value)}
          onBlur={apply}
          onKeyDown={(e) => e.key === "Enter" && apply()}
          disabled={busy}
        />
      </Field>
      <Button appearance="secondary" disabled={busy || asOf === today} onClick={() => onAsOf(today)}>
        {s.today}
      </Button>
    </div>
  );
}

function YearInput({
  year,
  busy,
  onYear,
}: {
  year: number | null;
  busy: boolean;
  onYear: (year: number | null) => void;
}) {
  const styles = useStyles();
  const { s } = useLanguage();
  const [text, setText] = useState(year === null ? "" : String(year));
  useEffect(() => setText(year === null ? "" : String(year)), [year]);
  const apply = () => {
    const n = Number(text);
    const next = text.trim() === "" ? null : Number.isInteger(n) && n >= 1900 && n <= 2199 ? n : undefined;
    if (next !== undefined && next !== year) onYear(next);
  };
  return (
    <Field hint={s.yearHint}>
      <Input
        className={styles.yearInput}
        aria-label={s.year}
        inputMode="numeric"
        value={text}
        placeholder={s.yearPlaceholder}
        onChange={(_, d) => setText(d.value)}
        onBlur={apply}
        onKeyDown={(e) => e.key === "Enter" && apply()}
        disabled={busy}
      />
    </Field>
  );
}
