import type { CellValue } from "../model/cell-value";
import { type IsoDate, dateOfSerial, isPlausibleYear, isoDate, isoOfDate, yearOf } from "../model/dates";
import { cellText } from "../text/normalize";
import { type Recurrence, readRecurrence } from "./recurrence";
import { type Period, type Phrase, readPhrase } from "./time-periods";
import { scanPhrases } from "./time-scan";
import { timeWords } from "./time-words";

export type TimeReading =
  | { kind: "deadline"; deadline: IsoDate; years: number[]; explicitYear: boolean }
  /** No single deadline; a recurring duty that names its day or month carries when it recurs. */
  | { kind: "ongoing"; years: number[]; recurrence?: Recurrence }
  /** The time cell says the work is finished ("Đã hoàn thành"): a status written where the time belongs. */
  | { kind: "done"; text: string }
  | { kind: "needsYear"; text: string }
  | { kind: "unknown"; text: string };

// A time cell longer than this is a paragraph, not a time; giving up early keeps huge cells cheap. Sentences that
// hold a date ("Ban hành … trong Quý II/2026. Đầu tư … trong Quý II/2026. Cập nhật thường xuyên") are far shorter.
const MAX_TIME_LENGTH = 1000;
// Without a plan year the text is still checked, in a leap year so that 29/2 stays readable until the year is known.
const ANY_LEAP_YEAR = 2000;

// The patterns below match the words of timeWords ("quy ii / 2024").
const ONGOING = /^(?:(?:nhiem vu )?thuong xuyen|dinh ky|(?:dinh ky )?hang (?:nam|quy|thang))$/;
// Words that make a duty ongoing wherever they stand in a sentence.
const ONGOING_WORDS = /(?:^| )(?:thuong xuyen|lien tuc|dinh ky|(?:hang|moi) (?:nam|quy|thang|tuan|ngay))(?: |$)/;
const FROM_YEAR_ON = /^(?:tu )?(?:nam )?(\d{4}) va (?:nhung|cac) nam tiep theo$/;
const DONE = /^(?:da (?:hoan thanh|thuc hien(?: xong)?|xong)|hoan thanh)$/;
// A text that stops on a joining word was cut short ("2025 và"): reading what is left would be a guess.
const CUT_SHORT = /(?:^| )(?:va|den|toi|tu|hoac|truoc|sau|trong|-|\/)$/;

// The days a time covers once its years are known, the years it covers, and whether any year was written.
interface Span {
  first: IsoDate;
  last: IsoDate;
  years: number[];
  explicitYear: boolean;
}

/** Reads a task's "Thời gian" cell into its deadline, or says it has none, is done, needs the plan year, or cannot be read. */
export function readTime(v: CellValue, planYear: number | null): TimeReading {
  const text = cellText(v);
  const year = isPlausibleYear(planYear) ? planYear : null;
  if (typeof v === "number") return fromPeriods(numberPeriods(v), year, text);
  if (v instanceof Date) return fromPeriods(datePeriods(v), year, text);
  if (typeof v !== "string" || text.length > MAX_TIME_LENGTH) return { kind: "unknown", text };
  return readWords(timeWords(v), year, text);
}

function readWords(w: string, planYear: number | null, text: string): TimeReading {
  const unknown: TimeReading = { kind: "unknown", text };
  if (w === "" || CUT_SHORT.test(w)) return unknown;
  if (DONE.test(w)) return { kind: "done", text };
  if (ONGOING.test(w)) return { kind: "ongoing", years: [] };
  const fromYearOn = FROM_YEAR_ON.exec(w);
  if (fromYearOn)
    return isPlausibleYear(Number(fromYearOn[1])) ? { kind: "ongoing", years: [Number(fromYearOn[1])] } : unknown;
  const phrase = readPhrase(w);
  if (phrase)
    return phrase.startOnly ? startOnly([phrase], planYear, text) : fromPeriods(phrase.periods, planYear, text);
  return readSentence(w, planYear, text);
}

// Longer text: the time phrases it holds decide. A dated step is the deadline even when the work goes on after it
// ("Hoàn thành … trong năm 2026. Định kỳ cập nhật …"); a start alone ("Từ tháng 5/2026, thường xuyên"), a recurring
// duty or an ongoing word makes the task ongoing; several dated steps give one deadline only when one of them spans
// all others ("Thực hiện trong giai đoạn 2026 - 2030. Trong đó … giai đoạn 2027 - 2030") or they all end together —
// two unrelated deadlines ("Quý I/2026 trình …; Quý III/2026 ban hành …") are left for a finding.
function readSentence(w: string, planYear: number | null, text: string): TimeReading {
  const unknown: TimeReading = { kind: "unknown", text };
  const found = scanPhrases(w);
  if (!found) return unknown;
  const standing = found.filter((f) => f.standalone).map((f) => f.phrase);
  const starts = standing.filter((p) => p.startOnly);
  const startSpans = starts.map((p) => spanOf(p.periods, planYear));
  const from = startSpans.find((s): s is Span => typeof s === "object" && s !== null)?.first ?? null;
  const recurring = readRecurrence(
    w,
    found.map((f) => f.phrase),
    from,
  );
  const ends = standing.filter((p) => !p.startOnly && !recurring?.anchors.includes(p));
  if (ends.length) return deadlineOf(ends, planYear, text);
  if (starts.length) return startOnly(starts, planYear, text, recurring?.recurrence);
  if (recurring) return { kind: "ongoing", years: [], recurrence: recurring.recurrence };
  return ONGOING_WORDS.test(w) ? { kind: "ongoing", years: [] } : unknown;
}

function deadlineOf(phrases: Phrase[], planYear: number | null, text: string): TimeReading {
  const spans: Span[] = [];
  for (const p of phrases) {
    const span = spanOf(p.periods, planYear);
    if (span === null) return { kind: "unknown", text };
    if (span === "needsYear") return { kind: "needsYear", text };
    spans.push(span);
  }
  const whole = spans.find((s) => spans.every((o) => s.first <= o.first && o.last <= s.last));
  if (!whole) return { kind: "unknown", text };
  return {
    kind: "deadline",
    deadline: whole.last,
    years: [...new Set(spans.flatMap((s) => s.years))].sort((a, b) => a - b),
    explicitYear: spans.some((s) => s.explicitYear),
  };
}

// "Từ quý II/2027": the work starts then and has no end, so it is ongoing from that year on.
function startOnly(phrases: Phrase[], planYear: number | null, text: string, recurrence?: Recurrence): TimeReading {
  const years: number[] = [];
  for (const p of phrases) {
    const span = spanOf(p.periods, planYear);
    if (span === null) return { kind: "unknown", text };
    if (span !== "needsYear") years.push(...span.years);
  }
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return recurrence ? { kind: "ongoing", years: sorted, recurrence } : { kind: "ongoing", years: sorted };
}

function fromPeriods(periods: Period[] | null, planYear: number | null, text: string): TimeReading {
  const span = periods ? spanOf(periods, planYear) : null;
  if (span === null) return { kind: "unknown", text };
  if (span === "needsYear") return { kind: "needsYear", text };
  return { kind: "deadline", deadline: span.last, years: span.years, explicitYear: span.explicitYear };
}

// The days the periods cover, null when they cannot be (an impossible day, a year out of range, periods that run
// backwards), or "needsYear" when the last of them has no year and the plan names none.
function spanOf(periods: Period[], planYear: number | null): Span | "needsYear" | null {
  if (periods.length === 0 || periods.some((p) => p.year !== null && !isPlausibleYear(p.year))) return null;
  const resolved = yearsOf(periods, planYear ?? ANY_LEAP_YEAR);
  const firsts = periods.map((p, i) => p.first(resolved[i]));
  const lasts = periods.map((p, i) => p.last(resolved[i]));
  if (!runsForward(lasts) || firsts.some((f) => f === null)) return null;
  // Only trailing periods without a year of their own take the plan year.
  if (planYear === null && periods[periods.length - 1].year === null) return "needsYear";
  const first = (firsts as IsoDate[]).reduce((a, b) => (b < a ? b : a));
  const last = lasts[lasts.length - 1];
  // Every year from the first day to the last: a range ("Từ quý III/2026 đến quý III/2030") covers the years between.
  const years = Array.from({ length: yearOf(last) - yearOf(first) + 1 }, (_, i) => yearOf(first) + i);
  return { first, last, years, explicitYear: periods.some((p) => p.year !== null) };
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

// Excel turns a typed "2025" into a number and a typed date into a serial.
function numberPeriods(n: number): Period[] | null {
  if (isPlausibleYear(n)) return [{ year: n, first: (y) => isoDate(y, 1, 1), last: (y) => isoDate(y, 12, 31) }];
  const date = dateOfSerial(n);
  return date ? [onDay(date)] : null;
}

function datePeriods(d: Date): Period[] | null {
  const date = isoOfDate(d);
  return date ? [onDay(date)] : null;
}

function onDay(date: IsoDate): Period {
  return { year: yearOf(date), first: () => date, last: () => date };
}
