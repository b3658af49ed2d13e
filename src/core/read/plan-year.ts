// The plan's year as the lines above its table state it: the years its title names as its own time ("năm 2025",
// "giai đoạn 2025 - 2030", "đến năm 2030"), else the date it was signed ("Hà Nội, ngày 24 tháng 11 năm 2025").
import { isPlausibleYear, validIsoDate, type IsoDate } from "../model/dates";
import { foldAscii } from "../text/normalize";

/** The years a title names as the plan's own time: a year, a span ("giai đoạn 2026 - 2030") or an end ("đến năm 2030"). */
export interface TitleYears {
  /** The plan year the title gives: its one year ("năm 2025"), else the end of its span or of "đến năm …". */
  year: number;
  /** The first and last year named; first is null when only an end is ("đến năm 2030"). */
  period: { first: number | null; last: number };
}

const YEAR = String.raw`((?:19|20|21)\d\d)`;
// A full date in a title belongs to a document it cites ("Kết luận số 210-KL/TW ngày 12 tháng 11 năm 2025"), never to
// the plan, whose own date stands on its date line.
const FULL_DATE = new RegExp(String.raw`\bngay\s*\d{1,2}\s*(?:thang\s*|[/.-]\s*)\d{1,2}\s*(?:nam\s*|[/.-]\s*)${YEAR}`);
// A vision ("tầm nhìn đến năm 2045") looks past the plan.
const VISION = new RegExp(String.raw`\btam nhin(?:\s+(?:den|toi))?(?:\s+nam)?\s+${YEAR}`);
const SPAN = new RegExp(
  String.raw`\b(?:giai doan|thoi ky|nhiem ky|tu nam|tu|nam)\s+${YEAR}\s*(?:-|–|den(?:\s+nam)?)\s*${YEAR}\b`,
);
const UNTIL = new RegExp(String.raw`\b(?:den|toi)(?:\s+het)?\s+nam\s+${YEAR}\b`);
const ONE_YEAR = new RegExp(String.raw`\bnam\s+${YEAR}\b`);
const DATE = String.raw`(\d{1,2})\s*(?:thang\s*|[/.-]\s*)(\d{1,2})\s*(?:nam\s*|[/.-]\s*)(\d{4})`;
// The plan's own date line: "[Số: 144/KH-UBND] [Bắc Ninh,] [ngày] 24 tháng 11 năm 2025" and nothing else.
const OWN_DATE_LINE = new RegExp(
  String.raw`^(?:so\s*:?\s*\S*\s+)?(?:[a-z][a-z .]{0,40},\s*)?(?:ngay\s+)?${DATE}\s*\.?$`,
);
// A place and a date inside a longer line ("… Hải Phòng, ngày 15 tháng 01 năm 2024 …").
const PLACE_DATE = new RegExp(String.raw`(?:^|\s)[a-z][a-z .]{0,40},\s*ngay\s+${DATE}`);
// The appendix's note on the document it belongs to ("(Kèm theo Kế hoạch số 179/KH-UBND ngày 18 tháng 11 năm 2025)").
const ATTACHED_TO = new RegExp(String.raw`\bkem theo\b.*\bngay\s+${DATE}`);

/** The years a title names as the plan's own time, citations and visions aside; null when it names none. */
export function titleYears(title: string): TitleYears | null {
  const t = without(without(foldAscii(title), FULL_DATE), VISION);
  const span = SPAN.exec(t);
  const until = UNTIL.exec(t);
  // "năm 2025" on its own (not the end of "đến năm 2030") is a one-year plan's year.
  const one = ONE_YEAR.exec(without(without(t, SPAN), UNTIL));
  const spanYears = span && Number(span[1]) <= Number(span[2]) ? [Number(span[1]), Number(span[2])] : null;
  const years = [one && Number(one[1]), ...(spanYears ?? []), until && Number(until[1])].filter(
    (y): y is number => y !== null,
  );
  if (!years.length) return null;
  const year = one ? Number(one[1]) : spanYears ? spanYears[1] : Number(until![1]);
  const first = one || spanYears ? Math.min(...years) : null;
  return { year, period: { first, last: Math.max(...years) } };
}

/** The day the plan was signed, from its own date line in any written form, else from the note on the document it is attached to. */
export function planDate(lines: string[]): IsoDate | null {
  const folded = lines.map((l) => foldAscii(l));
  for (const pattern of [OWN_DATE_LINE, PLACE_DATE, ATTACHED_TO]) {
    for (const line of folded) {
      const m = pattern.exec(line);
      const day = m && isPlausibleYear(Number(m[3])) && validIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
      if (day) return day;
    }
  }
  return null;
}

// The text with every match of the pattern blanked out.
function without(text: string, pattern: RegExp): string {
  return text.replace(new RegExp(pattern.source, "g"), " ");
}
