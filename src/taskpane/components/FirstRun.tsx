import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useLanguage } from "../i18n";

/** What a plan with no task yet needs said: where to type the tasks, and a way to go there. */
export function FirstRun({ sheet, busy, onOpen }: { sheet: string; busy: boolean; onOpen: (sheet: string) => void }) {
  const { s } = useLanguage();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="first-run">
      <MessageBarBody>
        <MessageBarTitle>{s.firstRunTitle}</MessageBarTitle>
        <div>{s.firstRun(sheet)}</div>
        <Link as="button" type="button" inline disabled={busy} onClick={() => onOpen(sheet)}>
          {s.firstRunOpen(sheet)}
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}
