import fc from "fast-check";
import {
  marksAfter,
  placedSheet,
  planGeneration,
  registryMissing,
  wantedSheet,
  type ExistingSheet,
  type GenerationRequest,
} from "../../src/core/sheets/generation-plan";
import { REGISTRY_SHEET } from "../../src/core/read/registry";
import { uniqueSheetName, uniqueTableName, validSheetName } from "../../src/core/sheets/sheet-names";
import { ASSIGNMENTS_TABLE, summarySpecs } from "../../src/core/sheets/summary-sheets";
import { foldKey } from "../../src/core/text/normalize";
import { planOf, seedWorkbook } from "../helpers/seed";

const user = (name: string): ExistingSheet => ({ name, generated: null });
const made = (name: string, key: string, id?: string): ExistingSheet => ({ name, generated: key, id });
const agencies = (key: string) => key.startsWith("agency:");

function plan(sheets: ExistingSheet[], make: GenerationRequest["make"], extra: Partial<GenerationRequest> = {}) {
  return planGeneration({ sheets, tables: [], replaces: agencies, make, ...extra });
}

describe("planGeneration: sheet names", () => {
  it("never takes a user's sheet's name: the generated sheet gets a number and the user is told", () => {
    const p = plan([user("Kế hoạch"), user("Sở Tài chính")], [{ key: "agency:Sở Tài chính", name: "Sở Tài chính" }]);
    expect(p.create.map((s) => s.name)).toEqual(["Sở Tài chính (2)"]);
    expect(p.remove).toEqual([]);
    expect(p.notes).toEqual([
      {
        vi: 'Trang "Sở Tài chính" đã có (trang của người dùng, không ghi đè): dùng tên "Sở Tài chính (2)".',
        en: 'Sheet "Sở Tài chính" exists (a user sheet, left untouched): wrote "Sở Tài chính (2)" instead.',
      },
    ]);
  });

  it("treats names equal but for case or tone placement as the same name, as Excel does", () => {
    const p = plan(
      [user("sở tài chính"), user("Sở Y Tế")],
      [
        { key: "agency:Sở Tài chính", name: "Sở Tài chính" },
        { key: "agency:Sở Y tế", name: "Sở Y tế" },
        { key: "agency:SỞ Y TẾ", name: "SỞ Y TẾ" },
      ],
    );
    expect(p.create.map((s) => s.name)).toEqual(["Sở Tài chính (2)", "Sở Y tế (2)", "SỞ Y TẾ (3)"]);
    expect(p.notes).toHaveLength(3);
  });

  it('never uses "History", which Excel keeps for itself, in any case', () => {
    const p = plan(
      [],
      [
        { key: "agency:History", name: "History" },
        { key: "agency:history", name: "history" },
      ],
    );
    expect(p.create.map((s) => s.name)).toEqual(["History (2)", "history (3)"]);
    // Not a user's sheet: nothing to tell.
    expect(p.notes).toEqual([]);
    expect(uniqueSheetName("HISTORY", [])).toBe("HISTORY (2)");
  });

  it("cuts names over 31 characters at a word, and keeps the numbered ones within 31 too", () => {
    const long = "Ban Quản lý các khu công nghiệp và khu chế xuất thành phố";
    const p = plan([user(validSheetName(long))], [{ key: `agency:${long}`, name: long }]);
    const [name] = p.create.map((s) => s.name);
    expect(validSheetName(long)).toBe("Ban Quản lý các khu công…");
    expect(name).toBe("Ban Quản lý các khu công… (2)");
    expect(name.length).toBeLessThanOrEqual(31);
    expect(p.notes).toHaveLength(1);
  });

  it("replaces []:*?/\\ and trims apostrophes, which Excel refuses in sheet names", () => {
    const p = plan([], [{ key: "agency:x", name: "'Sở [A]: *B*? C/D\\E'" }]);
    expect(p.create[0].name).toBe("Sở -A-- -B-- C-D-E");
  });

  it("re-running replaces only the generated sheets of the kinds the command makes, under the same names", () => {
    const sheets = [
      user("Kế hoạch"),
      made("Sở Tài chính", "agency:Sở Tài chính", "{1}"),
      made("Sở Cũ", "agency:Sở Cũ", "{2}"),
      made("Tổng hợp", "summary", "{3}"),
      user("Ghi chú"),
    ];
    const p = plan(sheets, [{ key: "agency:Sở Tài chính", name: "Sở Tài chính" }]);
    expect(p.remove.map((s) => s.name)).toEqual(["Sở Tài chính", "Sở Cũ"]);
    expect(p.create.map((s) => s.name)).toEqual(["Sở Tài chính"]);
    expect(p.notes).toEqual([]);
    expect(p.kept).toEqual([{ name: "Tổng hợp", key: "summary", id: "{3}" }]);
    expect(marksAfter(p, ["{9}"])).toEqual([
      { name: "Tổng hợp", key: "summary", id: "{3}" },
      { name: "Sở Tài chính", key: "agency:Sở Tài chính", id: "{9}" },
    ]);
    // The .xlsx build knows no ids: every row goes by name.
    expect(
      marksAfter(
        plan(
          sheets.map(({ id: _id, ...s }) => s),
          [],
        ),
      ).map((r) => r.id),
    ).toEqual([null]);
  });

  it("keeps a generated sheet of another kind out of the way without a note (it is the tools', not the user's)", () => {
    const p = plan([made("Tổng hợp", "summary")], [{ key: "agency:Tổng hợp", name: "Tổng hợp" }]);
    expect(p.create[0].name).toBe("Tổng hợp (2)");
    expect(p.notes).toEqual([]);
  });

  it("gives every new sheet a valid name no remaining sheet has, whatever the names (property)", () => {
    const name = fc.oneof(
      fc.constantFrom("Tổng hợp", "tổng hợp", "History", "Sở A", "SỞ A", "[x]", "'a'", "", "  ", "x".repeat(40)),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ name, generated: fc.option(fc.constantFrom("agency:a", "summary"), { nil: null }) })),
        fc.array(name, { maxLength: 8 }),
        (existing, wanted) => {
          const sheets = uniqueByFold(existing);
          const p = plan(
            sheets,
            wanted.map((w, i) => ({ key: `agency:${i}`, name: w })),
          );
          const names = [
            ...sheets.filter((s) => !p.remove.includes(s)).map((s) => s.name),
            ...p.create.map((s) => s.name),
          ];
          for (const s of p.create) {
            expect(s.name.length).toBeLessThanOrEqual(31);
            expect(s.name).not.toMatch(/[[\]:*?/\\]|^'|'$|^\s*$/);
            expect(foldKey(s.name)).not.toBe("history");
          }
          expect(new Set(names.map(foldKey)).size).toBe(names.length);
          expect(p.remove.every((s) => s.generated === "agency:a")).toBe(true);
        },
      ),
    );
  });
});

// A workbook never holds two sheets whose names Excel would take for one.
function uniqueByFold(sheets: ExistingSheet[]): ExistingSheet[] {
  const seen = new Set<string>();
  return sheets.filter((s) => !seen.has(foldKey(s.name)) && seen.add(foldKey(s.name)));
}

describe("planGeneration: tables and the registry", () => {
  it("makes table names unique in the workbook, without regard to case, except on sheets being replaced", () => {
    const p = planGeneration({
      sheets: [user("Dữ liệu"), made("Phân công", "assignments")],
      tables: [
        { name: "phancong", sheet: "Dữ liệu" },
        { name: "PhanCong2", sheet: "Phân công" },
      ],
      replaces: (k) => k === "assignments",
      make: [
        { key: "assignments", name: "Phân công", tables: [ASSIGNMENTS_TABLE] },
        { key: "other", name: "Khác", tables: [ASSIGNMENTS_TABLE] },
      ],
    });
    expect(p.create.map((s) => s.tables)).toEqual([["PhanCong2"], ["PhanCong3"]]);
  });

  it("puts the plan's names on a spec, tables included", () => {
    const plan0 = planOf(seedWorkbook(), { asOf: "2024-06-30" })!;
    const summary = summarySpecs(plan0, "2024-06-30");
    const p = planGeneration({
      sheets: [user("Phân công")],
      tables: [{ name: ASSIGNMENTS_TABLE, sheet: "Phân công" }],
      replaces: () => false,
      make: [wantedSheet(summary.assignments)],
    });
    const placed = placedSheet(summary.assignments, p.create[0]);
    expect([placed.name, placed.tables.map((t) => t.name)]).toEqual(["Phân công (2)", ["PhanCong2"]]);
    expect(placed.rows).toBe(summary.assignments.rows);
  });

  it("creates the registry only where no sheet has its name, and names it first", () => {
    const wanted = [{ key: "agency:x", name: REGISTRY_SHEET }];
    const fresh = plan([user("Kế hoạch")], wanted, { registry: true });
    expect(fresh.registry?.name).toBe(REGISTRY_SHEET);
    expect(fresh.registry?.note.en).toBe(
      `Created the "${REGISTRY_SHEET}" sheet from the plan: edit short names and aliases there.`,
    );
    expect(fresh.create[0].name).toBe(`${REGISTRY_SHEET} (2)`);
    expect(plan([user(REGISTRY_SHEET.toUpperCase())], [], { registry: true }).registry).toBeNull();
    expect(plan([user("Kế hoạch")], [], { registry: false }).registry).toBeNull();
    expect(registryMissing(["Kế hoạch", "danh mục cơ quan"])).toBe(false);
    expect(registryMissing(["Kế hoạch"])).toBe(true);
  });
});

describe("uniqueTableName", () => {
  it("numbers a taken name from 2, comparing without case", () => {
    expect(uniqueTableName("KeHoach", [])).toBe("KeHoach");
    expect(uniqueTableName("KeHoach", ["kehoach"])).toBe("KeHoach2");
    expect(uniqueTableName("KeHoach", ["KeHoach", "KEHOACH2", "Other"])).toBe("KeHoach3");
  });
});
