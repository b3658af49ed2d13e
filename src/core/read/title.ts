import { gridValue, type SheetGrid } from "../model/grid";
import { cellText, foldAscii } from "../text/normalize";

/** The plan's title and year as read from the lines above the table. */
export interface TitleReading {
  title: string;
  year: number | null;
  yearSource: "title" | "date-line" | null;
}

/** Reads the title block above the header: the title ("KẾ HOẠCH …") and the plan year ("… năm 2024", or a date line). */
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
  // An explicit "Năm kế hoạch: 2024" line (written by the import) is the user's word on the year.
  for (const line of lines) {
    const m = /^nam ke hoach\b[^0-9]*((?:19|20|21)\d\d)\b/.exec(foldAscii(line));
    if (m) return { title, year: Number(m[1]), yearSource: "title" };
  }
  // The year in the title is the plan's; a date line ("Hải Phòng, ngày … năm 2024") only tells when it was signed.
  const titleYear = yearIn(title);
  if (titleYear) return { title, year: titleYear, yearSource: "title" };
  for (const line of lines) {
    const folded = foldAscii(line);
    if (/\bke hoach\b|\bchuong trinh\b|\bdanh muc\b/.test(folded) && !/\bcan cu\b/.test(folded)) {
      const y = yearIn(line);
      if (y) return { title, year: y, yearSource: "title" };
    }
  }
  for (const line of lines) {
    const m = /ngay\b.*\bthang\b.*\bnam\s+((?:19|20|21)\d\d)\b/.exec(foldAscii(line));
    if (m) return { title, year: Number(m[1]), yearSource: "date-line" };
  }
  return { title, year: null, yearSource: null };
}

function findTitle(lines: string[]): string {
  const folded = lines.map((l) => foldAscii(l));
  // Word drafts put "KẾ HOẠCH" alone on a line with the subject on the next one.
  const alone = folded.findIndex((l) => /^(ke hoach|chuong trinh|danh muc)\b/.test(l) && l.split(" ").length <= 3);
  if (alone >= 0) {
    // The subject that follows runs over several lines, each starting in lower case.
    const subject: string[] = [];
    for (let i = alone + 1; i < lines.length && /^[\p{Ll}\d(“"]/u.test(lines[i]) && subject.length < 4; i++)
      subject.push(lines[i]);
    return [lines[alone], ...subject].join(" ");
  }
  const named = folded.findIndex((l) => /^(ke hoach|chuong trinh|danh muc)\b/.test(l));
  if (named >= 0) return lines[named];
  const anyNamed = folded.findIndex((l) => /\b(ke hoach|chuong trinh|danh muc)\b/.test(l) && !/^can cu\b/.test(l));
  return anyNamed >= 0 ? lines[anyNamed] : "";
}

// "năm 2024" is the plan year; "giai đoạn 2021-2025" is not, so only a year after "năm" counts.
function yearIn(text: string): number | null {
  const m = /\bnam\s+((?:19|20|21)\d\d)\b/.exec(foldAscii(text));
  return m ? Number(m[1]) : null;
}
