import type { ReactNode } from "react";
import { usePanelStyles } from "./panel-styles";

/** One titled section of the pane; its heading is also its name for screen readers' landmark lists. */
export function PanelSection({
  id,
  heading,
  action,
  testId,
  children,
}: {
  /** Makes the heading's id, `${id}-heading`. */
  id: string;
  heading: string;
  /** A button at the heading's end; when given, even as null while hidden, the heading sits in a row made for it. */
  action?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  const styles = usePanelStyles();
  const headingId = `${id}-heading`;
  const title = (
    <h2 id={headingId} className={styles.heading}>
      {heading}
    </h2>
  );
  return (
    <section aria-labelledby={headingId} data-testid={testId}>
      {action === undefined ? (
        title
      ) : (
        <div className={styles.headingRow}>
          {title}
          {action}
        </div>
      )}
      {children}
    </section>
  );
}
