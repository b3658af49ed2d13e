import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../i18n";
import type { LiveState } from "../use-live-check";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3 },
});

/** One line saying whether the pane follows the workbook's changes by itself. */
export function LiveNote({ watching }: { watching: LiveState }) {
  const styles = useStyles();
  const { s } = useLanguage();
  if (watching === null) return null;
  return (
    <Caption1 className={styles.note} data-testid="live-note">
      {watching ? s.liveOn : s.liveOff}
    </Caption1>
  );
}
