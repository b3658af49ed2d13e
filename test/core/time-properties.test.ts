// Property tests over the time forms: each family written in every way people type it — case, no diacritics,
// decomposed Unicode, extra spaces, trailing stops, Roman or Arabic quarters, "Quí"/"Quý", "/", "-" or " năm " before
// the year — reads to the same deadline; and the invariants that hold across families.
import fc from "fast-check";
import { isoDate, lastDayOfMonth, lastDayOfQuarter } from "../../src/core/model/dates";
import { readTime, type TimeReading } from "../../src/core/read/time";

const year = fc.integer({ min: 1950, max: 2150 });
const planYear = fc.option(year, { nil: null });
const ROMAN = ["I", "II", "III", "IV"];

// How a text can be written without changing its meaning.
const writing = fc.record({
  letters: fc.constantFrom("as is", "upper", "lower", "no diacritics", "NFD"),
  spaces: fc.constantFrom(" ", "  ", "\u00A0", " \t "),
  edges: fc.constantFrom("", " ", "  "),
  stop: fc.constantFrom("", ".", " .", ".."),
});
type Writing = typeof writing extends fc.Arbitrary<infer W> ? W : never;

function written(text: string, w: Writing): string {
  const letters = {
    "as is": text,
    upper: text.toLocaleUpperCase("vi"),
    lower: text.toLocaleLowerCase("vi"),
    "no diacritics": text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D"),
    NFD: text.normalize("NFD"),
  }[w.letters];
  return `${w.edges}${letters.replace(/ /g, w.spaces)}${w.stop}${w.edges}`;
}

const quarterWord = fc.constantFrom("Quý", "quý", "Quí", "quí", "Qúy", "Q");
const quarter = fc
  .integer({ min: 1, max: 4 })
  .chain((q) => fc.tuple(fc.constant(q), fc.constantFrom(String(q), ROMAN[q - 1], ROMAN[q - 1].toLowerCase())));
const beforeYear = fc.constantFrom("/", "-", " - ", " – ", " năm ", " Năm ", ", năm ", "/ ");
const dash = fc.constantFrom("-", " - ", "- ", " – ", " đến ", " tới ");

const deadlineOf = (r: TimeReading) => (r.kind === "deadline" ? r.deadline : null);

describe("each form family, however it is written", () => {
  it("'Quý q/y' in all its spellings is the quarter's last day", () => {
    fc.assert(
      fc.property(quarterWord, quarter, beforeYear, year, planYear, writing, (word, [q, n], sep, y, plan, w) => {
        // "Q" runs into its number ("Q2/2026"), as people write it.
        const text = word === "Q" ? `Q${n}${sep}${y}` : `${word} ${n}${sep}${y}`;
        return deadlineOf(readTime(written(text, w), plan)) === lastDayOfQuarter(y, q);
      }),
    );
  });

  it("'Tháng m/y', 'Tháng m năm y' and a bare 'mm/y' are the month's last day", () => {
    const month = fc.integer({ min: 1, max: 12 });
    const form = fc.constantFrom("Tháng {m}/{y}", "Tháng {m} năm {y}", "tháng {m} - {y}", "{m}/{y}", "{mm}/{y}");
    fc.assert(
      fc.property(month, year, form, planYear, writing, (m, y, f, plan, w) => {
        const text = f.replace("{mm}", String(m).padStart(2, "0")).replace("{m}", String(m)).replace("{y}", String(y));
        return deadlineOf(readTime(written(text, w), plan)) === lastDayOfMonth(y, m);
      }),
    );
  });

  it("a bare year, 'Năm y' and 'Trong năm y' are the year's last day; 'Trước năm y' the last day of the year before", () => {
    const form = fc.constantFrom("{y}", "Năm {y}", "năm {y}", "Trong năm {y}", "Cuối năm {y}");
    fc.assert(
      fc.property(year, form, planYear, writing, (y, f, plan, w) => {
        const read = (text: string) => deadlineOf(readTime(written(text, w), plan));
        return (
          read(f.replace("{y}", String(y))) === isoDate(y, 12, 31) && read(`Trước năm ${y}`) === isoDate(y - 1, 12, 31)
        );
      }),
    );
  });

  it("'6 tháng đầu/cuối năm y' ends on 30/6 or 31/12", () => {
    fc.assert(
      fc.property(year, fc.boolean(), planYear, writing, (y, first, plan, w) => {
        const text = `6 tháng ${first ? "đầu" : "cuối"} năm ${y}`;
        return deadlineOf(readTime(written(text, w), plan)) === isoDate(y, first ? 6 : 12, first ? 30 : 31);
      }),
    );
  });

  it("'Trước ngày d/m/y' and 'ngày d tháng m năm y' are that day", () => {
    const form = fc.constantFrom(
      "Trước ngày {d}/{m}/{y}",
      "Chậm nhất ngày {d}/{m}/{y}",
      "Trước ngày {d} tháng {m} năm {y}",
      "{d}-{m}-{y}",
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        year,
        form,
        writing,
        (d, m, y, f, w) => {
          const text = f.replace("{d}", String(d)).replace("{m}", String(m)).replace("{y}", String(y));
          return deadlineOf(readTime(written(text, w), null)) === isoDate(y, m, d);
        },
      ),
    );
  });

  it("a condition in brackets changes nothing", () => {
    const condition = fc.constantFrom(
      "(nếu có)",
      "(theo yêu cầu của cấp có thẩm quyền)",
      "(sau khi Nghị định được ban hành)",
    );
    fc.assert(
      fc.property(quarter, year, condition, writing, ([q, n], y, c, w) => {
        return deadlineOf(readTime(written(`Quý ${n}/${y} ${c}`, w), null)) === lastDayOfQuarter(y, q);
      }),
    );
  });

  it("a sentence holding one dated step, then ongoing work, is due at that step", () => {
    const lead = fc.constantFrom(
      "Hoàn thành trong",
      "Trình Thủ tướng Chính phủ trong",
      "Ban hành trong",
      "Thực hiện trong",
    );
    const tail = fc.constantFrom(
      ". Định kỳ cập nhật (nếu có)",
      " và triển khai thường xuyên, liên tục",
      ", vận hành hằng năm",
      "",
    );
    fc.assert(
      fc.property(lead, quarter, year, tail, writing, (l, [q, n], y, t, w) => {
        return deadlineOf(readTime(written(`${l} quý ${n}/${y}${t}`, w), null)) === lastDayOfQuarter(y, q);
      }),
    );
  });
});

describe("invariants", () => {
  it("a range is due when its end is: years, quarters, and 'từ … đến …'", () => {
    const years = fc.tuple(year, fc.integer({ min: 0, max: 10 })).map(([a, n]) => [a, a + n] as const);
    const prefix = fc.constantFrom("", "Giai đoạn ", "giai đoạn ", "Từ năm ", "Từ ");
    fc.assert(
      fc.property(years, prefix, dash, writing, ([a, b], p, d, w) => {
        const range = readTime(written(`${p}${a}${d}${b}`, w), null);
        return deadlineOf(range) === deadlineOf(readTime(String(b), null)) && deadlineOf(range) === isoDate(b, 12, 31);
      }),
    );
    fc.assert(
      fc.property(
        quarter,
        quarter,
        year,
        fc.integer({ min: 1, max: 5 }),
        dash,
        fc.boolean(),
        writing,
        ([, n1], [q2, n2], y, gap, d, from, w) => {
          const end = `Quý ${n2}/${y + gap}`;
          const text = `${from ? "Từ q" : "Q"}uý ${n1}/${y}${d}${end}`;
          return (
            deadlineOf(readTime(written(text, w), null)) === lastDayOfQuarter(y + gap, q2) &&
            deadlineOf(readTime(end, null)) === lastDayOfQuarter(y + gap, q2)
          );
        },
      ),
    );
  });

  it("a recurring time never gives a deadline, whatever plan year", () => {
    const anchor = fc.constantFrom(
      "",
      "Trước ngày 20/11 ",
      "Tháng 10 ",
      "Quý I ",
      "Ngày 15/6 và 15/12 ",
      "Chậm nhất ngày 5/1 ",
    );
    const every = fc.constantFrom("hằng năm", "hàng năm", "Hằng năm", "HÀNG NĂM");
    const periodic = fc.constantFrom("Định kỳ 6 tháng", "Định kỳ hằng quý", "Định kỳ hằng tháng", "Ngày 25 hằng tháng");
    fc.assert(
      fc.property(anchor, every, periodic, fc.boolean(), planYear, writing, (a, e, p, yearly, plan, w) => {
        const read = readTime(written(yearly ? `${a}${e}` : p, w), plan);
        return read.kind === "ongoing";
      }),
    );
  });

  it("a start without an end is ongoing, never a deadline", () => {
    const start = fc.constantFrom(
      "Từ quý {n}/{y}",
      "Từ tháng 5/{y}, thường xuyên",
      "Triển khai từ năm {y} và thực hiện thường xuyên",
      "Sau năm {y}",
    );
    fc.assert(
      fc.property(start, quarter, year, planYear, writing, (s, [, n], y, plan, w) => {
        const read = readTime(written(s.replace("{n}", n).replace("{y}", String(y)), w), plan);
        return read.kind === "ongoing" && read.years.includes(y);
      }),
    );
  });

  it("adding a trailing '.' never changes the reading", () => {
    const text = fc.oneof(
      fc.constantFrom(
        "Quý II/2026",
        "Thường xuyên",
        "Hằng năm",
        "2026 - 2030",
        "Trước năm 2030",
        "Đã hoàn thành",
        "Sau Tết",
        "Tháng 10 hằng năm",
        "Quý III",
      ),
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.tuple(quarter, year).map(([[, n], y]) => `Hoàn thành trong quý ${n}/${y}. Định kỳ cập nhật`),
    );
    // Readings that quote the cell quote it as written, full stop included.
    const shape = (r: TimeReading) => ("text" in r ? { kind: r.kind } : r);
    fc.assert(
      fc.property(text, planYear, (t, plan) => {
        expect(shape(readTime(`${t}.`, plan))).toEqual(shape(readTime(t, plan)));
      }),
      { numRuns: 500 },
    );
  });
});
