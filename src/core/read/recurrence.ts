// Recurring duties ("Trước ngày 20/11 hằng năm", "Tháng 10 hằng năm", "Ngày 25 hằng tháng"): no single deadline, but
// where a day or month is named, the next time it falls due can be shown to staff as a reminder.
import { type IsoDate, isoDate, lastDayOfMonth, yearOf } from "../model/dates";
import type { TimeReading } from "./time";
import type { Phrase } from "./time-periods";

/** When a recurring duty falls due: days of each year, or days of each month, from a first day if one is written. */
export type Recurrence =
  | { every: "year"; on: { month: number; day: number }[]; from: IsoDate | null }
  | { every: "month"; days: number[]; from: IsoDate | null };

// Any leap year: a yearless day or month is pinned in it, so 29/2 survives (it falls on 28/2 in other years).
const ANY_LEAP_YEAR = 2000;
const EVERY_YEAR = /(?:^| )(?:hang|moi) nam(?: |$)/;
const EVERY_MONTH = /(?:^| )(?:hang|moi) thang(?: |$)/;
const DAY_OF_MONTH = /(?:^| )ngay (\d{1,2}) (?:cua )?(?:hang|moi) thang(?: |$)/;

/**
 * The recurrence a time names, and the phrases that name its days ("20/11" in "trước ngày 20/11 hằng năm");
 * null when the text recurs on no named day.
 */
export function readRecurrence(
  words: string,
  phrases: Phrase[],
  from: IsoDate | null,
): { recurrence: Recurrence; anchors: Phrase[] } | null {
  const dayOfMonth = DAY_OF_MONTH.exec(words);
  if (dayOfMonth && EVERY_MONTH.test(words)) {
    const day = Number(dayOfMonth[1]);
    return day >= 1 && day <= 31 ? { recurrence: { every: "month", days: [day], from }, anchors: [] } : null;
  }
  if (!EVERY_YEAR.test(words)) return null;
  // A day, month or quarter written without a year, in a text that says "every year", is a yearly date.
  const anchors = phrases.filter(
    (p) => !p.startOnly && p.unit !== "year" && p.periods.every((period) => period.year === null),
  );
  const on: { month: number; day: number }[] = [];
  for (const p of anchors) {
    for (const period of p.periods) {
      const last = period.last(ANY_LEAP_YEAR);
      if (!last) return null;
      on.push({ month: Number(last.slice(5, 7)), day: Number(last.slice(8, 10)) });
    }
  }
  return on.length ? { recurrence: { every: "year", on, from }, anchors } : null;
}

/** The next day a recurring duty falls due on or after the as-of date (and not before it starts); null when it names no day. */
export function nextOccurrence(reading: TimeReading, asOf: IsoDate): IsoDate | null {
  if (reading.kind !== "ongoing" || !reading.recurrence) return null;
  const r = reading.recurrence;
  const start = r.from && r.from > asOf ? r.from : asOf;
  const [y, m] = [yearOf(start), Number(start.slice(5, 7))];
  const candidates =
    r.every === "year"
      ? r.on.map((o) => onOrAfter(start, dayIn(y, o.month, o.day), dayIn(y + 1, o.month, o.day)))
      : r.days.map((d) => onOrAfter(start, dayIn(y, m, d), m === 12 ? dayIn(y + 1, 1, d) : dayIn(y, m + 1, d)));
  return candidates.sort()[0] ?? null;
}

// A day past the month's end ("ngày 31 hằng tháng", 29/2) falls on the month's last day.
function dayIn(year: number, month: number, day: number): IsoDate {
  const last = lastDayOfMonth(year, month);
  return Number(last.slice(8, 10)) < day ? last : isoDate(year, month, day);
}

function onOrAfter(start: IsoDate, thisTime: IsoDate, nextTime: IsoDate): IsoDate {
  return thisTime >= start ? thisTime : nextTime;
}
