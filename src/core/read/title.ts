import { gridValue, type SheetGrid } from "../model/grid";
import { cellText, foldAscii } from "../text/normalize";
import { planDate, titleYears } from "./plan-year";
import type { IsoDate } from "../model/dates";

/** The plan's title and year as read from the lines above the table. */
export interface TitleReading {
  title: string;
  year: number | null;
  yearSource: "title" | "date-line" | null;
  /** The first and last year the title names as the plan's own time ("giai đoạn 2026 - 2030"); null when it names none. */
  period: { first: number | null; last: number } | null;
  /** The day the plan was signed, from its own date line; null when the heading gives none. */
  date: IsoDate | null;
}

// Words a plan's title opens with.
const TITLE_WORD = /^(?:ke hoach|chuong trinh|danh muc)\b/;
// "Phụ lục", "PHỤ LỤC I", "Phụ lục số 2": the title of an appendix table stands on the lines after it.
const APPENDIX = /^phu luc(?: so)?(?: [ivxlc\d]+)?\.?$/;
// A bracketed note ("(Kèm theo Kế hoạch số …)") or a legal basis ("Căn cứ …") is never the title.
const NOT_TITLE = /^(?:\(|can cu\b)/;

/** Reads the title block above the header: the title ("KẾ HOẠCH …", an appendix's heading) and the plan year. */
export function readTitleBlock(
  grid: SheetGrid,
  top: number,
  headerTop: number,
  left: number,
  right: number,
): TitleReading {
  const lines: string[] = [];
  for (let r = top; r < headerTop; r++) {
    for (let c = left; c <= right; c++) {
      const t = cellText(gridValue(grid, r, c))
        .replace(/\*+/g, "")
        .trim();
      if (t) lines.push(t);
    }
  }
  const title = findTitle(lines);
  const named = titleYears(title);
  const date = planDate(lines);
  const period = named?.period ?? null;
  // An explicit "Năm kế hoạch: 2024" line (written by the import) is the user's word on the year.
  for (const line of lines) {
    const m = /^nam ke hoach\b[^0-9]*((?:19|20|21)\d\d)\b/.exec(foldAscii(line));
    if (m) return { title, year: Number(m[1]), yearSource: "title", period, date };
  }
  // The years the title names are the plan's; a date line only tells when it was signed.
  if (named) return { title, year: named.year, yearSource: "title", period, date };
  for (const line of lines) {
    const folded = foldAscii(line);
    const other = /\b(?:ke hoach|chuong trinh|danh muc)\b/.test(folded) && !NOT_TITLE.test(folded) && titleYears(line);
    if (other) return { title, year: other.year, yearSource: "title", period, date };
  }
  const signed = date === null ? null : Number(date.slice(0, 4));
  return { title, year: signed, yearSource: signed === null ? null : "date-line", period, date };
}

function findTitle(lines: string[]): string {
  const folded = lines.map((l) => foldAscii(l));
  // Word drafts put "KẾ HOẠCH" alone on a line with the subject on the next one.
  const alone = folded.findIndex((l) => TITLE_WORD.test(l) && l.split(" ").length <= 3);
  if (alone >= 0) {
    // The subject that follows runs over several lines, each starting in lower case.
    const subject: string[] = [];
    for (let i = alone + 1; i < lines.length && /^[\p{Ll}\d(“"]/u.test(lines[i]) && subject.length < 4; i++)
      subject.push(lines[i]);
    return [lines[alone], ...subject].join(" ");
  }
  const named = folded.findIndex((l) => TITLE_WORD.test(l));
  if (named >= 0) return lines[named];
  // An appendix: its heading runs from the line after "PHỤ LỤC" to the bracketed note on what it belongs to.
  const appendix = folded.findIndex((l) => APPENDIX.test(l));
  if (appendix >= 0) {
    const heading: string[] = [];
    for (let i = appendix + 1; i < lines.length && !NOT_TITLE.test(folded[i]) && heading.length < 4; i++)
      heading.push(lines[i]);
    if (heading.length) return heading.join(" ");
  }
  // A heading set in capitals right above the bracketed note on what the table belongs to.
  const note = folded.findIndex((l) => /^\(.*\bkem theo\b/.test(l));
  const capitals: string[] = [];
  for (let i = note - 1; i >= 0 && isCapitals(lines[i]) && !APPENDIX.test(folded[i]) && capitals.length < 4; i--)
    capitals.unshift(lines[i]);
  if (capitals.length) return capitals.join(" ");
  const anyNamed = folded.findIndex((l) => /\b(?:ke hoach|chuong trinh|danh muc)\b/.test(l) && !NOT_TITLE.test(l));
  return anyNamed >= 0 ? lines[anyNamed] : "";
}

function isCapitals(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters === letters.toLocaleUpperCase("vi");
}
