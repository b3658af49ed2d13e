import {
  Badge,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Task } from "../../core/model/plan";
import type { ReadPlanResult } from "../../service/types";
import { fingerprintChanges, taskSnapshot, taskFingerprint, type TaskSnapshot } from "../../core/track/task-snapshot";
import type { TaskChange } from "../../service/types";
import { todayIso } from "../../core/model/dates";
import { useLanguage } from "../i18n";
import {
  CHIP_ORDER,
  NO_FILTER,
  agencyChoices,
  agencyTasks,
  chipCounts,
  filterTasks,
  quarterOptions,
  sortTasks,
  type AgencyRole,
  type TaskFilter,
  type TaskSort,
} from "../../core/track/agency-tasks";
import type { UpdateTaskResult } from "../../service/plan-service";
import { initialForm, type TaskForm } from "../task-form";
import type { MyAgency } from "../use-my-agency";
import { AgencyTaskItem, CHIP_COLOR } from "./AgencyTaskItem";
import { PanelSection } from "./PanelSection";
import { usePanelStyles } from "./panel-styles";
import { TaskUpdateForm } from "./TaskUpdateForm";

type FoundPlan = Extract<ReadPlanResult, { found: true }>;

const PAGE = 30;
const SORTS: TaskSort[] = ["deadline", "number", "content"];
const ROLES: AgencyRole[] = ["lead", "coordinate", "group"];

const useStyles = makeStyles({
  agency: {
    display: "block",
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontWeight: tokens.fontWeightSemibold,
  },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalXS} 0`,
  },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(8rem, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  // Grid cells may shrink below their select's longest option; the select then cuts the text, not the pane.
  filter: { minWidth: 0 },
  select: { minWidth: 0 },
  list: { listStyle: "none", margin: 0, padding: 0 },
  more: { marginTop: tokens.spacingVerticalS },
});

/** The update form that is open: for which task, what the pane showed of it, and what the form started with. */
interface OpenForm {
  number: string;
  shown: TaskSnapshot;
  initial: TaskForm;
  /** Bumped to start the form again from the workbook's new values. */
  version: number;
}

interface Props {
  read: FoundPlan;
  myAgency: MyAgency;
  busy: boolean;
  update: UpdateTaskResult | null;
  now: () => Date;
  onSelect: (task: TaskSnapshot) => void;
  onUpdate: (task: TaskSnapshot, change: TaskChange) => void;
}

/** "Cơ quan của tôi": the user's agency (picked once, remembered on this computer), its tasks with state chips, filters and sort, and the update form. */
export function MyAgencyPanel({ read, myAgency, busy, update, now, onSelect, onUpdate }: Props) {
  const panel = usePanelStyles();
  const styles = useStyles();
  const { s, language } = useLanguage();
  const plan = read.plan;
  const choices = useMemo(() => agencyChoices(plan), [plan]);
  const [picking, setPicking] = useState(false);
  const [filter, setFilter] = useState<TaskFilter>(NO_FILTER);
  const [sort, setSort] = useState<TaskSort>("deadline");
  const [limit, setLimit] = useState(PAGE);
  const [open, setOpen] = useState<OpenForm | null>(null);
  const [saving, setSaving] = useState<string | null>(null);

  const agency = myAgency.agency;
  const known = agency !== null && choices.includes(agency);
  const all = useMemo(() => (known ? agencyTasks(plan, agency) : []), [plan, agency, known]);
  const counts = useMemo(() => chipCounts(all), [all]);
  const chips = CHIP_ORDER.filter((c) => counts[c] > 0);
  const quarters = useMemo(() => quarterOptions(all), [all]);
  const shown = useMemo(() => sortTasks(filterTasks(all, filter), sort), [all, filter, sort]);
  const byKey = useMemo(() => new Map(plan.tasks.map((t) => [t.key, t])), [plan]);

  // A saved update closes its form; a refused one keeps it open with the reason.
  useEffect(() => {
    if (!update || saving !== update.number) return;
    setSaving(null);
    if (update.done) setOpen(null);
  }, [update, saving]);

  useEffect(() => setLimit(PAGE), [filter, sort, agency]);

  const openForm = (task: Task) =>
    setOpen((previous) => ({
      number: task.key!,
      shown: taskSnapshot(plan, task),
      initial: initialForm(task, language),
      version: (previous?.version ?? 0) + 1,
    }));

  if (!myAgency.ready) return null;

  const picker = (
    <Field label={s.myAgencyPick} hint={s.myAgencyPickHint}>
      <Select
        value={known ? agency : ""}
        onChange={(_, d) => {
          myAgency.choose(d.value || null);
          setPicking(false);
          setFilter(NO_FILTER);
          setOpen(null);
        }}
      >
        <option value="">{s.myAgencyPlaceholder}</option>
        {choices.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );

  const lead = all.filter((e) => e.role === "lead").length;
  const coordinate = all.length - lead;
  return (
    <PanelSection
      id="my-agency"
      heading={s.myAgencyHeading}
      testId="my-agency"
      action={
        known && !picking ? (
          <Button size="small" appearance="subtle" onClick={() => setPicking(true)}>
            {s.myAgencyChange}
          </Button>
        ) : null
      }
    >
      {agency !== null && !known ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.myAgencyGone(agency)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!known || picking ? picker : null}
      {known ? (
        <>
          <Text as="p" className={styles.agency} data-testid="my-agency-name">
            {agency}
          </Text>
          <Caption1 className={panel.hint}>{s.myAgencyRoles(lead, coordinate)}</Caption1>
          <div className={styles.counts} data-testid="my-agency-counts">
            {chips.map((c) => (
              <Badge key={c} appearance="tint" shape="rounded" color={CHIP_COLOR[c]} className={panel.pill}>
                {s.chip[c]}: {counts[c]}
              </Badge>
            ))}
          </div>
          {all.length === 0 ? (
            <Text>{s.noAgencyTasks}</Text>
          ) : (
            <>
              <div className={styles.filters}>
                <FilterSelect
                  label={s.filterQuarter}
                  value={filter.quarter}
                  all={s.all}
                  options={quarters.map((q) => [q, s.quarterName(q)])}
                  onChange={(quarter) => setFilter({ ...filter, quarter })}
                />
                <FilterSelect
                  label={s.filterState}
                  value={filter.chip}
                  all={s.all}
                  options={chips.map((c) => [c, `${s.chip[c]} (${counts[c]})`])}
                  onChange={(chip) => setFilter({ ...filter, chip })}
                />
                <FilterSelect
                  label={s.filterRole}
                  value={filter.role}
                  all={s.all}
                  options={ROLES.filter((r) => all.some((e) => e.role === r)).map((r) => [r, s.role[r]])}
                  onChange={(role) => setFilter({ ...filter, role })}
                />
                <FilterSelect
                  label={s.sortBy}
                  value={sort}
                  options={SORTS.map((k) => [k, s.sort[k]])}
                  onChange={setSort}
                />
              </div>
              <Caption1 className={panel.hint} data-testid="my-agency-shown">
                {s.shownTasks(shown.length, all.length)}
              </Caption1>
              {shown.length === 0 ? <Text>{s.noMatchingTasks}</Text> : null}
              <ul className={styles.list} data-testid="my-agency-tasks">
                {shown.slice(0, limit).map((entry) => {
                  const task = entry.task;
                  const formOpen = open !== null && open.number === task.key;
                  const current = byKey.get(task.key);
                  const stale =
                    formOpen &&
                    current !== undefined &&
                    fingerprintChanges(open.shown.fingerprint, taskFingerprint(current)).length > 0;
                  return (
                    <AgencyTaskItem
                      key={`${entry.role}:${task.key ?? `row${task.row}`}`}
                      entry={entry}
                      busy={busy}
                      update={update && update.number === task.key ? update : null}
                      history={(read.changeLog ?? []).filter((e) => e.key === task.key)}
                      formOpen={formOpen}
                      onSelect={() => onSelect(taskSnapshot(plan, task))}
                      onOpenForm={() => openForm(task)}
                      form={
                        formOpen ? (
                          <TaskUpdateForm
                            key={open.version}
                            number={open.number}
                            initial={open.initial}
                            statusText={task.statusText}
                            columns={plan.columns}
                            stale={stale}
                            busy={busy}
                            today={todayIso(now())}
                            onSave={(change) => {
                              setSaving(open.number);
                              onUpdate(open.shown, change);
                            }}
                            onCancel={() => setOpen(null)}
                            onRefresh={() => openForm(task)}
                          />
                        ) : null
                      }
                    />
                  );
                })}
              </ul>
              {shown.length > limit ? (
                <Button className={styles.more} appearance="secondary" onClick={() => setLimit(limit + PAGE)}>
                  {s.showMore(Math.min(PAGE, shown.length - limit))}
                </Button>
              ) : null}
            </>
          )}
        </>
      ) : null}
    </PanelSection>
  );
}

/** One of the small drop-downs above the agency's task list. */
function FilterSelect<V extends string>({
  label,
  value,
  all,
  options,
  onChange,
}: {
  label: string;
  value: V;
  /** The text of a first choice that filters nothing, for the lists whose values include "all". */
  all?: "all" extends V ? string : never;
  options: [value: V, text: string][];
  onChange: (value: V) => void;
}) {
  const styles = useStyles();
  return (
    <Field label={label} size="small" className={styles.filter}>
      <Select size="small" className={styles.select} value={value} onChange={(_, d) => onChange(d.value as V)}>
        {all === undefined ? null : <option value="all">{all}</option>}
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}
