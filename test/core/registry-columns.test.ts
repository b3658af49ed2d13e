import { analyseWorkbook } from "../../src/core/analyse-workbook";
import type { CellValue } from "../../src/core/model/cell-value";
import type { SheetGrid, WorkbookGrids } from "../../src/core/model/grid";
import { registrySheetSpec } from "../../src/core/sheets/registry-sheet";
import type { SpecCell } from "../../src/core/sheets/spec";
import { resolutionWorkbook, seedWorkbook, planOf } from "../helpers/seed";

const asOf = "2024-06-30";
const LABOUR = "Liên đoàn Lao động thành phố";

// The seed plan with the registry sheet the import writes beside it (agencies on rows 5–7), then `extra` registry rows.
function seedWithRegistry(extra: CellValue[][] = []): WorkbookGrids {
  const wb = seedWorkbook();
  const spec = registrySheetSpec(planOf(wb, { asOf })!.agencies);
  const registry: SheetGrid = { name: spec.name, values: [...spec.rows.map((r) => r.map(valueOf)), ...extra] };
  return { sheets: [...wb.sheets, registry] };
}

// Renames an agency's column header on the plan sheet (row 15 of the seed), as a user typing over it.
function renameColumn(wb: WorkbookGrids, from: string, to: string): void {
  const values = wb.sheets[0].values;
  const r = values.findIndex((row) => row.includes(from));
  values[r][values[r].indexOf(from)] = to;
}

function valueOf(c: SpecCell): CellValue {
  return c !== null && typeof c === "object" && "text" in c ? c.text || null : null;
}

const noColumn = (wb: WorkbookGrids) =>
  analyseWorkbook(wb, { asOf })!.findings.filter((f) => f.rule === "agency-no-column");

describe("agency-no-column: a registry agency that no column of a matrix plan's header names", () => {
  it("reports the old name of a renamed column at its registry cell and suggests the renamed column", () => {
    const wb = seedWithRegistry();
    renameColumn(wb, LABOUR, "Liên đoàn Lao động thành phố Hải Phòng");
    const a = analyseWorkbook(wb, { asOf })!;
    // What the user would otherwise not see: the old name stays an agency of the plan, with no task.
    expect(a.plan.agencies.map((x) => x.name)).toEqual([
      "Ban Dân vận Thành ủy",
      "Ban Quản lý Khu kinh tế Hải Phòng",
      LABOUR,
      "Liên đoàn Lao động thành phố Hải Phòng",
    ]);
    expect(a.findings).toEqual([
      {
        rule: "agency-no-column",
        severity: "warning",
        task: null,
        sheet: "Danh mục cơ quan",
        cell: "A7",
        message: {
          vi:
            `Danh mục cơ quan!A7: "${LABOUR}" có trong danh mục cơ quan nhưng không có cột nào trong tiêu đề kế hoạch, nên vẫn được tính là một cơ quan không có nhiệm vụ. ` +
            `Có phải cột Kế hoạch!E15 "Liên đoàn Lao động thành phố Hải Phòng" là tên mới của cơ quan này? Nếu đúng, sửa tên trong danh mục cho trùng tiêu đề cột; nếu cơ quan không còn tham gia, xoá dòng này.`,
          en:
            `Danh mục cơ quan!A7: "${LABOUR}" is in the agency registry but no column of the plan header names it, so it still counts as an agency with no tasks. ` +
            `Is column Kế hoạch!E15 "Liên đoàn Lao động thành phố Hải Phòng" its new name? If so, rename it in the registry to match the header; if the agency no longer takes part, delete this row.`,
        },
      },
    ]);
  });

  it("is quiet while every registry agency has its column, under its name, a declared other name or another case", () => {
    expect(noColumn(seedWithRegistry())).toEqual([]);
    const aliased = seedWithRegistry();
    const rows = aliased.sheets[1].values;
    rows[rows.findIndex((r) => r[0] === LABOUR)][2] = "LĐLĐ thành phố";
    renameColumn(aliased, LABOUR, "LĐLĐ thành phố");
    expect(noColumn(aliased)).toEqual([]);
    const recased = seedWithRegistry();
    renameColumn(recased, "Ban Dân vận Thành ủy", "Ban Dân Vận Thành Ủy");
    expect(noColumn(recased)).toEqual([]);
  });

  it("an agency left without a column (and no new column) is told to add one or leave the registry; group phrases are never reported", () => {
    const fs = noColumn(
      seedWithRegistry([
        ["Sở Tư pháp", null, null, "không"],
        ["Các cơ quan liên quan", null, null, "có"],
        ["Các sở, ngành", null, null, "không"],
      ]),
    );
    expect(fs.map((f) => f.cell)).toEqual(["A8"]);
    expect(fs[0].message.vi).toContain(
      "Nếu cơ quan không còn tham gia, xoá dòng này; nếu vẫn tham gia, thêm cột cho cơ quan trong bảng kế hoạch.",
    );
    expect(fs[0].message.en).toContain("add a column for it to the plan table");
  });

  it("with two columns renamed, each old name lists both new columns", () => {
    const wb = seedWithRegistry();
    renameColumn(wb, LABOUR, "Công đoàn thành phố");
    renameColumn(wb, "Ban Dân vận Thành ủy", "Ban Dân vận Thành ủy Hải Phòng");
    const fs = noColumn(wb);
    expect(fs.map((f) => f.cell)).toEqual(["A5", "A7"]);
    for (const f of fs)
      expect(f.message.en).toContain(
        'Columns not in the registry: Kế hoạch!C15 "Ban Dân vận Thành ủy Hải Phòng", Kế hoạch!E15 "Công đoàn thành phố"',
      );
  });

  it("needs a registry sheet and the one-column-per-agency layout", () => {
    const bare = seedWorkbook();
    renameColumn(bare, LABOUR, "Công đoàn thành phố");
    expect(noColumn(bare)).toEqual([]);
    // A lead/coordinator plan names only some of the registry's agencies: that is normal there.
    const real = resolutionWorkbook();
    real.sheets.push({
      name: "Danh mục cơ quan",
      values: [
        ["Tên cơ quan", "Tên viết tắt", "Tên khác", "Nhóm cơ quan"],
        ["Bộ Khoa học và Công nghệ"],
        ["Sở Tư pháp"],
      ],
    });
    expect(
      analyseWorkbook(real, { asOf: "2025-06-30" })!.findings.filter((f) => f.rule === "agency-no-column"),
    ).toEqual([]);
  });
});

describe("a matrix header retyped in another case or tone placement", () => {
  it("stays the registry's agency: its tasks, no unused-agency or no-column finding", () => {
    const wb = seedWithRegistry();
    const before = analyseWorkbook(wb, { asOf })!;
    renameColumn(wb, LABOUR, "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ");
    const a = analyseWorkbook(wb, { asOf })!;
    expect(a.plan.tasks.map((t) => t.assignments)).toEqual(before.plan.tasks.map((t) => t.assignments));
    expect(a.findings.map((f) => f.rule)).not.toContain("agency-unused");
    expect(a.findings.map((f) => f.rule)).not.toContain("agency-no-column");
  });
});
