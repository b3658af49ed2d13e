import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { IsoDate } from "../../core/model/dates";
import type { Plan } from "../../core/model/plan";
import type { Status } from "../../core/read/vocabulary";
import type { TaskChange } from "../../service/types";
import { useLanguage } from "../i18n";
import { formChange, withStatus, type TaskForm } from "../task-form";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  date: { maxWidth: "11em" },
  buttons: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
});

const STATUSES: Status[] = ["notStarted", "inProgress", "done"];

interface Props {
  number: string;
  /** The form as it opened (what the task held when shown). */
  initial: TaskForm;
  /** The status as written in the cell, offered as "keep" when the add-in cannot read it. */
  statusText: string;
  columns: Plan["columns"];
  /** Whether the task changed in the workbook since the form opened. */
  stale: boolean;
  busy: boolean;
  today: IsoDate;
  onSave: (change: TaskChange) => void;
  onCancel: () => void;
  onRefresh: () => void;
}

/** The form under a task of "Cơ quan của tôi": status, completion date and note; only what the user changes is sent. */
export function TaskUpdateForm(props: Props) {
  const styles = useStyles();
  const { s, language } = useLanguage();
  const { initial, columns, busy } = props;
  const [form, setForm] = useState<TaskForm>(initial);
  const [tried, setTried] = useState(false);
  const { change, dateInvalid, changed } = formChange(initial, form);
  const headingId = `update-${props.number}`;
  const save = () => {
    setTried(true);
    if (!dateInvalid && changed) props.onSave(change);
  };
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      data-testid="task-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h4 id={headingId} className={styles.heading}>
        {s.updateHeading(props.number)}
      </h4>
      {props.stale ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.staleTask}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onRefresh}>
              {s.useNewValues}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <Field label={s.status} hint={columns.status === null ? s.noColumn : undefined}>
        <Select
          value={form.status}
          disabled={busy || columns.status === null}
          onChange={(_, d) => setForm(withStatus(form, d.value as TaskForm["status"], props.today, language))}
        >
          {initial.status === "keep" ? <option value="keep">{s.statusKeep(props.statusText)}</option> : null}
          {STATUSES.map((st) => (
            <option key={st} value={st}>
              {s.statusChoice[st]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={s.completedOn}
        hint={columns.completedOn === null ? s.noColumn : s.asOfHint}
        validationState={tried && dateInvalid ? "error" : "none"}
        validationMessage={tried && dateInvalid ? s.dateInvalid : undefined}
      >
        <Input
          className={styles.date}
          value={form.date}
          placeholder={s.asOfHint}
          disabled={busy || columns.completedOn === null}
          onChange={(_, d) => setForm({ ...form, date: d.value })}
        />
      </Field>
      <Field label={s.note} hint={columns.note === null ? s.noColumn : undefined}>
        <Textarea
          value={form.note}
          resize="vertical"
          disabled={busy || columns.note === null}
          onChange={(_, d) => setForm({ ...form, note: d.value })}
        />
      </Field>
      {tried && !changed && !dateInvalid ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.nothingChanged}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy || props.stale}>
          {s.save}
        </Button>
        <Button appearance="secondary" disabled={busy} onClick={props.onCancel}>
          {s.cancel}
        </Button>
      </div>
    </form>
  );
}
