import { Button, Caption1, MessageBar, MessageBarBody, mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Bilingual } from "../../core/check/finding";
import { Notes } from "./Notes";
import { usePanelStyles } from "./panel-styles";

/** The part of a workbook command's result shown under its button: whether it did its work, and its notes. */
interface CommandOutcome {
  done: boolean;
  notes: Bilingual[];
}

interface ResultProps<T extends CommandOutcome> {
  /** The last run's outcome; null before the command first runs. */
  outcome: T | null;
  /** The success bar's content; null when the run, though done, made nothing worth showing. */
  made: (outcome: T) => ReactNode;
  /** How the notes of a run that did its work read; a failed run's notes are always errors. */
  doneNotes?: "info" | "warning";
}

/** A command's button with a line on what it does, and under them what its last run made. */
export function CommandWithResult<T extends CommandOutcome>({
  label,
  hint,
  disabled,
  onRun,
  testId,
  className,
  ...result
}: ResultProps<T> & {
  label: string;
  hint: string;
  disabled: boolean;
  onRun: () => void;
  testId?: string;
  className?: string;
}) {
  const styles = usePanelStyles();
  return (
    <div className={mergeClasses(styles.command, className)} data-testid={testId}>
      <Button className={styles.commandButton} appearance="secondary" disabled={disabled} onClick={onRun}>
        {label}
      </Button>
      <Caption1 className={styles.hint}>{hint}</Caption1>
      <CommandResult {...result} />
    </div>
  );
}

/** What a command's last run made, in a success bar, then the notes it came back with. */
export function CommandResult<T extends CommandOutcome>({ outcome, made, doneNotes = "warning" }: ResultProps<T>) {
  if (!outcome) return null;
  const content = outcome.done ? made(outcome) : null;
  return (
    <>
      {content != null ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{content}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Notes notes={outcome.notes} intent={outcome.done ? doneNotes : "error"} />
    </>
  );
}
