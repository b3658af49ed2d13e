import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles the pane's sections share, so their headings, hints and command blocks look alike from one section to the next. */
export const usePanelStyles = makeStyles({
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  // A heading with a small button at its end; on a narrow pane the button wraps under the heading.
  headingRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  hint: { display: "block", color: tokens.colorNeutralForeground3 },
  command: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
  },
  // A count badge or chip grows to hold its text when it wraps (a narrow pane, 200 % zoom) instead of spilling out.
  pill: { height: "auto", minHeight: "20px", whiteSpace: "normal", textAlign: "center" },
  // Buttons keep their own width in the column, yet a long label never pushes one past a 320 px pane.
  commandButton: { alignSelf: "flex-start", maxWidth: "100%" },
});
