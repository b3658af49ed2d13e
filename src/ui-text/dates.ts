// Dates as the pane shows and reads them: dd/mm/yyyy in Vietnamese (day first, as in the plans), "30 Jun 2024" in
// English, in fields as everywhere else; a field takes dd/mm/yyyy, yyyy-mm-dd or "30 Jun 2024" in either language.
import { validIsoDate, type IsoDate } from "../core/model/dates";
import type { Language } from "./language";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Shows a date the way the user's language writes it. */
export function formatDate(iso: IsoDate, language: Language): string {
  const [y, m, d] = iso.split("-");
  return language === "vi" ? `${d}/${m}/${y}` : `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** What a date field shows for a date: the date as shown everywhere else, which the field reads back. */
export function dateInputText(iso: IsoDate, language: Language): string {
  return formatDate(iso, language);
}

/** Reads a typed date (dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd or "30 Jun 2024"); null when it is not a real day. */
export function parseDateInput(text: string): IsoDate | null {
  const t = text.trim();
  // The English month by its first three letters ("30 Jun 2024", "30 June 2024"); never month first, as in numbers.
  const named = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(t);
  if (named) {
    const month = MONTHS.findIndex((m) => m.toLowerCase() === named[2].slice(0, 3).toLowerCase());
    return month < 0 ? null : validIsoDate(Number(named[3]), month + 1, Number(named[1]));
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) return validIsoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (ymd) return validIsoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return null;
}
