import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import {
  convertLegacyText,
  detectLegacyEncoding,
  encodeLegacyText,
  fixLegacyText,
  LegacyEncoding,
} from "../../src/core/text/legacy-encoding";

// The project's own copies of the shared plans: the seed in assets/, the government plan in test/fixtures/.
const PROJECT_COPIES: Record<string, string> = {
  "seed/ke-hoach-phoi-hop-2024.txt": join(__dirname, "../../assets/ke-hoach-phoi-hop-2024.txt"),
  "real-plans/nq03-2025-phu-luc-ii.tsv": join(__dirname, "../fixtures/nq03-2025-phu-luc-ii.tsv"),
};
const sharedLines = (file: string): string[] =>
  readFileSync(PROJECT_COPIES[file], "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");

const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
/** The six tones of one syllable, the mark going on the character at `at` ("tương", 3 → tương tướng ... tượng). */
const allTones = (syllable: string, at: number): string =>
  TONES.map((t) => (syllable.slice(0, at + 1) + t + syllable.slice(at + 1)).normalize("NFC")).join(" ");

const LOWER_LETTERS = [..."aáàảãạăắằẳẵặâấầẩẫậeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵđ"];
const ALL_LETTERS = LOWER_LETTERS.concat(LOWER_LETTERS.map((l) => l.toUpperCase()));
const FILLER = [..." bcdghklmnpqrstvx0123456789,.-/“”–()"];

describe("code charts", () => {
  // Written out again from the charts (GNU libiconv tcvn.h for VN3, xvnkb vni.h for VNI) rather than
  // derived from the module's tables, so a slip in either transcription shows up here.
  const letters = "aáàảãạ ăắằẳẵặ âấầẩẫậ eéèẻẽẹ êếềểễệ iíìỉĩị oóòỏõọ ôốồổỗộ ơớờởỡợ uúùủũụ ưứừửữự yýỳỷỹỵ đ ĂÂÊÔƠƯĐ";
  const tcvn3 =
    "a\u00b8\u00b5\u00b6\u00b7\u00b9 \u00a8\u00be\u00bb\u00bc\u00bd\u00c6 \u00a9\u00ca\u00c7\u00c8\u00c9\u00cb " +
    "e\u00d0\u00cc\u00ce\u00cf\u00d1 \u00aa\u00d5\u00d2\u00d3\u00d4\u00d6 i\u00dd\u00d7\u00d8\u00dc\u00de " +
    "o\u00e3\u00df\u00e1\u00e2\u00e4 \u00ab\u00e8\u00e5\u00e6\u00e7\u00e9 \u00ac\u00ed\u00ea\u00eb\u00ec\u00ee " +
    "u\u00f3\u00ef\u00f1\u00f2\u00f4 \u00ad\u00f8\u00f5\u00f6\u00f7\u00f9 y\u00fd\u00fa\u00fb\u00fc\u00fe " +
    "\u00ae \u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7";
  const vni =
    "aaùaøaûaõaï aêaéaèaúaüaë aâaáaàaåaãaä eeùeøeûeõeï eâeáeàeåeãeä iíìæóò ooùoøoûoõoï oâoáoàoåoãoä " +
    "ôôùôøôûôõôï uuùuøuûuõuï ööùöøöûöõöï yyùyøyûyõî ñ AÊAÂEÂOÂÔÖÑ";

  it("writes every letter with its TCVN3 byte and reads it back", () => {
    expect(encodeLegacyText(letters, "tcvn3")).toBe(tcvn3);
    expect(convertLegacyText(tcvn3, "tcvn3")).toBe(letters);
  });

  it("writes every letter with its VNI sequence and reads it back", () => {
    expect(encodeLegacyText(letters, "vni")).toBe(vni);
    expect(convertLegacyText(vni, "vni")).toBe(letters);
  });

  it("writes VNI capitals with the capital mark bytes", () => {
    expect(encodeLegacyText("ÀẮẦÈẾÌỈĨỊÒỐỜÙỪỲỴĐ", "vni")).toBe("AØAÉAÀEØEÁÌÆÓÒOØOÁÔØUØÖØYØÎÑ");
  });

  it.each([
    ["Chñ tr×", "tcvn3", "Chủ trì"],
    ["Phèi hîp", "tcvn3", "Phối hợp"],
    ["chaøo", "vni", "chào"],
  ] as const)("agrees with the known sample %j (%s)", (legacy, encoding, unicode) => {
    expect(fixLegacyText(legacy)).toEqual({ text: unicode, encoding });
    expect(encodeLegacyText(unicode, encoding)).toBe(legacy);
  });
});

describe("round trips on whole sentences", () => {
  const sentences = [
    "Chủ trì",
    "Phối hợp",
    "Xây dựng kế hoạch phối hợp năm 2024",
    "Tổ chức Hội nghị tọa đàm “Xây dựng quan hệ lao động hài hòa ổn định và tiến bộ trong doanh nghiệp”",
    "Ban Quản lý Khu kinh tế Hải Phòng",
    "Liên đoàn Lao động thành phố",
    "Cả năm",
    "Chăm lo Tết cho công nhân lao động thành phố; nắm tình hình (về lương, thưởng, quà tết)",
    "Đẩy mạnh tuyên truyền, vận động người lao động trở lại làm việc",
    "Sở Lao động – Thương binh và Xã hội",
    "Nghị quyết số 57-NQ/TW ngày 22/12/2024",
    "Thường xuyên",
    "Hải Phòng, ngày 15 tháng 01 năm 2024",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "BAN DÂN VẬN THÀNH ỦY",
    "KẾ HOẠCH PHỐI HỢP",
    "thuở trước, người ta gửi rượu cho khuỷu tay",
    allTones("ta", 1),
    allTones("tăm", 1),
    allTones("tâm", 1),
    allTones("te", 1),
    allTones("tê", 1),
    allTones("ti", 1),
    allTones("to", 1),
    allTones("tô", 1),
    allTones("tơ", 1),
    allTones("tu", 1),
    allTones("tư", 1),
    allTones("ty", 1),
    allTones("tương", 2),
    allTones("tuôn", 2),
    allTones("trương", 3),
    allTones("đa", 1),
    allTones("Đa", 1),
  ];
  const both: LegacyEncoding[] = ["tcvn3", "vni"];
  const cases = sentences.flatMap((s) => both.map((e) => [s, e] as const));

  it.each(cases)("%j survives %s", (sentence, encoding) => {
    const legacy = encodeLegacyText(sentence, encoding);
    expect(legacy).not.toBe(sentence);
    expect(fixLegacyText(legacy)).toEqual({ text: sentence, encoding });
  });

  it.each(sentences.map((s) => [s.toUpperCase()]))("%j survives VNI and TCVN3 in capitals", (sentence) => {
    for (const encoding of both)
      expect(fixLegacyText(encodeLegacyText(sentence, encoding))).toEqual({ text: sentence, encoding });
  });

  it("leaves “Quý II, III” alone: its TCVN3 form is the Unicode text itself", () => {
    expect(encodeLegacyText("Quý II, III", "tcvn3")).toBe("Quý II, III");
    expect(detectLegacyEncoding("Quý II, III")).toBeNull();
    expect(fixLegacyText(encodeLegacyText("Quý II, III", "vni"))).toEqual({ text: "Quý II, III", encoding: "vni" });
  });
});

describe("capitals", () => {
  it("reads .VnTimeH headings (lowercase bytes drawn as capitals) as capitals", () => {
    expect(convertLegacyText("KÕ HO¹CH", "tcvn3")).toBe("KẾ HOẠCH");
    expect(convertLegacyText("CHñ TR×", "tcvn3")).toBe("CHỦ TRÌ");
    expect(convertLegacyText("Kh«ng thuéc CHñ §Ò", "tcvn3")).toBe("Không thuộc CHỦ Đề");
  });

  it("keeps a word with only a leading capital in title case", () => {
    expect(convertLegacyText("Së Y tÕ", "tcvn3")).toBe("Sở Y tế");
    expect(convertLegacyText("§µ N½ng", "tcvn3")).toBe("Đà Nẵng");
  });

  it("loses the case of a toned capital starting a word in TCVN3, which has no byte for it", () => {
    expect(encodeLegacyText("Ủy ban nhân dân", "tcvn3")).toBe("ñy ban nh©n d©n");
    expect(fixLegacyText("ñy ban nh©n d©n")).toEqual({ text: "ủy ban nhân dân", encoding: "tcvn3" });
    expect(fixLegacyText(encodeLegacyText("Ủy ban nhân dân", "vni"))).toEqual({
      text: "Ủy ban nhân dân",
      encoding: "vni",
    });
  });

  it("reads VNI capitalised by Excel's PROPER() (capital base, small mark) with the base letter's case", () => {
    expect(convertLegacyText("Ñaûng Coäng Saûn", "vni")).toBe("Đảng Cộng Sản");
    expect(convertLegacyText("Aøo AÙo", "vni")).toBe("Ào Áo");
    expect(convertLegacyText("ÑAÛNG", "vni")).toBe("ĐẢNG");
  });
});

describe("detectLegacyEncoding", () => {
  it("tells VNI from TCVN3 when both readings give syllables, by the one rewriting fewer valid words", () => {
    // TCVN3 would read "Chuỷ trỡ": both syllables, but "trì" was already a word.
    expect(fixLegacyText("Chuû trì")).toEqual({ text: "Chủ trì", encoding: "vni" });
    expect(fixLegacyText("Cô quan phoái hôïp")).toEqual({ text: "Cơ quan phối hợp", encoding: "vni" });
  });

  it("reads TCVN3 and VNI headings with abbreviations and initials", () => {
    expect(fixLegacyText("K/T TR¦ëNG BAN")).toEqual({ text: "K/T TRƯỞNG BAN", encoding: "tcvn3" });
    expect(fixLegacyText("UBND tØnh H¶i D­¬ng")).toEqual({ text: "UBND tỉnh Hải Dương", encoding: "tcvn3" });
  });

  it.each([
    "Chủ trì",
    "Hải Phòng",
    "Nghị quyết số 57-NQ/TW",
    "Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Thông tin và Truyền thông",
    "Tổ chức Hội nghị “Doanh nghiệp – Công đoàn” tại Hải Phòng",
    "Cà phê",
    "Quý I",
    "Tô Hoài",
    "Hoà Bình",
    "hài hoà",
    "Tè",
    "bé",
    "Phòng",
    "3×4",
    "3 × 4 m",
    "© 2024",
    "© 2024 UBND thành phố",
    "“Xây dựng” – 2024",
    "lienhe@haiphong.gov.vn",
    "https://haiphong.gov.vn/ke-hoach?nam=2024&quy=II",
    "1.250.000",
    "Chủ tr×",
    "",
    "   ",
  ])("takes the Unicode (or non-legacy) text %j for what it is", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(fixLegacyText(text)).toBeNull();
  });

  it.each([
    "café",
    "Señor Núñez",
    "Je ne sais pas où il est",
    "Il y a où",
    "São Paulo",
    "crème brûlée",
    "Müller und Söhne",
    "Größe",
    "naïve façade",
    "Noël à Paris",
    "« Bonjour »",
    "smørrebrød",
  ])("does not take French, Spanish or German %j for mojibake", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it.each([["seed/ke-hoach-phoi-hop-2024.txt"], ["real-plans/nq03-2025-phu-luc-ii.tsv"]])(
    "finds no legacy text in any line or cell of %s",
    (file) => {
      const lines = sharedLines(file);
      const cells = lines.flatMap((line) => line.split("\t"));
      expect(lines.length).toBeGreaterThan(40);
      for (const text of lines.concat(cells)) expect([text, detectLegacyEncoding(text)]).toEqual([text, null]);
    },
  );

  it("recognises the seed plan's cells once they are typed in TCVN3 or VNI", () => {
    const cells = sharedLines("seed/ke-hoach-phoi-hop-2024.txt").flatMap((line) => line.split("\t"));
    const wordy = cells.filter((c) => c.split(" ").length >= 2 && !/[A-Z]{3,}-/.test(c));
    for (const cell of wordy) {
      for (const encoding of ["tcvn3", "vni"] as const) {
        const legacy = encodeLegacyText(cell, encoding);
        if (legacy === cell) continue;
        const fixed = fixLegacyText(legacy);
        expect([cell, fixed?.encoding]).toEqual([cell, encoding]);
        // TCVN3 keeps no case for a toned capital opening a title-case word ("Ủy" comes back "ủy").
        if (encoding === "vni") expect(fixed?.text).toBe(cell);
        else expect(fixed?.text.toLowerCase()).toBe(cell.toLowerCase());
      }
    }
  });
});

describe("properties", () => {
  const latin1 = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((n) => String.fromCharCode(n)) });
  const anyText = fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), latin1);
  const vietnamese = (letters: string[]) =>
    fc.array(fc.constantFrom(...letters, ...FILLER), { maxLength: 40 }).map((cs) => cs.join(""));

  it("never throws, and converts to NFC", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        detectLegacyEncoding(text);
        fixLegacyText(text);
        for (const encoding of ["tcvn3", "vni"] as const) {
          const out = convertLegacyText(text, encoding);
          expect(out).toBe(out.normalize("NFC"));
        }
      }),
    );
  });

  it("reads back whatever VNI writes", () => {
    fc.assert(
      fc.property(vietnamese(ALL_LETTERS), (text) => {
        expect(convertLegacyText(encodeLegacyText(text, "vni"), "vni")).toBe(text);
      }),
    );
  });

  it("reads back whatever TCVN3 writes, up to the case of toned capitals", () => {
    fc.assert(
      fc.property(vietnamese(LOWER_LETTERS), (text) => {
        expect(convertLegacyText(encodeLegacyText(text, "tcvn3"), "tcvn3")).toBe(text);
      }),
    );
    fc.assert(
      fc.property(vietnamese(ALL_LETTERS), (text) => {
        expect(convertLegacyText(encodeLegacyText(text, "tcvn3"), "tcvn3").toLowerCase()).toBe(text.toLowerCase());
      }),
    );
  });

  const seedWords = [
    ...new Set(
      (
        sharedLines("seed/ke-hoach-phoi-hop-2024.txt")
          .join(" ")
          .match(/\p{L}+/gu) ?? []
      ).filter((w) => w === w.toLowerCase()),
    ),
  ];

  // From three words on there is enough evidence; a two-word cell whose both readings are syllables
  // ("tö sím": TCVN3 "tử sớm" or VNI "tư sím") can still be decided the wrong way.
  it("never reads a sentence of real words typed in TCVN3 or VNI with the wrong encoding", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...seedWords), { minLength: 3, maxLength: 10 }),
        fc.constantFrom<LegacyEncoding>("tcvn3", "vni"),
        (words, encoding) => {
          const sentence = words.join(" ");
          const fixed = fixLegacyText(encodeLegacyText(sentence, encoding));
          if (fixed !== null) expect(fixed).toEqual({ text: sentence, encoding });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("leaves Unicode Vietnamese written only with Latin-1 letters alone", () => {
    const words = "là và có cô bà mà nhà già trà tôi hòa hoà Phòng Tây Ninh Cà Mau phê ô tô bé tè bên nói thì mình";
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words.split(" "), "UBND", "2024", "–", "©", "×"), { maxLength: 12 }),
        (ws) => {
          expect(detectLegacyEncoding(ws.join(" "))).toBeNull();
        },
      ),
    );
  });
});
