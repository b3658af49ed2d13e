// Dates as the pane shows and reads them: dd/mm/yyyy in Vietnamese (day first, as in the plans), "30 Jun 2024" in
// English; the as-of field takes dd/mm/yyyy or yyyy-mm-dd in either language.
import { validIsoDate, type IsoDate } from "../core/model/dates";
import type { Language } from "./language";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Shows a date the way the user's language writes it. */
export function formatDate(iso: IsoDate, language: Language): string {
  const [y, m, d] = iso.split("-");
  return language === "vi" ? `${d}/${m}/${y}` : `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** What the as-of field shows for a date: what the user can type back. */
export function dateInputText(iso: IsoDate, language: Language): string {
  const [y, m, d] = iso.split("-");
  return language === "vi" ? `${d}/${m}/${y}` : iso;
}

/** Reads a typed date (dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy or yyyy-mm-dd); null when it is not a real day. */
export function parseDateInput(text: string): IsoDate | null {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) return validIsoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (ymd) return validIsoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return null;
}
