// A mailto: link opens the reminder in the user's own mail program. Mail programs and browsers cut or refuse long
// links (Outlook on Windows passes about 2,000 characters through the shell), so the link is kept under a limit by
// listing fewer tasks, with a note in the body saying how many were left out, and if need be a shorter greeting.
import type { AgencyReminder } from "./reminders";
import { itemCount, reminderBody, reminderSubject, type ReminderContext } from "./reminder-text";

/** The longest link the pane opens: under what Windows passes to a mail program. */
export const MAILTO_LIMIT = 1800;

/** A mailto: link with the agency's addresses, subject and body; `shortened` when the body was cut to fit. */
export function reminderMailto(
  r: AgencyReminder,
  ctx: ReminderContext,
  limit = MAILTO_LIMIT,
): { href: string; shortened: boolean } {
  const to = (r.contact?.emails ?? []).map(encodeURIComponent).join(",");
  const subject = encodeURIComponent(reminderSubject(r, ctx));
  const total = itemCount(r);
  const link = (shown: number, compact: boolean) =>
    `mailto:${to}?subject=${subject}&body=${encodeURIComponent(reminderBody(r, ctx, { limit: shown, compact }))}`;
  // Vietnamese letters take 6 to 9 characters each once encoded: the full title may not fit even with no task listed.
  for (const compact of [false, true])
    for (let shown = total; shown >= 0; shown--) {
      const href = link(shown, compact);
      if (href.length <= limit) return { href, shortened: compact || shown < total };
    }
  return { href: link(0, true), shortened: true };
}
