import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Bilingual } from "../../core/check/finding";
import { useLanguage } from "../i18n";

/** Shows the notes a command came back with (a sheet name taken, PivotTables unavailable, …) as message bars. */
export function Notes({
  notes,
  intent = "warning",
}: {
  notes: Bilingual[];
  intent?: "info" | "warning" | "error" | "success";
}) {
  const { say } = useLanguage();
  if (notes.length === 0) return null;
  return (
    <>
      {notes.map((note, i) => (
        <MessageBar key={i} intent={intent} layout="multiline">
          <MessageBarBody>{say(note)}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
