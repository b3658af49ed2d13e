import type { CellValue } from "../model/cell-value";
import {
  type IsoDate,
  dateOfSerial,
  isPlausibleYear,
  isoDate,
  isoOfDate,
  lastDayOfMonth,
  lastDayOfQuarter,
  validIsoDate,
  yearOf,
} from "../model/dates";
import { cellText, foldAscii } from "../text/normalize";

export type TimeReading =
  | { kind: "deadline"; deadline: IsoDate; years: number[]; explicitYear: boolean }
  | { kind: "ongoing"; years: number[] }
  | { kind: "needsYear"; text: string }
  | { kind: "unknown"; text: string };

// A period the cell names: the year written with it (if any) and its last day in a given year (null if impossible).
interface Period {
  year: number | null;
  end: (year: number) => IsoDate | null;
}

// Counted periods ("Quý I, II", "Tháng 3 - 5/2025"): how an item is written and which day ends it.
interface ListUnit {
  item: RegExp;
  last: (year: number, n: string) => IsoDate | null;
  // "3/2025" is a month even without "Tháng"; a quarter always needs "Quý".
  bareWithSlashYear: boolean;
}

// Longer text is a sentence, not a time; giving up early keeps huge cells cheap.
const MAX_TIME_LENGTH = 200;
// Without a plan year the text is still checked, in a leap year so that 29/2 stays readable until the year is known.
const ANY_LEAP_YEAR = 2000;

// The patterns below match foldAscii'd text cut into words, numbers and signs, one space apart ("quy ii / 2024").
const ONGOING = /^(?:(?:nhiem vu )?thuong xuyen|dinh ky|(?:dinh ky )?hang (?:nam|quy|thang))$/;
const FROM_YEAR_ON = /^(\d{4}) va (?:nhung|cac) nam tiep theo$/;
const AT_THE_LATEST = /^cham nhat (?:la )?/;
const WHOLE_YEAR = /^(?:(?:ca|trong) nam|(?:(?:ca|trong) )?nam (\d{4})|(\d{4}))$/;
const YEAR_SPAN = /^(?:tu )?(?:nam |giai doan )?(\d{4}) (?:-|den) (?:nam )?(\d{4})$/;
const HALF_YEAR = /^6 thang (dau|cuoi) nam(?: (\d{4}))?$/;
const DAY_NUMBERS = /^(?:truoc )?(?:ngay )?(\d{1,2}) ([/.-]) (\d{1,2})(?: \2 (\d{4}))?$/;
const DAY_WORDS = /^(?:truoc )?(?:ngay )?(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?$/;
// "," before "năm" belongs to the year ("Quý I, II, năm 2025"), not to the list.
const LIST_SEPARATOR = / (?:,|-|va|den) (?!nam )/;
const YEAR_TAIL = String.raw`(?: (?:(?<slash>\/)|(?:, )?nam) (?<year>\d{4}))?`;
const ROMAN = new Map([
  ["i", 1],
  ["ii", 2],
  ["iii", 3],
  ["iv", 4],
]);

const QUARTERS: ListUnit = {
  item: new RegExp(String.raw`^(?:(?<head>quy|q) )?(?<n>iv|iii|ii|i|\d)${YEAR_TAIL}$`),
  last: (year, n) => {
    const q = ROMAN.get(n) ?? Number(n);
    return q >= 1 && q <= 4 ? lastDayOfQuarter(year, q) : null;
  },
  bareWithSlashYear: false,
};
const MONTHS: ListUnit = {
  item: new RegExp(String.raw`^(?:(?<head>thang|t) )?(?<n>\d{1,2})${YEAR_TAIL}$`),
  last: (year, n) => {
    const m = Number(n);
    return m >= 1 && m <= 12 ? lastDayOfMonth(year, m) : null;
  },
  bareWithSlashYear: true,
};

/** Reads a task's "Thời gian" cell into its deadline, or says it has none, needs the plan year, or cannot be read. */
export function readTime(v: CellValue, planYear: number | null): TimeReading {
  const text = cellText(v);
  const words = typeof v === "string" && text.length <= MAX_TIME_LENGTH ? wordsOf(text) : "";
  const ongoing = readOngoing(words);
  if (ongoing) return ongoing;
  const periods = typeof v === "number" ? numberPeriods(v) : v instanceof Date ? datePeriods(v) : readPeriods(words);
  return resolve(periods, isPlausibleYear(planYear) ? planYear : null, text);
}

// Dashes of every width count as "-"; words and numbers written together ("Q1", "T3") come apart.
function wordsOf(text: string): string {
  const ascii = foldAscii(text).replace(/[\u2010-\u2015\u2212]/g, "-");
  return (ascii.match(/[a-z]+|\d+|\S/g) ?? []).join(" ");
}

function readOngoing(words: string): TimeReading | null {
  if (ONGOING.test(words)) return { kind: "ongoing", years: [] };
  const from = FROM_YEAR_ON.exec(words);
  return from && isPlausibleYear(Number(from[1])) ? { kind: "ongoing", years: [Number(from[1])] } : null;
}

// Excel turns a typed "2025" into a number and a typed date into a serial.
function numberPeriods(n: number): Period[] | null {
  if (isPlausibleYear(n)) return [wholeYear(n)];
  const date = dateOfSerial(n);
  return date ? [onDay(date)] : null;
}

function datePeriods(d: Date): Period[] | null {
  const date = isoOfDate(d);
  return date ? [onDay(date)] : null;
}

function readPeriods(words: string): Period[] | null {
  const w = words.replace(AT_THE_LATEST, "");
  return readYears(w) ?? readHalfYear(w) ?? readDay(w) ?? readList(w, QUARTERS) ?? readList(w, MONTHS);
}

function readYears(w: string): Period[] | null {
  const span = YEAR_SPAN.exec(w);
  if (span) {
    const [from, to] = [Number(span[1]), Number(span[2])];
    if (!isPlausibleYear(from) || !isPlausibleYear(to) || from > to) return null;
    return Array.from({ length: to - from + 1 }, (_, i) => wholeYear(from + i));
  }
  const whole = WHOLE_YEAR.exec(w);
  return whole ? [wholeYear(yearIn(whole[1] ?? whole[2]))] : null;
}

function readHalfYear(w: string): Period[] | null {
  const half = HALF_YEAR.exec(w);
  if (!half) return null;
  const [month, day] = half[1] === "dau" ? [6, 30] : [12, 31];
  return [{ year: yearIn(half[2]), end: (year) => isoDate(year, month, day) }];
}

// Day before month, always: Vietnamese never writes month/day.
function readDay(w: string): Period[] | null {
  const numbers = DAY_NUMBERS.exec(w);
  const words = DAY_WORDS.exec(w);
  const [d, m, y] = numbers ? [numbers[1], numbers[3], numbers[4]] : words ? [words[1], words[2], words[3]] : [];
  return d ? [{ year: yearIn(y), end: (year) => validIsoDate(year, Number(m), Number(d)) }] : null;
}

function readList(w: string, unit: ListUnit): Period[] | null {
  const items = w
    .replace(/^trong /, "")
    .split(LIST_SEPARATOR)
    .map((item) => unit.item.exec(item)?.groups);
  const first = items[0];
  if (!first || !(first.head || (unit.bareWithSlashYear && first.slash))) return null;
  const periods: Period[] = [];
  for (const item of items) {
    if (!item) return null;
    periods.push({ year: yearIn(item.year), end: (year) => unit.last(year, item.n) });
  }
  return periods;
}

function resolve(periods: Period[] | null, planYear: number | null, text: string): TimeReading {
  const unknown: TimeReading = { kind: "unknown", text };
  if (!periods || periods.some((p) => p.year !== null && !isPlausibleYear(p.year))) return unknown;
  const years = yearsOf(periods, planYear ?? ANY_LEAP_YEAR);
  const ends = periods.map((p, i) => p.end(years[i]));
  if (!runsForward(ends)) return unknown;
  // Only trailing periods without a year of their own take the plan year.
  if (planYear === null && periods[periods.length - 1].year === null) return { kind: "needsYear", text };
  return {
    kind: "deadline",
    deadline: ends[ends.length - 1],
    years: [...new Set(years)].sort((a, b) => a - b),
    explicitYear: periods.some((p) => p.year !== null),
  };
}

// A period without its own year takes the next year written after it ("Quý I, II năm 2025"), else the plan year.
function yearsOf(periods: Period[], planYear: number): number[] {
  const years: number[] = [];
  let next = planYear;
  for (let i = periods.length - 1; i >= 0; i--) {
    next = periods[i].year ?? next;
    years[i] = next;
  }
  return years;
}

// The deadline is the last period named, which is only safe when the periods run forward ("Quý II, III", not "Quý III, I").
function runsForward(ends: (IsoDate | null)[]): ends is IsoDate[] {
  return ends.every((end, i) => end !== null && (i === 0 || end >= (ends[i - 1] ?? "")));
}

function wholeYear(year: number | null): Period {
  return { year, end: (y) => isoDate(y, 12, 31) };
}

function onDay(date: IsoDate): Period {
  return { year: yearOf(date), end: () => date };
}

function yearIn(digits: string | undefined): number | null {
  return digits === undefined ? null : Number(digits);
}
