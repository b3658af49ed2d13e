import fc from "fast-check";
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import type { CellValue } from "../../src/core/model/cell-value";
import type { Agency } from "../../src/core/model/plan";
import { buildRegistry, isGroupPhrase, splitAgencies } from "../../src/core/read/registry";

const names = (text: string, registry: Agency[] = []) => splitAgencies(text, registry).map((n) => n.written);

// Names no plan of the corpus contains: other provinces' departments, other ministries and bodies.
const HEADS = ["Bộ", "Sở", "Cục", "Tổng cục", "Ban", "Trung tâm", "Viện", "Công an", "Đài", "Ngân hàng", "Thanh tra"];
const CAPITAL = ["Tài", "Khoa", "Tư", "Y", "Nội", "Ngoại", "Xây", "Giáo", "Văn", "Nông", "Kế", "Quốc", "Lao", "Thi"];
const LOWER = ["chính", "học", "nghệ", "pháp", "tế", "vụ", "giao", "dựng", "dục", "hóa", "nghiệp", "hoạch", "động"];
const PLACES = ["Lào Cai", "Cà Mau", "Quảng Trị", "Gia Lai", "Hưng Yên", "Tây Ninh"];
const name = fc
  .record({
    head: fc.constantFrom(...HEADS),
    first: fc.constantFrom(...CAPITAL),
    rest: fc.array(fc.constantFrom(...LOWER), { minLength: 1, maxLength: 2 }),
    // "Bộ Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ": commas and "và" inside a name.
    tail: fc.constantFrom("", " và Công nghệ", ", Thể thao và Du lịch", " và Đào tạo", ", Tài chính", " - Khen thưởng"),
    place: fc.option(fc.constantFrom(...PLACES), { nil: undefined }),
  })
  .map(({ head, first, rest, tail, place }) => `${head} ${first} ${rest.join(" ")}${tail}${place ? ` ${place}` : ""}`);
const group = fc.constantFrom(
  "các bộ, ngành liên quan",
  "Các sở, ban, ngành",
  "UBND các huyện, thị xã, thành phố",
  "Ủy ban nhân dân các xã, phường, thị trấn",
  "Các Trường Đại học, Cao đẳng trên địa bàn tỉnh",
  "các cơ quan, đơn vị có liên quan",
  "Các doanh nghiệp bưu chính, viễn thông",
  "những tổ chức khác",
);
const entry = fc.oneof({ arbitrary: name, weight: 3 }, { arbitrary: group, weight: 1 });
// Every way plans separate agencies; "," and "và" only before a name or group that starts a new agency.
const separator = fc.constantFrom(";", "; ", " ;", "\n", "\r\n", ", ", " và ", "\n- ", ";\n+ ", " • ", "\n• ");
const ending = fc.constantFrom("", ".", ";", " ", ". ", ";\n", ".\n");
const bullet = fc.constantFrom("", "- ", "+ ", "• ");

function join(entries: string[], seps: string[], lead: string, end: string): string {
  return lead + entries.map((e, k) => (k === 0 ? e : seps[k - 1] + e)).join("") + end;
}

const cell = fc.array(entry, { minLength: 1, maxLength: 5 }).chain((entries) =>
  fc.record({
    entries: fc.constant(entries),
    seps: fc.array(separator, { minLength: entries.length, maxLength: entries.length }),
    lead: bullet,
    end: ending,
  }),
);

describe("splitAgencies: properties", () => {
  it("joining agency names with any separator form and splitting gives the names back", () => {
    fc.assert(
      fc.property(cell, ({ entries, seps, lead, end }) => {
        expect(names(join(entries, seps, lead, end))).toEqual(entries);
      }),
    );
  });

  it("trailing punctuation and spaces never change the result", () => {
    fc.assert(
      fc.property(cell, ending, ({ entries, seps, lead }, end) => {
        expect(names(join(entries, seps, lead, end))).toEqual(names(join(entries, seps, lead, "")));
      }),
    );
  });

  it("decomposed (NFD) text, as pasted on macOS, gives the same agencies", () => {
    fc.assert(
      fc.property(cell, ({ entries, seps, lead, end }) => {
        const text = join(entries, seps, lead, end);
        expect(names(text.normalize("NFD"))).toEqual(names(text));
      }),
    );
  });

  it("a name holding a comma or 'và' before a head word survives when the registry knows it", () => {
    fc.assert(
      fc.property(name, name, fc.constantFrom(" và ", ", "), name, separator, (a, b, inner, other, sep) => {
        const whole = `${a}${inner}${b}`;
        const registry = buildRegistry([whole, other]);
        expect(names(`${whole}${sep}${other}`, registry)).toEqual([whole, other]);
        expect(names(`${other}${sep}${whole}`, registry)).toEqual([other, whole]);
      }),
    );
  });
});

describe("splitAgencies: names and separators not in the corpus", () => {
  it("keeps names with commas and 'và' whole and splits where a new agency starts", () => {
    expect(names("Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh, Sở Tài nguyên và Môi trường")).toEqual([
      "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh",
      "Sở Tài nguyên và Môi trường",
    ]);
    expect(names("Vụ Kế hoạch, Tài chính; Vụ Tổ chức cán bộ")).toEqual(["Vụ Kế hoạch, Tài chính", "Vụ Tổ chức cán bộ"]);
    expect(names("Bộ Lao động - Thương binh và Xã hội và các tỉnh, thành phố")).toEqual([
      "Bộ Lao động - Thương binh và Xã hội",
      "các tỉnh, thành phố",
    ]);
    expect(names("Cục Tiền lương và Bảo hiểm xã hội, BHXH Việt Nam, VTV")).toEqual([
      "Cục Tiền lương và Bảo hiểm xã hội",
      "BHXH Việt Nam",
      "VTV",
    ]);
    expect(names("Tòa án nhân dân tỉnh Gia Lai và Viện Kiểm sát nhân dân tỉnh Gia Lai")).toEqual([
      "Tòa án nhân dân tỉnh Gia Lai",
      "Viện Kiểm sát nhân dân tỉnh Gia Lai",
    ]);
  });

  it("keeps group phrases whole, and ends them where a named body or a group of its own starts", () => {
    expect(names("Các sở, ngành, đoàn thể tỉnh, Ủy ban nhân dân các huyện, thị xã")).toEqual([
      "Các sở, ngành, đoàn thể tỉnh",
      "Ủy ban nhân dân các huyện, thị xã",
    ]);
    expect(names("Các bộ, ngành và địa phương")).toEqual(["Các bộ, ngành và địa phương"]);
    expect(names("Các sở, ngành và doanh nghiệp, tổ chức liên quan")).toEqual([
      "Các sở, ngành",
      "doanh nghiệp, tổ chức liên quan",
    ]);
    expect(names("Bộ Quốc phòng, đơn vị, tổ chức khác, cơ sở giáo dục nghề nghiệp")).toEqual([
      "Bộ Quốc phòng",
      "đơn vị, tổ chức khác",
      "cơ sở giáo dục nghề nghiệp",
    ]);
  });

  it("recognises group phrases by meaning", () => {
    for (const g of [
      "Các sở, ngành, đoàn thể tỉnh",
      "những cơ quan có liên quan",
      "Ủy ban nhân dân các huyện, thị xã, thành phố",
      "Ủy ban nhân dân cấp huyện",
      "Các tổ chức tín dụng trên địa bàn",
      "cơ sở giáo dục nghề nghiệp",
      "Sở, ngành, địa phương",
    ])
      expect([g, isGroupPhrase(g)]).toEqual([g, true]);
    for (const a of [
      "Bộ Tài chính",
      "Sở Giáo dục và Đào tạo",
      "Ban Quản lý các khu chế xuất và công nghiệp",
      "Công an tỉnh",
      "Tổ chức Y tế Thế giới",
    ])
      expect([a, isGroupPhrase(a)]).toEqual([a, false]);
  });

  it("takes a role phrase after a name off the name, keeping the reading with it", () => {
    const read = (text: string) => splitAgencies(text, []).map((n) => [n.written, n.raw]);
    expect(read("Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng, Bộ Ngoại giao")).toEqual([
      ["Bộ Công an", "Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng, Bộ Ngoại giao"],
    ]);
    expect(read("Sở Nội vụ (chủ trì); Sở Tư pháp")).toEqual([
      ["Sở Nội vụ", "Sở Nội vụ (chủ trì)"],
      ["Sở Tư pháp", "Sở Tư pháp"],
    ]);
    expect(read("UBND cấp huyện tham mưu, đề xuất, Sở Xây dựng")).toEqual([
      ["UBND cấp huyện", "UBND cấp huyện tham mưu, đề xuất"],
      ["Sở Xây dựng", "Sở Xây dựng"],
    ]);
    // Verbs that belong to a name: capitalised after the head word, or a noun such as "công trình".
    expect(names("Vụ Tổng hợp; Ban Quản lý dự án công trình giao thông")).toEqual([
      "Vụ Tổng hợp",
      "Ban Quản lý dự án công trình giao thông",
    ]);
  });

  it("splits two agencies written with no separator and marks the second; a unit and its parent stay one", () => {
    const read = (text: string) => splitAgencies(text, []).map((n) => [n.written, n.unseparated]);
    expect(read("Bộ Tài chính Bộ Kế hoạch và Đầu tư")).toEqual([
      ["Bộ Tài chính", false],
      ["Bộ Kế hoạch và Đầu tư", true],
    ]);
    expect(read("Sở Nội vụ tỉnh Cà Mau cơ quan, đơn vị có liên quan")).toEqual([
      ["Sở Nội vụ tỉnh Cà Mau", false],
      ["cơ quan, đơn vị có liên quan", true],
    ]);
    for (const one of [
      "Phòng Cảnh sát kinh tế Công an tỉnh",
      "Vụ Pháp chế Bộ Tư pháp",
      "Các đơn vị thuộc Bộ Quốc phòng",
      "UBND thành phố Hải Phòng",
      "Cục Phát triển doanh nghiệp",
      "Văn phòng UBND tỉnh Tây Ninh",
    ])
      expect(names(one)).toEqual([one]);
  });
});

const header: CellValue[] = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];
const plan = (rows: CellValue[][]) => ({
  sheets: [{ name: "KH", values: [["KẾ HOẠCH năm 2025"], [], header, ...rows] }],
});

describe("agency lists in a plan", () => {
  it("agency-separator-missing names both agencies and offers a ';' between them", () => {
    const a = analyseWorkbook(
      plan([["1", "Việc một", "Sở Tư pháp", "Sở Nội vụ Sở Tài chính; UBND các huyện", "Quý II"]]),
      { asOf: "2025-05-01" },
    )!;
    expect(a.plan.tasks[0].coordinators).toEqual(["Sở Nội vụ", "Sở Tài chính", "UBND các huyện"]);
    const f = a.findings.filter((x) => x.rule === "agency-separator-missing");
    expect(f.map((x) => [x.cell, x.severity, x.fix])).toEqual([
      [
        "D4",
        "warning",
        {
          kind: "setCell",
          sheet: "KH",
          cell: "D4",
          from: "Sở Nội vụ Sở Tài chính; UBND các huyện",
          to: "Sở Nội vụ; Sở Tài chính; UBND các huyện",
        },
      ],
    ]);
    expect(f[0].message.vi).toContain('"Sở Nội vụ" và "Sở Tài chính"');
  });

  it("two spellings of one department are one registry agency, the rarer reported as an alias", () => {
    const a = analyseWorkbook(
      plan([
        ["1", "Việc một", "Sở Tài chính", "Sở Xây dựng", "Quý II"],
        ["2", "Việc hai", "Sở Tài chính", "Sở Tài Chính; Sở Xây dựng", "Quý III"],
        ["3", "Việc ba", "Sở Tài Chính", "Sở Xây dựng", "Quý IV"],
        ["4", "Việc bốn", "Sở Tài chính", "Sở Xây dựng", "Quý IV"],
      ]),
      { asOf: "2025-05-01" },
    )!;
    expect(a.plan.agencies.map((x) => x.name)).toEqual(["Sở Tài chính", "Sở Xây dựng"]);
    expect(a.plan.tasks[2].lead).toBe("Sở Tài chính");
    expect(a.findings.filter((f) => f.rule === "agency-alias").map((f) => f.cell)).toEqual(["D5", "C6"]);
    expect(a.findings.filter((f) => f.rule === "lead-also-coordinator").map((f) => f.cell)).toEqual(["D5"]);
  });
});
