// The registry sheet's optional contact columns: read back with zod, bad or missing addresses are findings (never a
// crash), and registries written before the columns existed read as before.
import fc from "fast-check";
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import type { CellValue } from "../../src/core/model/cell-value";
import type { WorkbookGrids } from "../../src/core/model/grid";
import { readEmails } from "../../src/core/read/registry-contacts";
import { readRegistrySheet } from "../../src/core/read/registry-sheet";
import { registrySheetSpec } from "../../src/core/sheets/registry-sheet";
import type { SpecCell } from "../../src/core/sheets/spec";
import { seedWorkbook, SEED_AGENCIES } from "../helpers/seed";

const asOf = "2024-06-30";
const [DAN_VAN, KKT, LABOUR] = SEED_AGENCIES;

// The seed plan with a registry sheet of the given header and rows (header on row 3).
function seedWith(header: CellValue[], rows: CellValue[][]): WorkbookGrids {
  return {
    sheets: [
      ...seedWorkbook().sheets,
      { name: "Danh mục cơ quan", values: [["Danh mục cơ quan"], [], header, ...rows] },
    ],
  };
}

const FULL_HEADER = ["Tên cơ quan", "Tên viết tắt", "Tên khác", "Nhóm cơ quan", "Người liên hệ", "Email"];
const contactFindings = (wb: WorkbookGrids) =>
  analyseWorkbook(wb, { asOf })!.findings.filter((f) => f.rule.startsWith("agency-email"));

describe("registry contacts", () => {
  it("reads the person and the valid addresses onto the plan's agencies", () => {
    const wb = seedWith(FULL_HEADER, [
      [DAN_VAN, null, null, "không", "Nguyễn Văn An", "danvan@haiphong.gov.vn"],
      [KKT, null, null, "không", null, "Ban KKT <kkt@haiphong.gov.vn>; vanthu.kkt@haiphong.gov.vn"],
      [LABOUR, null, null, "không", "Trần Thị Bình", "ldld@haiphong.gov.vn"],
    ]);
    const a = analyseWorkbook(wb, { asOf })!;
    const contact = (name: string) => a.plan.agencies.find((x) => x.name === name)!.contact;
    expect(contact(DAN_VAN)).toEqual({
      person: "Nguyễn Văn An",
      emailText: "danvan@haiphong.gov.vn",
      emails: ["danvan@haiphong.gov.vn"],
    });
    expect(contact(KKT)!.emails).toEqual(["kkt@haiphong.gov.vn", "vanthu.kkt@haiphong.gov.vn"]);
    expect(contact(KKT)!.person).toBeNull();
    expect(a.findings.filter((f) => f.rule.startsWith("agency-email"))).toEqual([]);
  });

  it("reports an address that is not one, at its cell, and keeps the agency's valid ones", () => {
    const wb = seedWith(FULL_HEADER, [
      [DAN_VAN, null, null, "không", null, "danvan@haiphong.gov.vn; danvan haiphong"],
      [KKT, null, null, "không", null, "kkt@haiphong.gov.vn"],
      [LABOUR, null, null, "không", null, "kkt@haiphong.gov.vn"],
    ]);
    const f = contactFindings(wb);
    expect(f.map((x) => [x.rule, x.severity, x.cell])).toEqual([["agency-email-invalid", "warning", "F4"]]);
    expect(f[0].message.vi).toContain('"danvan haiphong"');
    expect(f[0].message.en).toContain("Danh mục cơ quan!F4");
    expect(readRegistrySheet(wb)!.find((x) => x.name === DAN_VAN)!.contact!.emails).toEqual(["danvan@haiphong.gov.vn"]);
  });

  it("reports agencies without an email once the column is in use, but not group phrases", () => {
    const wb = seedWith(FULL_HEADER, [
      [DAN_VAN, null, null, "không", "Nguyễn Văn An", ""],
      [KKT, null, null, "không", null, "kkt@haiphong.gov.vn"],
      [LABOUR, null, null, "không", null, null],
      ["Các cơ quan liên quan", null, null, "có", null, null],
    ]);
    expect(contactFindings(wb).map((x) => [x.rule, x.severity, x.cell])).toEqual([
      ["agency-email-missing", "info", "F4"],
      ["agency-email-missing", "info", "F6"],
    ]);
  });

  it("says nothing of an email column nobody has filled yet, as the import writes it", () => {
    const wb = seedWith(FULL_HEADER, [
      [DAN_VAN, null, null, "không", "Nguyễn Văn An", null],
      [KKT, null, null, "không", null, null],
      [LABOUR, null, null, "không", null, null],
    ]);
    expect(contactFindings(wb)).toEqual([]);
  });

  it("finds the columns by their words wherever they stand", () => {
    const wb = seedWith(
      ["Tên cơ quan", "Tên viết tắt", "Tên khác", "Nhóm cơ quan", "Thư điện tử", "Cán bộ đầu mối"],
      [[DAN_VAN, null, null, "không", "dv@hp.gov.vn", "Lê Văn Cường"]],
    );
    expect(readRegistrySheet(wb)![0].contact).toEqual({
      person: "Lê Văn Cường",
      emailText: "dv@hp.gov.vn",
      emails: ["dv@hp.gov.vn"],
    });
  });

  it("reads a registry written before the contact columns as before, with no contact and no finding", () => {
    const wb = seedWith(
      ["Tên cơ quan", "Tên viết tắt", "Tên khác", "Nhóm cơ quan"],
      [[DAN_VAN, "DVTU", null, "không"]],
    );
    expect(readRegistrySheet(wb)).toEqual([{ name: DAN_VAN, short: "DVTU", aliases: [], group: false }]);
    expect(contactFindings(wb)).toEqual([]);
  });

  it("writes the contact columns back as typed, an invalid address included", () => {
    const agencies = [
      {
        name: DAN_VAN,
        short: null,
        aliases: [],
        group: false,
        contact: { person: "An", emailText: "sai địa chỉ", emails: [] },
      },
      { name: KKT, short: null, aliases: [], group: false },
    ];
    const spec = registrySheetSpec(agencies);
    const text = (c: SpecCell): CellValue =>
      c !== null && typeof c === "object" && "text" in c ? c.text || null : null;
    const wb: WorkbookGrids = { sheets: [{ name: spec.name, values: spec.rows.map((r) => r.map(text)) }] };
    const back = readRegistrySheet(wb)!;
    expect(back.find((a) => a.name === DAN_VAN)!.contact).toEqual({
      person: "An",
      emailText: "sai địa chỉ",
      emails: [],
    });
    expect(back.find((a) => a.name === KKT)!.contact).toEqual({ person: null, emailText: "", emails: [] });
  });
});

describe("readEmails", () => {
  const local = fc.stringMatching(/^[a-z0-9]([a-z0-9._-]{0,10}[a-z0-9])?$/).filter((s) => !s.includes(".."));
  const domain = fc.tuple(fc.stringMatching(/^[a-z0-9]{1,10}$/), fc.constantFrom("gov.vn", "vn", "com", "org.vn"));
  const address = fc.tuple(local, domain).map(([l, [d, tld]]) => `${l}@${d}.${tld}`);

  it("gives back every address of a list, whatever the separators and spaces, with nothing invalid", () => {
    fc.assert(
      fc.property(
        fc.array(address, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(";", ",", "; ", " ;\n"),
        (list, sep) => {
          expect(readEmails(list.join(sep))).toEqual({ emails: list, invalid: [] });
        },
      ),
    );
  });

  it("takes the address out of a mail program's 'Name <address>' form", () => {
    fc.assert(
      fc.property(address, fc.constantFrom("Văn thư", "Nguyễn Văn A", "Phòng TH"), (a, name) => {
        expect(readEmails(`${name} <${a}>`).emails).toEqual([a]);
      }),
    );
  });

  it("never takes text without an @ or with spaces inside for an address", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).filter((s) => !s.includes("@") && /[^\s;,]/.test(s)),
        (s) => {
          const r = readEmails(s);
          expect(r.emails).toEqual([]);
          expect(r.invalid.length).toBeGreaterThan(0);
        },
      ),
    );
    expect(readEmails("a b@hp.gov.vn").emails).toEqual([]);
    expect(readEmails("ab@hp").invalid).toEqual(["ab@hp"]);
  });
});
