// `kehoach remind`: one email draft (.eml) per agency with something due, written into a folder, and a line per
// agency on stdout (or the same as JSON). Meant to run by itself every Monday (README: Task Scheduler, cron) on a plan
// kept in a synced folder; the drafts are then opened and sent, or handed to a mail script.
import { basename, join } from "node:path";
import { z } from "zod";
import type { Finding } from "../core/check/finding";
import { formatViDate } from "../core/model/dates";
import { hasSomething, buildReminders, type AgencyReminder, type ReminderItem } from "../core/remind/reminders";
import { reminderBody, reminderContext, reminderSubject } from "../core/remind/reminder-text";
import { foldAscii } from "../core/text/normalize";
import { CliError } from "./cli-error";
import { openAndAnalyse, type CommandOptions } from "./commands";
import { formatEml, type Mailbox } from "./eml";
import { writeAtomically } from "./safe-write";
import { writeFile } from "node:fs/promises";

/** The options of `kehoach remind` on top of those every command takes. */
export interface RemindOptions extends CommandOptions {
  days?: string;
  link?: string;
  from?: string;
}

const daysSchema = z.coerce.number().int().min(0).max(366);
const linkSchema = z.url({ protocol: /^https?$/ });
const fromSchema = z.email();

// Drafts come from this address unless --from names one: ".invalid" can never be delivered to (RFC 2606), and
// Outlook replaces it with the user's account when the draft is sent.
const DEFAULT_FROM: Mailbox = { name: "Kế hoạch phối hợp", address: "nhac-viec@kehoach.invalid" };

const CONTACT_RULES = new Set(["agency-email-invalid", "agency-email-missing"]);

/** `kehoach remind`: writes each agency's reminder as an .eml draft into the -o folder and prints a line per agency. */
export async function runRemind(file: string, opts: RemindOptions): Promise<number> {
  const days = option(
    daysSchema,
    opts.days ?? "14",
    "--days",
    "một số ngày từ 0 đến 366",
    "a number of days, 0 to 366",
  );
  const link =
    opts.link === undefined ? null : option(linkSchema, opts.link, "--link", "địa chỉ http(s)", "an http(s) address");
  const from =
    opts.from === undefined
      ? DEFAULT_FROM
      : { name: "", address: option(fromSchema, opts.from, "--from", "một địa chỉ email", "an email address") };
  if (!opts.output && !opts.json)
    throw new CliError(
      `Thiếu -o THƯ_MỤC hoặc --json (xem kehoach remind --help).`,
      `Missing -o FOLDER or --json (see kehoach remind --help).`,
    );
  const { analysis } = await openAndAnalyse(file, opts);
  const plan = analysis.plan;
  const reminders = buildReminders(plan, days);
  const ctx = reminderContext(reminders, plan.title, link);
  const names = fileNames(reminders.agencies.filter(hasSomething).map((r) => r.agency));
  const now = new Date();
  const written = new Map<string, string>();
  if (opts.output) {
    for (const r of reminders.agencies.filter(hasSomething)) {
      const path = join(opts.output, names.get(r.agency)!);
      const eml = formatEml({
        from,
        to: (r.contact?.emails ?? []).map((address) => ({ name: r.agency, address })),
        subject: reminderSubject(r, ctx),
        body: reminderBody(r, ctx),
        date: now,
      });
      await writeAtomically(path, (temporary) => writeFile(temporary, eml, "utf8"));
      written.set(r.agency, path);
    }
  }
  const contactFindings = analysis.findings.filter((f) => CONTACT_RULES.has(f.rule));
  if (opts.json) {
    const json = {
      asOf: reminders.asOf,
      until: reminders.until,
      days,
      link,
      agencies: reminders.agencies.map((r) => agencyJson(r, written.get(r.agency) ?? null)),
      findings: contactFindings.map(findingJson),
    };
    process.stdout.write(JSON.stringify(json, null, 2) + "\n");
  } else {
    process.stdout.write(
      `Nhắc việc đến ngày / Reminders as of ${formatViDate(reminders.asOf)}, hạn đến / due by ${formatViDate(reminders.until)} (${days} ngày / days):\n`,
    );
    for (const r of reminders.agencies) process.stdout.write(`  ${summaryLine(r, written.get(r.agency) ?? null)}\n`);
    for (const f of contactFindings) process.stdout.write(`  [${f.rule}] ${f.message.vi}\n`);
  }
  return 0;
}

/** One agency's line: its counts, and the draft written with its recipients, or why none was. */
export function summaryLine(r: AgencyReminder, path: string | null): string {
  if (!hasSomething(r)) return `${r.agency}: không có việc đến hạn / nothing due`;
  const counts = `${r.overdue.length} quá hạn / overdue, ${r.dueSoon.length} sắp đến hạn / due soon, ${r.recurring.length} định kỳ / recurring`;
  const to = r.contact?.emails.length ? r.contact.emails.join(", ") : "chưa có email / no email";
  return `${r.agency}: ${counts} → ${path ? basename(path) : "-"} (${to})`;
}

function agencyJson(r: AgencyReminder, file: string | null) {
  const item = (i: ReminderItem) => ({
    key: i.task.key,
    number: i.task.number,
    row: i.task.row,
    content: i.task.content,
    role: i.role,
    date: i.date,
    ...(i.daysOverdue === null ? {} : { daysOverdue: i.daysOverdue }),
  });
  return {
    agency: r.agency,
    person: r.contact?.person ?? null,
    emails: r.contact?.emails ?? [],
    overdue: r.overdue.map(item),
    dueSoon: r.dueSoon.map(item),
    recurring: r.recurring.map(item),
    file,
  };
}

function findingJson(f: Finding) {
  return { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message };
}

/** File names of the drafts: the agency's name in plain letters ("nhac-viec-so-tai-chinh.eml"), numbered when two fold alike. */
export function fileNames(agencies: string[]): Map<string, string> {
  const used = new Set<string>();
  const names = new Map<string, string>();
  for (const agency of agencies) {
    const stem = `nhac-viec-${
      foldAscii(agency)
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .slice(0, 60) || "co-quan"
    }`;
    let name = `${stem}.eml`;
    for (let n = 2; used.has(name); n++) name = `${stem}-${n}.eml`;
    used.add(name);
    names.set(agency, name);
  }
  return names;
}

function option<T>(schema: z.ZodType<T>, value: string, name: string, vi: string, en: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new CliError(`${name} "${value}" phải là ${vi}.`, `${name} "${value}" must be ${en}.`);
  return r.data;
}
