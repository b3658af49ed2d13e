import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Bilingual } from "../../core/check/finding";
import type { NewPlanRequest } from "../../service/plan-service";
import { agencyNames } from "../agency-input";
import { useLanguage } from "../i18n";
import { Notes } from "./Notes";
import { usePanelStyles } from "./panel-styles";

const useStyles = makeStyles({
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  year: { width: "7em" },
});

interface Props {
  notes: Bilingual[];
  /** Why the last attempt made nothing (no agencies typed, no table in the pasted text…). */
  failures: Bilingual[];
  defaultYear: number;
  busy: boolean;
  onCreate: (request: NewPlanRequest) => void;
  onPaste: (text: string) => void;
}

/** Shown when the workbook holds no plan: make an empty plan table, or one from the table copied out of Word. */
export function NewPlanPanel({ notes, failures, defaultYear, busy, onCreate, onPaste }: Props) {
  const panel = usePanelStyles();
  const styles = useStyles();
  const { s, say } = useLanguage();
  const [agencies, setAgencies] = useState("");
  const [year, setYear] = useState(String(defaultYear));
  const [pasted, setPasted] = useState("");
  const names = agencyNames(agencies);
  const yearNumber = Number(year);
  const yearValid = year.trim() === "" || (Number.isInteger(yearNumber) && yearNumber >= 1900 && yearNumber <= 2199);
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.noPlanTitle}</MessageBarTitle>
          {notes.map((n, i) => (
            <div key={i}>{say(n)}</div>
          ))}
        </MessageBarBody>
      </MessageBar>
      <Notes notes={failures} intent="error" />
      <Card>
        <h2 className={styles.heading}>{s.newPlanHeading}</h2>
        <Field label={s.newPlanAgencies}>
          <Textarea
            value={agencies}
            rows={4}
            resize="vertical"
            placeholder={s.newPlanAgenciesPlaceholder}
            onChange={(_, d) => setAgencies(d.value)}
          />
        </Field>
        <Field label={s.newPlanYear} validationState={yearValid ? "none" : "error"}>
          <Input className={styles.year} inputMode="numeric" value={year} onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Button
          className={panel.commandButton}
          appearance="primary"
          disabled={busy || names.length === 0 || !yearValid}
          onClick={() =>
            onCreate({
              agencies: names,
              year: year.trim() === "" ? null : yearNumber,
            })
          }
        >
          {s.newPlanButton}
        </Button>
      </Card>
      <Card>
        <h2 className={styles.heading}>{s.pasteHeading}</h2>
        <Field label={s.pasteLabel}>
          <Textarea value={pasted} rows={5} resize="vertical" onChange={(_, d) => setPasted(d.value)} />
        </Field>
        <Button
          className={panel.commandButton}
          appearance="primary"
          disabled={busy || pasted.trim() === ""}
          onClick={() => onPaste(pasted)}
        >
          {s.pasteButton}
        </Button>
      </Card>
    </>
  );
}
