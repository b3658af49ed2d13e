import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useLanguage } from "../i18n";

/** What the pane says when it is opened in a plain browser instead of Excel. */
export function OutsideExcel({ helpUrl }: { helpUrl: string }) {
  const { s } = useLanguage();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="outside-excel">
      <MessageBarBody>
        <MessageBarTitle>{s.outsideTitle}</MessageBarTitle>
        <p>{s.outsideBody}</p>
        <Link href={helpUrl}>{s.outsideHelp}</Link>
      </MessageBarBody>
    </MessageBar>
  );
}
