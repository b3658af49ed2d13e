import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import { importPlanText } from "../../src/cli/commands";
import { MARK_SHEET } from "../../src/core/sheets/generated-marks";
import { buildPackage } from "../../src/xlsx/package/build-package";
import { openPackage } from "../../src/xlsx/package/open-package";
import { plainValue } from "../../src/xlsx/read-workbook";
import { SEED_TEXT } from "../helpers/seed";
import { tempDir } from "../helpers/tmp";

const asOf = "2024-06-30";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const file = join(tempDir(), "wb.xlsx");
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return back;
}

function cellsOf(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow((row) =>
    row.eachCell(
      (cell) => void out.set(cell.address, cell.isMerged && cell.master !== cell ? null : plainValue(cell.value)),
    ),
  );
  return out;
}

// `kehoach build` on a package's bytes, as the command runs it.
async function packageBuild(input: Buffer) {
  const opened = openPackage(input);
  const analysis = analyseWorkbook(opened.cells.grids, { asOf })!;
  const result = buildPackage(opened.pkg, opened.workbook, opened.cells, analysis, asOf);
  const file = join(tempDir(), "out.xlsx");
  await opened.pkg.write(file);
  const out = readFileSync(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
  return { out, result, analysis, wb };
}

async function builtSeed(mutate?: (wb: ExcelJS.Workbook) => void) {
  const wb = await roundTrip(importPlanText(SEED_TEXT, null));
  mutate?.(wb);
  const original = cellsOf(wb.getWorksheet("Kế hoạch")!);
  return { original, ...(await packageBuild(Buffer.from(await wb.xlsx.writeBuffer()))) };
}

describe("kehoach import writes a proper plan workbook", () => {
  it("has the table KeHoach on 'Kế hoạch', the title and year above, tracking columns and dropdowns", async () => {
    const wb = await roundTrip(importPlanText(SEED_TEXT, null));
    const ws = wb.getWorksheet("Kế hoạch")!;
    const tables = ws.getTables().map((t) => (t as unknown as { table: { name: string; tableRef: string } }).table);
    expect(tables.map((t) => t.name)).toEqual(["KeHoach"]);
    const values = [...cellsOf(ws).values()].map(String);
    expect(values).toContain("KẾ HOẠCH");
    expect(values).toContain("Năm kế hoạch: 2024");
    const headerRow = ws.getRow(Number(tables[0].tableRef.match(/\d+/)![0]));
    expect(headerRow.values).toEqual([
      undefined,
      "Stt",
      "Nội dung",
      "Ban Dân vận Thành ủy",
      "Ban Quản lý Khu kinh tế Hải Phòng",
      "Liên đoàn Lao động thành phố",
      "Thời gian",
      "Trạng thái",
      "Ngày hoàn thành",
      "Ghi chú",
    ]);
    const firstData = headerRow.number + 1;
    expect(ws.getCell(firstData, 3).dataValidation).toMatchObject({ type: "list", formulae: ['"Chủ trì,Phối hợp"'] });
    expect(ws.getCell(firstData, 7).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Chưa thực hiện,Đang thực hiện,Hoàn thành"'],
    });
    // Markup copied from Word is gone; the rest of the text is as typed.
    expect(values.some((v) => v.includes("<i>") || v.includes("**"))).toBe(false);
    expect(values).toContain("Xây dựng kế hoạch phối hợp năm 2024");
    // The signature block after the table is kept below it.
    expect(values).toContain("TM. BAN CHẤP HÀNH");
  });
});

describe("kehoach build", () => {
  it("keeps every original cell value and adds agency sheets, assignments and the summary", async () => {
    const { wb, result, original } = await builtSeed();
    const after = cellsOf(wb.getWorksheet("Kế hoạch")!);
    for (const [addr, v] of original) expect([addr, after.get(addr)]).toEqual([addr, v]);
    expect(result.sheets).toEqual([
      "Phân công",
      "Tổng hợp",
      "Ngày đối chiếu",
      "Ban Dân vận Thành ủy",
      "Ban Quản lý Khu kinh tế Hải…",
      "Liên đoàn Lao động thành phố",
    ]);
    for (const name of result.sheets) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
      expect(wb.getWorksheet(name)).toBeDefined();
    }
    expect(wb.getWorksheet(MARK_SHEET)!.state).toBe("veryHidden");
  });

  it("adds the helper deadline column and highlight rules over the plan rows only, reading the as-of name", async () => {
    const { wb, analysis } = await builtSeed();
    const ws = wb.getWorksheet("Kế hoạch")!;
    const plan = analysis.plan;
    const helperCol = plan.right + 1;
    expect(ws.getCell(plan.headerBottom, helperCol).value).toBe("Hạn chót (tự động)");
    const t1 = plan.tasks[0];
    expect((ws.getCell(t1.row, helperCol).value as Date).toISOString().slice(0, 10)).toBe("2024-03-31");
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(cfs).toHaveLength(3);
    for (const cf of cfs) expect(cf.ref).toBe(`A${plan.firstRow}:I${plan.lastRow}`);
    expect(cfs.map((c) => c.rules[0].formulae[0]).join(" ")).toContain("<NgayDoiChieu");
    expect(cfs.map((c) => c.rules[0].formulae[0]).join(" ")).not.toContain("TODAY()");
    // The name points at the as-of sheet's B4, which holds the build's fixed date.
    const names = (wb as unknown as { definedNames: { getRanges(n: string): { ranges: string[] } } }).definedNames;
    expect(names.getRanges("NgayDoiChieu").ranges).toEqual(["'Ngày đối chiếu'!$B$4"]);
    const asOfSheet = wb.getWorksheet("Ngày đối chiếu")!;
    expect((asOfSheet.getCell("B3").value as Date).toISOString().slice(0, 10)).toBe(analysis.plan.asOf);
    expect((asOfSheet.getCell("B4").value as { formula: string }).formula).toBe('IF(B3="",TODAY(),B3)');
  });

  it("describes each agency's tasks: leads first, then coordinates, with states as of the date", async () => {
    const { wb } = await builtSeed();
    const ws = wb.getWorksheet("Ban Dân vận Thành ủy")!;
    const text = [...cellsOf(ws).values()].map(String);
    expect(text[0]).toBe("Nhiệm vụ của Ban Dân vận Thành ủy");
    expect(text).toContain("A. Nhiệm vụ chủ trì (6)");
    expect(text).toContain("B. Nhiệm vụ phối hợp (14)");
    expect(text.some((t) => t.startsWith("Tình hình đến ngày 30/06/2024"))).toBe(true);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toBe("5:5");
  });

  it("writes the summary as COUNTIFS formulas whose cached values are the core's counts", async () => {
    const { wb } = await builtSeed();
    const ws = wb.getWorksheet("Tổng hợp")!;
    const row = [...Array(ws.rowCount).keys()]
      .map((i) => ws.getRow(i + 1))
      .find((r) => r.getCell(1).value === "Liên đoàn Lao động thành phố")!;
    const lead = row.getCell(2).value as ExcelJS.CellFormulaValue;
    expect(lead.formula).toMatch(/^COUNTIFS\('Phân công'!\$B\$5:\$B\$64,\$A\d+,'Phân công'!\$C\$5:\$C\$64,B\$\d+\)$/);
    expect(lead.result).toBe(9);
    expect((row.getCell(3).value as ExcelJS.CellFormulaValue).result).toBe(11);
  });

  it("rebuilding replaces only its own sheets; a user's sheet named like a generated one is never touched", async () => {
    const { wb, result, out } = await builtSeed((w) => {
      const mine = w.addWorksheet("Tổng hợp");
      mine.getCell("A1").value = "Ghi chép riêng của tôi";
    });
    expect(wb.getWorksheet("Tổng hợp")!.getCell("A1").value).toBe("Ghi chép riêng của tôi");
    expect(result.sheets).toContain("Tổng hợp (2)");
    expect(result.notes.join(" ")).toContain('Sheet "Tổng hợp" exists');
    const { result: again, wb: back } = await packageBuild(out);
    expect(again.sheets).toEqual(result.sheets);
    expect(back.worksheets.map((w) => w.name).filter((n) => n.startsWith("Tổng hợp"))).toEqual([
      "Tổng hợp",
      "Tổng hợp (2)",
    ]);
    expect(back.getWorksheet("Tổng hợp")!.getCell("A1").value).toBe("Ghi chép riêng của tôi");
    const cfs = (back.getWorksheet("Kế hoạch") as unknown as { conditionalFormattings: unknown[] })
      .conditionalFormattings;
    expect(cfs).toHaveLength(3);
  });

  it("puts the helper deadline column past a user's own column beside the plan, and finds it there again on a rebuild", async () => {
    const { wb, out } = await builtSeed((w) => {
      const ws = w.getWorksheet("Kế hoạch")!;
      // J is the first column right of the KeHoach table (A16:I36): the user keeps notes there.
      ws.getCell("J18").value = "Ghi chú riêng: hỏi lại Ban Dân vận";
    });
    const ws = wb.getWorksheet("Kế hoạch")!;
    expect(ws.getCell("J18").value).toBe("Ghi chú riêng: hỏi lại Ban Dân vận");
    expect(ws.getCell("K16").value).toBe("Hạn chót (tự động)");
    expect(ws.getCell("J16").value).toBeNull();
    const { result: again, wb: back } = await packageBuild(out);
    expect(again.sheets.length).toBeGreaterThan(0);
    expect(back.getWorksheet("Kế hoạch")!.getCell("L16").value).toBeNull();
    expect(back.getWorksheet("Kế hoạch")!.getCell("J18").value).toBe("Ghi chú riêng: hỏi lại Ban Dân vận");
  });

  it("keeps cell text that starts with =, +, - or @ as text in every sheet", async () => {
    const hostile = ["=SUM(1,2)", "+84 912 345 678", "-Rà soát", "@Ban Dân vận"];
    const { wb } = await builtSeed((w) => {
      const ws = w.getWorksheet("Kế hoạch")!;
      let r = 0;
      let timeCol = 0;
      ws.eachRow((row, n) => {
        row.eachCell((cell, c) => void (cell.value === "Thời gian" && (timeCol = c)));
        // Task text reaches the agency sheets; the time text also reaches the assignments table.
        if (typeof row.getCell(1).value === "string" && /^[1-4]\.$/.test(row.getCell(1).value as string)) {
          ws.getCell(n, 2).value = hostile[r];
          ws.getCell(n, timeCol).value = hostile[r++];
        }
      });
    });
    for (const name of ["Phân công", "Ban Dân vận Thành ủy", "Liên đoàn Lao động thành phố"]) {
      const ws = wb.getWorksheet(name)!;
      const found: unknown[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => void (hostile.includes(cell.value as string) && found.push(cell.value))),
      );
      expect(found.length).toBeGreaterThan(0);
      ws.eachRow((row) =>
        row.eachCell((cell) =>
          expect(
            typeof cell.value === "object" &&
              cell.value !== null &&
              "formula" in cell.value &&
              hostile.some((h) => (cell.value as ExcelJS.CellFormulaValue).formula.includes(h.slice(1))),
          ).toBe(false),
        ),
      );
    }
  });
});
