import fc from "fast-check";
import type { CellValue } from "../../src/core/model/cell-value";
import { planDate, titleYears } from "../../src/core/read/plan-year";

// The year of the day the date line gives.
const dateLineYear = (lines: string[]) => planDate(lines)?.slice(0, 4) ?? null;
import { readTitleBlock } from "../../src/core/read/title";

// The title block of a sheet whose header starts on the row after these lines.
function block(lines: CellValue[][]) {
  return readTitleBlock({ name: "Phụ lục", values: lines }, 1, lines.length + 1, 1, 4);
}

describe("the years a title names as the plan's own", () => {
  it.each([
    ["KẾ HOẠCH phối hợp thực hiện nhiệm vụ năm 2025", 2025, 2025, 2025],
    ["Kế hoạch phát triển kinh tế số giai đoạn 2025 - 2030", 2030, 2025, 2030],
    ["CHƯƠNG TRÌNH HÀNH ĐỘNG GIAI ĐOẠN 2026-2030", 2030, 2026, 2030],
    ["Chương trình thực hiện từ năm 2026 đến năm 2028", 2028, 2026, 2028],
    ["PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU ĐẾN NĂM 2030", 2030, null, 2030],
    ["Kế hoạch hành động giai đoạn 2026 - 2030, tầm nhìn đến năm 2045", 2030, 2026, 2030],
    ["Lịch phổ biến thông tin thống kê năm 2027 của Bộ", 2027, 2027, 2027],
    ["Kế hoạch năm 2026 thực hiện Chiến lược đến năm 2030", 2026, 2026, 2030],
    ["Kế hoạch thực hiện Kết luận số 210-KL/TW ngày 12 tháng 11 năm 2025, năm 2026", 2026, 2026, 2026],
  ])("%j → plan year %d, period %p–%p", (title, year, first, last) => {
    expect(titleYears(title)).toEqual({ year, period: { first, last } });
  });

  it.each([
    "Danh mục nhiệm vụ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị",
    "Nhiệm vụ thực hiện Chỉ thị số 52-CT/TW ngày 03/10/2025 của Ban Bí thư",
    "Kế hoạch phối hợp thực hiện nhiệm vụ",
    "Tầm nhìn đến năm 2045",
  ])("%j names no year of the plan's own: a cited document's date or a vision is not it", (title) => {
    expect(titleYears(title)).toBeNull();
  });
});

describe("the plan's own date line", () => {
  it.each([
    [["Hà Nội, ngày 24 tháng 11 năm 2025"], 2025],
    [["ngày 01/12/2025"], 2025],
    [["01/12/2025"], 2025],
    [["ngày 01 tháng 12 năm 2025"], 2025],
    [["Số: 12/KH-UBND Đà Nẵng, ngày 3 tháng 2 năm 2026"], 2026],
    [["TP. Hồ Chí Minh, ngày 1-12-2025"], 2025],
    [["Ủy ban nhân dân tỉnh", "Cộng hòa xã hội chủ nghĩa Việt Nam Hải Phòng, ngày 15 tháng 01 năm 2024"], 2024],
    [["(Kèm theo Kế hoạch số 179/KH-UBND ngày 18 tháng 11 năm 2025)"], 2025],
    // The plan's own line wins over a citation standing above it.
    [["Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024", "Hà Nội, ngày 05 tháng 01 năm 2025"], 2025],
  ])("%j → %d", (lines, year) => {
    expect(dateLineYear(lines)).toBe(String(year));
  });

  it.each([
    [["Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024"]],
    [["Hà Nội, ngày 32 tháng 13 năm 2025"]],
    [["Kế hoạch số: /KH-UBND ngày / /2025"]],
    [["Dữ liệu tính đến ngày 07/11/2025 theo báo cáo"]],
  ])("%j gives no year", (lines) => {
    expect(dateLineYear(lines)).toBeNull();
  });

  it("reads the date line however it is typed", () => {
    const place = fc.constantFrom("", "Hà Nội, ", "Thành phố Hồ Chí Minh, ", "Bắc Ninh, ", "Số: 144/KH-UBND ");
    const date = fc.constantFrom("ngày {d} tháng {m} năm {y}", "ngày {d}/{m}/{y}", "{d}/{m}/{y}", "ngày {d}.{m}.{y}");
    const letters = fc.constantFrom<(s: string) => string>(
      (s) => s,
      (s) => s.toLocaleUpperCase("vi"),
      (s) => s.normalize("NFD"),
      (s) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d"),
      (s) => s.replace(/ /g, "  "),
    );
    const day = fc.record({
      d: fc.integer({ min: 1, max: 28 }),
      m: fc.integer({ min: 1, max: 12 }),
      y: fc.integer({ min: 1950, max: 2150 }),
    });
    fc.assert(
      fc.property(place, date, letters, day, fc.boolean(), (p, f, write, { d, m, y }, pad) => {
        const two = (n: number) => (pad ? String(n).padStart(2, "0") : String(n));
        const line = `${p}${f.replace("{d}", two(d)).replace("{m}", two(m)).replace("{y}", String(y))}`;
        return dateLineYear([write(line)]) === String(y);
      }),
    );
  });
});

describe("readTitleBlock on the headings of real documents (unseen wordings)", () => {
  it("an appendix: the heading after 'PHỤ LỤC' is the title, and its own year is the plan's", () => {
    const r = block([
      ["ỦY BAN NHÂN DÂN TỈNH", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Số: 88/KH-UBND", null, "Ninh Bình, ngày 02 tháng 12 năm 2025"],
      ["PHỤ LỤC II"],
      ["DANH SÁCH NHIỆM VỤ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2028"],
      ["(Kèm theo Kế hoạch số 88/KH-UBND ngày 02 tháng 12 năm 2025 của UBND tỉnh)"],
    ]);
    expect(r).toEqual({
      date: "2025-12-02",
      title: "DANH SÁCH NHIỆM VỤ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2028",
      year: 2028,
      yearSource: "title",
      period: { first: 2026, last: 2028 },
    });
  });

  it("a title that only cites a dated document takes the year of the plan's own date line", () => {
    const r = block([
      ["BỘ Y TẾ"],
      ["Số: 5/QĐ-BYT", "Hà Nội, ngày 10 tháng 01 năm 2027"],
      ["Phụ lục"],
      ["NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT SỐ 20-NQ/TW NGÀY 25 THÁNG 10 NĂM 2026 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG"],
      ["(Ban hành kèm theo Quyết định số 5/QĐ-BYT ngày 10 tháng 01 năm 2027)"],
    ]);
    expect(r.title).toMatch(/^NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT/);
    expect(r).toMatchObject({ year: 2027, yearSource: "date-line", period: null });
  });

  it("a heading in capitals right above the 'kèm theo' note is the title, even without 'Kế hoạch' in it", () => {
    const r = block([
      ["BỘ TÀI CHÍNH"],
      ["Số: 77/QĐ-BTC", "Hà Nội, ngày 20 tháng 12 năm 2025"],
      [],
      ["LỊCH CÔNG BỐ SỐ LIỆU NĂM 2026"],
      ["(Ban hành kèm theo Quyết định số 77/QĐ-BTC ngày 20 tháng 12 năm 2025)"],
    ]);
    expect(r).toMatchObject({ title: "LỊCH CÔNG BỐ SỐ LIỆU NĂM 2026", year: 2026, yearSource: "title" });
  });

  it("no year anywhere: none, and no period", () => {
    expect(block([["KẾ HOẠCH"], ["phối hợp thực hiện nhiệm vụ"]])).toEqual({
      date: null,
      title: "KẾ HOẠCH phối hợp thực hiện nhiệm vụ",
      year: null,
      yearSource: null,
      period: null,
    });
  });
});
