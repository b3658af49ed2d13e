// One time phrase ("Quý I, II năm 2025", "trước năm 2030", "từ quý II/2027", "giai đoạn 2026 - 2030") read into the
// periods it names. The patterns match the words of timeWords ("quy ii / 2024").
import { type IsoDate, isoDate, lastDayOfMonth, lastDayOfQuarter, validIsoDate, yearOf } from "../model/dates";

/** A period a time names: the year written with it (if any), and its first and last day in a given year (null if impossible). */
export interface Period {
  year: number | null;
  first: (year: number) => IsoDate | null;
  last: (year: number) => IsoDate | null;
}

/** What a phrase names: its periods, in the order written, and how they bear on the deadline. */
export interface Phrase {
  periods: Period[];
  unit: "day" | "month" | "quarter" | "half" | "year";
  /** "Từ quý II/2027", "sau năm 2028": when the work starts, with no end; a range ("từ … đến …") is not start-only. */
  startOnly: boolean;
  /** It opens with a word that introduces a time ("trong", "trước", "từ", "đến", "chậm nhất", "vào"). */
  introduced: boolean;
  /** Its own words say it is a time ("Quý", "Tháng", "6 tháng đầu năm", "giai đoạn 2026 - 2030"), wherever it stands. */
  selfEvident: boolean;
}

// Counted periods ("Quý I, II", "Tháng 3 - 5/2025"): how an item is written and which days begin and end it.
interface ListUnit {
  unit: "month" | "quarter";
  item: RegExp;
  // Words that name the unit in full: "Quý", "Tháng" (not "Q", "T", nor a bare "3/2025").
  fullHead: RegExp;
  span: (year: number, n: string) => [IsoDate, IsoDate] | null;
  // "3/2025" is a month even without "Tháng"; a quarter always needs "Quý".
  bareWithSlashYear: boolean;
}

// Words that open a time phrase; "từ"/"sau" make it a start, "trước" makes it end the day before.
const INTRO =
  /^(?:(?:(?:cham|muon) nhat(?: la)?|trong|vao|den het|den|toi|truoc|ke tu|bat dau(?: tu)?|tu|sau|cuoi|han|thoi han) )+/;
const FROM_WORDS = /(?:^| )(?:tu|sau|bat dau) /;
const BEFORE_LAST = /(?:^| )truoc $/;
const THIS_YEAR = /^(?:trong|ca) nam$/;
// "Năm 2025", "2025", and lists of years ("Năm 2026, 2027", "2026 và 2027").
const YEAR_LIST = /^(?:nam )?\d{4}(?: (?:,|va) (?:nam )?\d{4})*$/;
const YEAR_SPAN = /^(?:(giai doan) )?(?:nam )?(\d{4}) (?:-|den|toi) (?:nam )?(\d{4})$/;
const HALF_YEAR = /^6 thang (dau|cuoi) nam(?: (\d{4}))?$/;
const DAY_NUMBERS = /^(?:ngay )?(\d{1,2}) ([/.-]) (\d{1,2})(?: \2 (\d{4}))?$/;
const DAY_WORDS = /^(?:ngay )?(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?$/;
// "," before "năm" belongs to the year ("Quý I, II, năm 2025"), and so does "-" before a year ("Quý IV-2025").
const LIST_SEPARATOR = / (?:,|-|va|den|toi) (?!nam |\d{4}(?: |$))/;
const YEAR_TAIL = String.raw`(?: (?:(?<slash>\/)|-|(?:, )?nam) (?<year>\d{4}))?`;
const ROMAN = new Map([
  ["i", 1],
  ["ii", 2],
  ["iii", 3],
  ["iv", 4],
]);

const QUARTERS: ListUnit = {
  unit: "quarter",
  item: new RegExp(String.raw`^(?:(?<head>quy|qui|q) )?(?<n>iv|iii|ii|i|\d)${YEAR_TAIL}$`),
  fullHead: /^qu[yi] /,
  span: (year, n) => {
    const q = ROMAN.get(n) ?? Number(n);
    return q >= 1 && q <= 4 ? [isoDate(year, q * 3 - 2, 1), lastDayOfQuarter(year, q)] : null;
  },
  bareWithSlashYear: false,
};
const MONTHS: ListUnit = {
  unit: "month",
  item: new RegExp(String.raw`^(?:(?<head>thang|t) )?(?<n>\d{1,2})${YEAR_TAIL}$`),
  fullHead: /^thang /,
  span: (year, n) => {
    const m = Number(n);
    return m >= 1 && m <= 12 ? [isoDate(year, m, 1), lastDayOfMonth(year, m)] : null;
  },
  bareWithSlashYear: true,
};

/** Reads one time phrase: its periods and how they bear on the deadline; null when it is no time phrase. */
export function readPhrase(w: string): Phrase | null {
  if (THIS_YEAR.test(w)) return plain([wholeYear(null)], "year", true, false);
  const intro = INTRO.exec(w)?.[0] ?? "";
  const rest = w.slice(intro.length);
  const core = readCore(rest);
  if (!core) return null;
  const introduced = intro !== "";
  // "Từ 2026 - 2026" is a range, however short.
  const ranged = core.periods.length > 1 || YEAR_SPAN.test(rest);
  const startOnly = FROM_WORDS.test(` ${intro}`) && !ranged;
  // "Trước ngày 30/6" is due that day; "trước năm 2030" and "trước quý III" end the day before the period starts.
  if (BEFORE_LAST.test(` ${intro}`) && core.unit !== "day") {
    if (core.periods.length !== 1) return null;
    const p = core.periods[0];
    const dayBefore = (y: number) => previousDay(p.first(y));
    return { ...core, periods: [{ year: p.year, first: dayBefore, last: dayBefore }], startOnly, introduced };
  }
  return { ...core, startOnly, introduced };
}

function readCore(w: string): Phrase | null {
  return readYears(w) ?? readHalfYear(w) ?? readDay(w) ?? readList(w, QUARTERS) ?? readList(w, MONTHS);
}

function plain(periods: Period[], unit: Phrase["unit"], introduced: boolean, selfEvident: boolean): Phrase {
  return { periods, unit, startOnly: false, introduced, selfEvident };
}

function readYears(w: string): Phrase | null {
  const span = YEAR_SPAN.exec(w);
  if (span) {
    const [from, to] = [Number(span[2]), Number(span[3])];
    // A span longer than the plausible years is a typo; refusing it also bounds the periods listed.
    if (from > to || to - from > 300) return null;
    const years = Array.from({ length: to - from + 1 }, (_, i) => wholeYear(from + i));
    return plain(years, "year", false, span[1] !== undefined);
  }
  if (!YEAR_LIST.test(w)) return null;
  const years = (w.match(/\d{4}/g) ?? []).map((y) => wholeYear(Number(y)));
  return plain(years, "year", false, false);
}

function readHalfYear(w: string): Phrase | null {
  const half = HALF_YEAR.exec(w);
  if (!half) return null;
  const [from, to] = half[1] === "dau" ? [1, 6] : [7, 12];
  const period: Period = {
    year: yearIn(half[2]),
    first: (year) => isoDate(year, from, 1),
    last: (year) => lastDayOfMonth(year, to),
  };
  return plain([period], "half", false, true);
}

// Day before month, always: Vietnamese never writes month/day.
function readDay(w: string): Phrase | null {
  const numbers = DAY_NUMBERS.exec(w);
  const words = DAY_WORDS.exec(w);
  const [d, m, y] = numbers ? [numbers[1], numbers[3], numbers[4]] : words ? [words[1], words[2], words[3]] : [];
  if (!d) return null;
  const day = (year: number) => validIsoDate(year, Number(m), Number(d));
  return plain([{ year: yearIn(y), first: day, last: day }], "day", false, false);
}

function readList(w: string, unit: ListUnit): Phrase | null {
  const items = w.split(LIST_SEPARATOR).map((item) => unit.item.exec(item)?.groups);
  const first = items[0];
  if (!first || !(first.head || (unit.bareWithSlashYear && first.slash))) return null;
  const periods: Period[] = [];
  for (const item of items) {
    if (!item) return null;
    periods.push({
      year: yearIn(item.year),
      first: (year) => unit.span(year, item.n)?.[0] ?? null,
      last: (year) => unit.span(year, item.n)?.[1] ?? null,
    });
  }
  return plain(periods, unit.unit, false, unit.fullHead.test(w));
}

function wholeYear(year: number | null): Period {
  return { year, first: (y) => isoDate(y, 1, 1), last: (y) => isoDate(y, 12, 31) };
}

function previousDay(date: IsoDate | null): IsoDate | null {
  if (!date) return null;
  const d = new Date(Date.UTC(yearOf(date), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) - 1));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function yearIn(digits: string | undefined): number | null {
  return digits === undefined ? null : Number(digits);
}
