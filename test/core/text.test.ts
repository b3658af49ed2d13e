import fc from "fast-check";
import { cellText, cleanText, compareVi, foldAscii, foldKey } from "../../src/core/text/normalize";

const anyText = fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }));
const nfd = (s: string) => s.normalize("NFD");

describe("cleanText", () => {
  it("tidies text pasted from Word: NBSP, zero-width characters, line breaks and stray spaces", () => {
    expect(cleanText("  Bộ\u00A0Công\u200B an \n")).toBe("Bộ Công an");
    expect(cleanText("Sở\tLao động -\r\nThương binh và Xã hội")).toBe("Sở Lao động - Thương binh và Xã hội");
    expect(cleanText("\uFEFFQuý I")).toBe("Quý I");
  });

  it("turns macOS decomposed text (NFD) into the composed form", () => {
    expect(cleanText(nfd("Phối hợp"))).toBe("Phối hợp");
  });

  it("keeps the joiner inside emoji such as 👩‍💻 but drops a joiner between letters", () => {
    expect(cleanText("Nhóm 👩\u200D💻 số")).toBe("Nhóm 👩\u200D💻 số");
    expect(cleanText("Phối\u200D hợp")).toBe("Phối hợp");
  });

  // The fast path claims text is clean by its character codes alone; it must agree with the exact rebuild.
  const reference = (s: string) =>
    s
      .replace(
        // eslint-disable-next-line no-misleading-character-class -- the same pattern as the code under test
        /[\u00AD\u200B\u200C\u2060\uFEFF]|(?<!\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?)\u200D/gu,
        "",
      )
      .normalize("NFC")
      // eslint-disable-next-line no-control-regex -- the same pattern as the code under test
      .replace(/[\s\u0000-\u001F\u007F-\u009F]+/g, " ")
      .trim();
  const vietnamese = fc.string({
    unit: fc.constantFrom(
      ..."aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ĐƯƠ\u00A0\u200B\u0301\u0323\t.,-()0123456789".split(
        "",
      ),
    ),
  });

  it("gives the same text as a full rebuild, for Vietnamese and for any text", () => {
    fc.assert(
      fc.property(fc.oneof(vietnamese, anyText), (s) => cleanText(s) === reference(s)),
      { numRuns: 3000 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.oneof(vietnamese, anyText), (s) => cleanText(cleanText(s)) === cleanText(s)),
      { numRuns: 1000 },
    );
  });
});

describe("foldKey", () => {
  it.each([
    ["hoà", "hòa"],
    ["uỷ", "ủy"],
    ["thuý", "thúy"],
    ["khoẻ", "khỏe"],
    ["Uỷ ban nhân dân thành phố", "Ủy ban nhân dân thành phố"],
    ["Đời sống văn hoá", "đời sống văn hóa"],
    ["Bộ Công An", "Bộ Công an"],
    ["Sở  KHCN ", "sở khcn"],
    [nfd("Ban Quản lý Khu kinh tế Hải Phòng"), "BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG"],
  ])("gives %j and %j the same key", (a, b) => {
    expect(foldKey(a)).toBe(foldKey(b));
  });

  it.each([
    ["mẫu", "mâu"],
    ["mẫu", "mẩu"],
    ["Bộ", "Bơ"],
    ["đoàn", "doàn"],
    ["Sở", "Số"],
  ])("keeps %j and %j apart (letter marks and tones both count)", (a, b) => {
    expect(foldKey(a)).not.toBe(foldKey(b));
  });

  it("never throws", () => {
    fc.assert(fc.property(anyText, (s) => typeof foldKey(s) === "string"));
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(anyText, (s) => foldKey(foldKey(s)) === foldKey(s)),
      { numRuns: 1000 },
    );
  });

  it("does not depend on the Unicode form", () => {
    fc.assert(
      fc.property(anyText, (s) => foldKey(nfd(s)) === foldKey(s)),
      { numRuns: 1000 },
    );
  });

  it("does not depend on tone placement in generated syllables", () => {
    const tone = fc.constantFrom("\u0300", "\u0301", "\u0303", "\u0309", "\u0323");
    fc.assert(
      fc.property(fc.constantFrom("oa", "oe", "uy", "uê"), tone, (pair, t) => {
        const onFirst = (pair[0] + t + pair.slice(1)).normalize("NFC");
        const onSecond = (pair + t).normalize("NFC");
        return foldKey(`h${onFirst}`) === foldKey(`h${onSecond}`);
      }),
    );
  });
});

describe("foldAscii", () => {
  it.each([
    ["Chủ trì", "chu tri"],
    ["PHỐI HỢP", "phoi hop"],
    ["Đã hoàn thành", "da hoan thanh"],
    [nfd("Định kỳ"), "dinh ky"],
    ["Quý II, III", "quy ii, iii"],
  ])("reads %j as %j", (s, ascii) => {
    expect(foldAscii(s)).toBe(ascii);
  });

  it("leaves no combining mark and no đ", () => {
    fc.assert(fc.property(anyText, (s) => !/[\p{M}đ]/u.test(foldAscii(s))));
  });

  it("is idempotent, even when a stray mark stood alone", () => {
    expect(foldAscii("Chủ \u0300 trì")).toBe("chu tri");
    fc.assert(
      fc.property(anyText, (s) => foldAscii(foldAscii(s)) === foldAscii(s)),
      { numRuns: 1000 },
    );
  });
});

describe("compareVi", () => {
  it("sorts agencies in Vietnamese order", () => {
    const names = ["Sở Tư pháp", "Ban Tuyên giáo", "Đài Phát thanh", "Bộ Y tế", "Ăn", "Dân vận", "An ninh"];
    expect([...names].sort(compareVi)).toEqual([
      "An ninh",
      "Ăn",
      "Ban Tuyên giáo",
      "Bộ Y tế",
      "Dân vận",
      "Đài Phát thanh",
      "Sở Tư pháp",
    ]);
  });

  it("sorts task numbers as numbers", () => {
    expect(["10", "2", "1a", "1"].sort(compareVi)).toEqual(["1", "1a", "2", "10"]);
  });
});

describe("cellText", () => {
  it("shows each kind of cell as the user sees it", () => {
    expect(cellText("  Quý\u00A0I ")).toBe("Quý I");
    expect(cellText(2025)).toBe("2025");
    expect(cellText(0.5)).toBe("0.5");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(null)).toBe("");
    expect(cellText(new Date(Date.UTC(2024, 5, 30)))).toBe("30/06/2024");
    expect(cellText(new Date(NaN))).toBe("");
  });
});
