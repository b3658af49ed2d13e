import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useLanguage } from "../i18n";
import type { DropdownsResult } from "../plan-service";
import { Notes } from "./Notes";

const useStyles = makeStyles({
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  command: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
  },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  busy: boolean;
  result: DropdownsResult | null;
  onDropdowns: () => void;
}

/** "Bảng kế hoạch": tools on the plan table itself, such as dropdown lists on the role and status cells. */
export function PlanToolsPanel({ busy, result, onDropdowns }: Props) {
  const styles = useStyles();
  const { s } = useLanguage();
  return (
    <section aria-labelledby="tools-heading" data-testid="plan-tools">
      <h2 id="tools-heading" className={styles.heading}>
        {s.toolsHeading}
      </h2>
      <div className={styles.command}>
        <Button
          className={styles.button}
          appearance="secondary"
          disabled={busy}
          onClick={onDropdowns}
        >
          {s.dropdowns}
        </Button>
        <Caption1 className={styles.hint}>{s.dropdownsHint}</Caption1>
        {result?.done && result.rows ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {s.dropdownsDone(
                result.roleColumns,
                result.statusColumn,
                result.rows.top,
                result.rows.bottom,
              )}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {result ? (
          <Notes notes={result.notes} intent={result.done ? "info" : "error"} />
        ) : null}
      </div>
    </section>
  );
}
