import { Link, createFocusOutlineStyle, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../i18n";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  // Link's own focus sign is a double underline, easy to miss: keyboard users get an outline as on buttons.
  link: { position: "relative", ...createFocusOutlineStyle() },
});

/** Lists sheets the add-in made as links that take the user to each sheet. */
export function SheetLinks({
  sheets,
  onOpen,
  disabled,
}: {
  sheets: string[];
  onOpen: (sheet: string) => void;
  disabled: boolean;
}) {
  const styles = useStyles();
  const { s } = useLanguage();
  if (sheets.length === 0) return null;
  return (
    <ul className={styles.list}>
      {sheets.map((sheet) => (
        <li key={sheet}>
          <SheetLink sheet={sheet} onOpen={onOpen} disabled={disabled} label={s.openSheet(sheet)} />
        </li>
      ))}
    </ul>
  );
}

/** One sheet name the user can click to go to the sheet. */
export function SheetLink({
  sheet,
  onOpen,
  disabled,
  label,
}: {
  sheet: string;
  onOpen: (sheet: string) => void;
  disabled: boolean;
  label?: string;
}) {
  const styles = useStyles();
  return (
    <Link
      as="button"
      type="button"
      className={styles.link}
      aria-label={label}
      disabled={disabled}
      onClick={() => onOpen(sheet)}
    >
      {sheet}
    </Link>
  );
}

/** A sentence with the link to the sheet it names standing where its `{sheet}` mark is. */
export function SheetSentence({
  sentence,
  sheet,
  onOpen,
  disabled,
}: {
  sentence: string;
  sheet: string;
  onOpen: (sheet: string) => void;
  disabled: boolean;
}) {
  const { s } = useLanguage();
  const [before, after = ""] = sentence.split("{sheet}");
  return (
    <>
      {before}
      <SheetLink sheet={sheet} onOpen={onOpen} disabled={disabled} label={s.openSheet(sheet)} />
      {after}
    </>
  );
}
