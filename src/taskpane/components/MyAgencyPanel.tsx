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
import type { Task } from "../../core/plan";
import type { ReadPlanResult } from "../../excel/types";
import {
  fingerprintChanges,
  shownTask,
  taskFingerprint,
  type ShownTask,
} from "../../excel/shown-task";
import type { TaskChange } from "../../excel/update-task";
import { todayIso } from "../dates";
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
  type TaskChip,
  type TaskFilter,
  type TaskSort,
} from "../my-agency";
import type { UpdateTaskResult } from "../plan-service";
import { initialForm, type TaskForm } from "../task-form";
import type { MyAgency } from "../use-my-agency";
import { AgencyTaskItem, CHIP_COLOR } from "./AgencyTaskItem";
import { TaskUpdateForm } from "./TaskUpdateForm";

type FoundPlan = Extract<ReadPlanResult, { found: true }>;

const PAGE = 30;
const SORTS: TaskSort[] = ["deadline", "number", "content"];
const ROLES: AgencyRole[] = ["lead", "coordinate", "group"];

const useStyles = makeStyles({
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  agency: {
    display: "block",
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  hint: { display: "block", color: tokens.colorNeutralForeground3 },
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
  shown: ShownTask;
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
  onSelect: (task: ShownTask) => void;
  onUpdate: (task: ShownTask, change: TaskChange) => void;
}

/** "Cơ quan của tôi": the user's agency (picked once, remembered on this computer), its tasks with state chips, filters and sort, and the update form. */
export function MyAgencyPanel({
  read,
  myAgency,
  busy,
  update,
  now,
  onSelect,
  onUpdate,
}: Props) {
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
  const all = useMemo(
    () => (known ? agencyTasks(plan, agency) : []),
    [plan, agency, known],
  );
  const counts = useMemo(() => chipCounts(all), [all]);
  const quarters = useMemo(() => quarterOptions(all), [all]);
  const shown = useMemo(
    () => sortTasks(filterTasks(all, filter), sort),
    [all, filter, sort],
  );
  const byNumber = useMemo(
    () => new Map(plan.tasks.map((t) => [t.number, t])),
    [plan],
  );

  // A saved update closes its form; a refused one keeps it open with the reason.
  useEffect(() => {
    if (!update || saving !== update.number) return;
    setSaving(null);
    if (update.done) setOpen(null);
  }, [update, saving]);

  useEffect(() => setLimit(PAGE), [filter, sort, agency]);

  const openForm = (task: Task) =>
    setOpen((previous) => ({
      number: task.number!,
      shown: shownTask(plan, task),
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
    <section aria-labelledby="my-agency-heading" data-testid="my-agency">
      <div className={styles.head}>
        <h2 id="my-agency-heading" className={styles.heading}>
          {s.myAgencyHeading}
        </h2>
        {known && !picking ? (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => setPicking(true)}
          >
            {s.myAgencyChange}
          </Button>
        ) : null}
      </div>
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
          <Caption1 className={styles.hint}>
            {s.myAgencyRoles(lead, coordinate)}
          </Caption1>
          <div className={styles.counts} data-testid="my-agency-counts">
            {CHIP_ORDER.filter((c) => counts[c] > 0).map((c) => (
              <Badge
                key={c}
                appearance="tint"
                shape="rounded"
                color={CHIP_COLOR[c]}
              >
                {s.chip[c]}: {counts[c]}
              </Badge>
            ))}
          </div>
          {all.length === 0 ? (
            <Text>{s.noAgencyTasks}</Text>
          ) : (
            <>
              <div className={styles.filters}>
                <Field
                  label={s.filterQuarter}
                  size="small"
                  className={styles.filter}
                >
                  <Select
                    size="small"
                    className={styles.select}
                    value={filter.quarter}
                    onChange={(_, d) =>
                      setFilter({ ...filter, quarter: d.value })
                    }
                  >
                    <option value="all">{s.all}</option>
                    {quarters.map((q) => (
                      <option key={q} value={q}>
                        {s.quarterName(q)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field
                  label={s.filterState}
                  size="small"
                  className={styles.filter}
                >
                  <Select
                    size="small"
                    className={styles.select}
                    value={filter.chip}
                    onChange={(_, d) =>
                      setFilter({
                        ...filter,
                        chip: d.value as TaskChip | "all",
                      })
                    }
                  >
                    <option value="all">{s.all}</option>
                    {CHIP_ORDER.filter((c) => counts[c] > 0).map((c) => (
                      <option key={c} value={c}>
                        {s.chip[c]} ({counts[c]})
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field
                  label={s.filterRole}
                  size="small"
                  className={styles.filter}
                >
                  <Select
                    size="small"
                    className={styles.select}
                    value={filter.role}
                    onChange={(_, d) =>
                      setFilter({
                        ...filter,
                        role: d.value as AgencyRole | "all",
                      })
                    }
                  >
                    <option value="all">{s.all}</option>
                    {ROLES.filter((r) => all.some((e) => e.role === r)).map(
                      (r) => (
                        <option key={r} value={r}>
                          {s.role[r]}
                        </option>
                      ),
                    )}
                  </Select>
                </Field>
                <Field label={s.sortBy} size="small" className={styles.filter}>
                  <Select
                    size="small"
                    className={styles.select}
                    value={sort}
                    onChange={(_, d) => setSort(d.value as TaskSort)}
                  >
                    {SORTS.map((k) => (
                      <option key={k} value={k}>
                        {s.sort[k]}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              <Caption1 className={styles.hint} data-testid="my-agency-shown">
                {s.shownTasks(shown.length, all.length)}
              </Caption1>
              {shown.length === 0 ? <Text>{s.noMatchingTasks}</Text> : null}
              <ul className={styles.list} data-testid="my-agency-tasks">
                {shown.slice(0, limit).map((entry) => {
                  const task = entry.task;
                  const formOpen = open !== null && open.number === task.number;
                  const current = byNumber.get(task.number);
                  const stale =
                    formOpen &&
                    current !== undefined &&
                    fingerprintChanges(
                      open.shown.fingerprint,
                      taskFingerprint(current),
                    ).length > 0;
                  return (
                    <AgencyTaskItem
                      key={`${entry.role}:${task.number ?? `row${task.row}`}`}
                      entry={entry}
                      busy={busy}
                      update={
                        update && update.number === task.number ? update : null
                      }
                      formOpen={formOpen}
                      onSelect={() => onSelect(shownTask(plan, task))}
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
                <Button
                  className={styles.more}
                  appearance="secondary"
                  onClick={() => setLimit(limit + PAGE)}
                >
                  {s.showMore(Math.min(PAGE, shown.length - limit))}
                </Button>
              ) : null}
            </>
          )}
        </>
      ) : null}
    </section>
  );
}
