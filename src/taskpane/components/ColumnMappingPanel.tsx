import { useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import { useLanguage } from "../i18n";
import {
  MAPPING_ROLE_LABEL,
  MAPPING_ROLES,
  mappingFromEntries,
  type MappingRole,
} from "../../core/read/column-mapping";
import type { MappingQuestion, SaveMappingRequest } from "../../service/types";
import { PanelSection } from "./PanelSection";
import { usePanelStyles } from "./panel-styles";

// The parts the pane asks about, in the order of a plan's columns (the matrix layout's agency run is the CLI's).
const ROLES = MAPPING_ROLES.filter((r): r is Exclude<MappingRole, "agencies"> => r !== "agencies");

interface Props {
  question: MappingQuestion;
  busy: boolean;
  onSave: (request: SaveMappingRequest) => void;
}

/** "Cột nào chứa gì?": when the header's words do not place the content or the lead, one dropdown per part lists the columns seen. */
export function ColumnMappingPanel({ question, busy, onSave }: Props) {
  const { s, say } = useLanguage();
  const styles = usePanelStyles();
  const letterOf = (col: number | undefined) => question.columns.find((c) => c.col === col)?.letter ?? "";
  const [choice, setChoice] = useState<Record<string, string>>(() =>
    Object.fromEntries(ROLES.map((r) => [r, letterOf(question.guess[r])])),
  );
  const entries = ROLES.filter((r) => choice[r]).map((r): [string, string] => [r, choice[r]]);
  const checked = mappingFromEntries(entries);
  const complete = Boolean(choice.content && choice.lead);
  return (
    <PanelSection id="mapping" heading={s.mappingHeading} testId="column-mapping">
      <Text block className={styles.hint}>
        {s.mappingIntro(question.sheet, question.headerRow)}
      </Text>
      {ROLES.map((role) => (
        <Field key={role} label={say(MAPPING_ROLE_LABEL[role])}>
          <Select
            value={choice[role]}
            disabled={busy}
            onChange={(_, d) => setChoice((c) => ({ ...c, [role]: d.value }))}
          >
            <option value="">{s.mappingNone}</option>
            {question.columns.map((c) => (
              <option key={c.letter} value={c.letter}>
                {`${c.letter} — ${c.header}`}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {!complete ? (
        <Text block className={styles.hint}>
          {s.mappingNeeds}
        </Text>
      ) : !checked.ok ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{say(checked.error)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Button
        appearance="primary"
        disabled={busy || !complete || !checked.ok}
        onClick={() => onSave({ sheet: question.sheet, headerRow: question.headerRow, columns: entries })}
      >
        {s.mappingSave}
      </Button>
    </PanelSection>
  );
}
