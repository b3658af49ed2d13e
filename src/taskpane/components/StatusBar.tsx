import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PaneError } from "../../ui-text/errors";
import { errorText } from "../../ui-text/errors";
import type { Operation } from "../pane-state";
import { useLanguage } from "../i18n";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  spinner: {
    justifyContent: "flex-start",
    padding: `${tokens.spacingVerticalXS} 0`,
  },
});

/** The top of the pane: what is running now, and the last failure with a way to dismiss it. */
export function StatusBar({
  busy,
  error,
  onDismiss,
}: {
  busy: Operation | null;
  error: PaneError | null;
  onDismiss: () => void;
}) {
  const styles = useStyles();
  const { s } = useLanguage();
  return (
    <div className={styles.bar} role="status" aria-live="polite">
      {busy ? <Spinner className={styles.spinner} size="tiny" labelPosition="after" label={s.busy[busy]} /> : null}
      {error ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{errorText(error, s)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismiss}>
              {s.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </div>
  );
}
