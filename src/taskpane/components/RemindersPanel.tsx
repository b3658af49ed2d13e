// "Nhắc việc" for coordinators: per agency the tasks overdue, due soon and recurring soon, with a button that opens
// the reminder in the user's mail program (a mailto: link, shortened to fit) and one that copies its full text.
// Self-contained: everything comes from the plan already read, so it needs nothing more from the workbook.
import { Button, Caption1, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { formatViDate } from "../../core/model/dates";
import type { Plan } from "../../core/model/plan";
import { reminderMailto } from "../../core/remind/mailto";
import { reminderBody, reminderContext, reminderSubject, type ReminderContext } from "../../core/remind/reminder-text";
import { buildReminders, hasSomething, type AgencyReminder, type ReminderItem } from "../../core/remind/reminders";
import { reminderStrings } from "../../ui-text/reminder-strings";
import { useLanguage } from "../i18n";
import { PanelSection } from "./PanelSection";
import { usePanelStyles } from "./panel-styles";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  agency: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  listTitle: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase300 },
  text: { width: "100%", minHeight: "8rem", boxSizing: "border-box" },
});

/** Days the window can span, two weeks by default. */
const WINDOWS = [7, 14, 30];

/** Copies text; the clipboard API needs a secure, focused page, so the older copy command is tried when it fails. */
export type CopyText = (text: string) => Promise<boolean>;

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    const done = document.execCommand("copy");
    area.remove();
    return done;
  }
}

interface Props {
  plan: Plan;
  /** The shared workbook's address, when the host knows it; the user may type or change it. */
  link?: string | null;
  copyText?: CopyText;
}

/** The "Nhắc việc" panel: the reminders of every agency with something due, each ready to email or copy. */
export function RemindersPanel({ plan, link: knownLink = null, copyText = copyToClipboard }: Props) {
  const { language } = useLanguage();
  const t = reminderStrings(language);
  const panel = usePanelStyles();
  const styles = useStyles();
  const [days, setDays] = useState(14);
  const [link, setLink] = useState(knownLink ?? "");
  const reminders = useMemo(() => buildReminders(plan, days), [plan, days]);
  const ctx = reminderContext(reminders, plan.title, validLink(link));
  const due = reminders.agencies.filter(hasSomething);
  const quiet = reminders.agencies.filter((r) => !hasSomething(r)).map((r) => r.agency);
  return (
    <PanelSection id="reminders" heading={t.heading} testId="reminders">
      <Caption1 className={panel.hint}>{t.hint}</Caption1>
      <div className={styles.row}>
        <Field label={t.window}>
          <Select value={String(days)} onChange={(_, d) => setDays(Number(d.value))}>
            {WINDOWS.map((n) => (
              <option key={n} value={n}>
                {t.days(n)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.link} hint={t.linkHint}>
          <Input type="url" value={link} onChange={(_, d) => setLink(d.value)} />
        </Field>
      </div>
      <Caption1 data-testid="reminders-window">{t.asOf(reminders.asOf, reminders.until)}</Caption1>
      {due.length === 0 ? <div>{t.nothing}</div> : null}
      {due.map((r) => (
        <AgencyReminderCard key={r.agency} reminder={r} ctx={ctx} copyText={copyText} />
      ))}
      {quiet.length > 0 && due.length > 0 ? (
        <Caption1 className={panel.hint}>{t.quiet(quiet.join(", "))}</Caption1>
      ) : null}
    </PanelSection>
  );
}

// Only an http(s) address goes into a reminder: anything else typed in the box is left out.
function validLink(text: string): string | null {
  const trimmed = text.trim();
  try {
    const url = new URL(trimmed);
    return url.protocol === "https:" || url.protocol === "http:" ? trimmed : null;
  } catch {
    return null;
  }
}

function AgencyReminderCard({
  reminder: r,
  ctx,
  copyText,
}: {
  reminder: AgencyReminder;
  ctx: ReminderContext;
  copyText: CopyText;
}) {
  const { language } = useLanguage();
  const t = reminderStrings(language);
  const styles = useStyles();
  const panel = usePanelStyles();
  const [copied, setCopied] = useState<boolean | null>(null);
  const mail = reminderMailto(r, ctx);
  const fullText = `${reminderSubject(r, ctx)}\n\n${reminderBody(r, ctx)}`;
  const headingId = `reminder-${slug(r.agency)}`;
  const list = (title: string, items: ReminderItem[], when: (i: ReminderItem) => string) =>
    items.length === 0 ? null : (
      <>
        <h4 className={styles.listTitle}>
          {title} ({items.length})
        </h4>
        <ul className={styles.list}>
          {items.map((i) => (
            <li key={`${i.task.row}`}>
              {i.task.key ?? i.task.number ?? ""} {i.task.content} — {when(i)}
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <section className={styles.agency} aria-labelledby={headingId} data-testid="agency-reminder">
      <h3 id={headingId} className={styles.name}>
        {r.agency}
      </h3>
      <Caption1 className={panel.hint}>{r.contact?.emails.length ? r.contact.emails.join(", ") : t.noEmail}</Caption1>
      {list(t.overdue, r.overdue, (i) => t.overdueBy(i.daysOverdue ?? 0, formatViDate(i.date)))}
      {list(t.dueSoon, r.dueSoon, (i) => t.dueOn(formatViDate(i.date)))}
      {list(t.recurring, r.recurring, (i) => t.nextOn(formatViDate(i.date)))}
      <div className={styles.row}>
        <Button as="a" href={mail.href} appearance="primary">
          {t.openMail}
        </Button>
        <Button
          appearance="secondary"
          onClick={() => {
            void copyText(fullText).then(setCopied);
          }}
        >
          {t.copy}
        </Button>
      </div>
      {mail.shortened ? <Caption1 className={panel.hint}>{t.shortened}</Caption1> : null}
      {copied === null ? null : <div role="status">{copied ? t.copied : t.copyFailed}</div>}
      {copied === false ? (
        <textarea className={styles.text} readOnly value={fullText} aria-label={t.textLabel(r.agency)} />
      ) : null}
    </section>
  );
}

// An id fragment from an agency's name (ids must not hold spaces).
function slug(name: string): string {
  return [...name].map((c) => (/[\p{L}\p{N}]/u.test(c) ? c : "-")).join("");
}
