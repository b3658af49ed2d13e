import {
  Badge,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { LogEntry } from "../../core/exchange/change-log";
import type { AgencyTask, TaskChip } from "../../core/track/agency-tasks";
import type { UpdateTaskResult } from "../../service/plan-service";
import { formatDate } from "../../ui-text/dates";
import { useLanguage } from "../i18n";
import { usePanelStyles } from "./panel-styles";
import { shortText } from "../message-text";

const useStyles = makeStyles({
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} 0`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  head: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  role: { color: tokens.colorNeutralForeground3 },
  title: {
    textAlign: "left",
    display: "-webkit-box",
    WebkitLineClamp: "3",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Chip colours follow the sheet's highlighting: red overdue, amber due, green done; late work in a harsher tone. */
export const CHIP_COLOR: Record<TaskChip, "danger" | "warning" | "success" | "informative" | "subtle" | "severe"> = {
  overdue: "danger",
  due: "warning",
  upcoming: "informative",
  doneOnTime: "success",
  doneLate: "severe",
  done: "success",
  ongoing: "subtle",
  unknown: "subtle",
};

interface Props {
  entry: AgencyTask;
  busy: boolean;
  /** The outcome of the last update, when it was this task's. */
  update: UpdateTaskResult | null;
  formOpen: boolean;
  form: ReactNode;
  onSelect: () => void;
  onOpenForm: () => void;
  /** The task's rows of the change log, oldest first. */
  history?: LogEntry[];
}

/** One task of the agency's list: state chip and role, the task (a click selects its row), deadline (or next occurrence) and status. */
export function AgencyTaskItem({ entry, busy, update, formOpen, form, onSelect, onOpenForm, history = [] }: Props) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { s, language } = useLanguage();
  const { task, chip, role } = entry;
  // A task is found again by its key ("II.3"): one without a key can be shown but not selected or updated.
  const numbered = task.key !== null;
  // The deadline with the time as the plan writes it; the status only where the chip does not already say it.
  const meta = [
    task.deadline ? s.dueOn(formatDate(task.deadline, language), task.timeText) : task.timeText || null,
    // A recurring duty has no deadline, but staff are reminded when it next falls due.
    task.nextDue ? s.nextDue(formatDate(task.nextDue, language)) : null,
    task.status === "done"
      ? task.completedOn
        ? s.doneOn(formatDate(task.completedOn, language))
        : null
      : task.statusText
        ? `${s.status}: ${task.statusText}`
        : null,
  ].filter(Boolean);
  return (
    <li className={styles.item} data-task={task.key ?? ""}>
      <div className={styles.head}>
        <Badge appearance="tint" shape="rounded" color={CHIP_COLOR[chip]} className={panel.pill}>
          {s.chip[chip]}
        </Badge>
        <Caption1 className={styles.role}>{s.role[role]}</Caption1>
      </div>
      <Link
        as="button"
        type="button"
        appearance="subtle"
        className={styles.title}
        // The title is cut to three lines: hovering shows the whole of it (screen readers read it all anyway).
        title={`${shortText(task.content, 400)}${numbered ? `\n${s.goToTask(task.key!)}` : ""}`}
        disabled={busy || !numbered}
        onClick={onSelect}
      >
        {numbered ? `${task.key}. ` : ""}
        {task.content}
      </Link>
      <Caption1 className={styles.meta}>{meta.join(" · ")}</Caption1>
      {task.note ? (
        <Caption1 className={styles.meta}>
          {s.note}: {task.note}
        </Caption1>
      ) : null}
      {history.length ? (
        <details data-testid="task-history">
          <summary>
            <Caption1>{s.history(history.length)}</Caption1>
          </summary>
          <ul className={styles.lines}>
            {history.map((e, i) => (
              <li key={i}>
                <Caption1 className={styles.meta}>{s.historyLine(e.when, e.field, e.old, e.new, e.source)}</Caption1>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {formOpen ? (
        form
      ) : numbered ? (
        <div className={styles.actions}>
          <Button
            size="small"
            appearance="secondary"
            disabled={busy}
            onClick={onOpenForm}
            aria-label={s.updateHeading(task.key!)}
          >
            {s.updateButton}
          </Button>
        </div>
      ) : null}
      {update ? <UpdateOutcome update={update} /> : null}
    </li>
  );
}

/** What became of the last update: the cells written, or why nothing was, with what someone else changed. */
export function UpdateOutcome({ update }: { update: UpdateTaskResult }) {
  const styles = useStyles();
  const { s, say } = useLanguage();
  if (update.done)
    return (
      <MessageBar intent="success" layout="multiline" data-testid="update-outcome">
        <MessageBarBody>
          {update.cells.length ? s.updated(update.number, update.cells.join(", ")) : s.updatedNothing(update.number)}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="update-outcome">
      <MessageBarBody>
        {update.notes.map((n, i) => (
          <MessageBarTitle key={i}>{say(n)}</MessageBarTitle>
        ))}
        {update.changes.length ? (
          <ul className={styles.lines}>
            {update.changes.map((c) => (
              <li key={c.field}>{s.changeLine(s.field[c.field], c.shown, c.now)}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
