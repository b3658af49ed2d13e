import { createWorkbook } from "../excel-sim";

describe("worksheets", () => {
  test("add, rename, move, hide, tab colour, delete; names are checked as Excel checks them", async () => {
    const sim = createWorkbook({ sheets: [{ name: "Kế hoạch" }, { name: "Ghi chú" }] });
    const ctx = sim.context();
    const added = ctx.workbook.worksheets.add().load("name, position, id");
    await ctx.sync();
    expect([added.name, added.position]).toEqual(["Sheet3", 2]);
    expect(added.id).toMatch(/^\{[0-9A-F-]+\}$/i);
    added.name = "Tổng hợp";
    added.position = 0;
    added.tabColor = "green";
    ctx.workbook.worksheets.getItem("Ghi chú").visibility = "Hidden";
    await ctx.sync();
    const snap = sim.snapshot();
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Tổng hợp", "Visible"],
      ["Kế hoạch", "Visible"],
      ["Ghi chú", "Hidden"],
    ]);
    expect(snap.sheets[0].tabColor).toBe("#008000");
    ctx.workbook.worksheets.add("kế hoạch");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    ctx.workbook.worksheets.add("Bad/Name");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ctx.workbook.worksheets.getItem("Tổng hợp").delete();
    ctx.workbook.worksheets.getItem("Kế hoạch").delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" }); // the last visible sheet stays
    expect(sim.snapshot().sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Ghi chú"]);
  });

  test("used range: A1 on an empty sheet, a null object with OrNullObject; formats count unless valuesOnly", async () => {
    const sim = createWorkbook({
      sheets: [
        { name: "Empty" },
        {
          name: "Data",
          cells: [
            [null, null],
            [null, "x"],
          ],
        },
      ],
    });
    const ctx = sim.context();
    const empty = ctx.workbook.worksheets.getItem("Empty");
    const a = empty.getUsedRange().load("address");
    const b = empty.getUsedRangeOrNullObject();
    const data = ctx.workbook.worksheets.getItem("Data");
    data.getRange("D5").format.fill.color = "#FFFF00";
    const c = data.getUsedRange().load("address");
    const d = data.getUsedRange(true).load("address");
    await ctx.sync();
    expect(a.address).toBe("Empty!A1");
    expect(b.isNullObject).toBe(true);
    expect(c.address).toBe("Data!B2:D5");
    expect(d.address).toBe("Data!B2");
  });

  test("freeze panes, page layout and selection", async () => {
    const sim = createWorkbook({ sheets: [{ name: "Kế hoạch" }, { name: "Khác" }] });
    const ctx = sim.context();
    const sheet = ctx.workbook.worksheets.getItem("Kế hoạch");
    sheet.freezePanes.freezeRows(4);
    sheet.pageLayout.orientation = "Landscape";
    sheet.pageLayout.paperSize = "A4";
    sheet.pageLayout.setPrintTitleRows("$1:$4");
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.centerHorizontally = true;
    ctx.workbook.worksheets.getItem("Khác").getRange("B2:C3").select();
    const selected = ctx.workbook.getSelectedRange().load("address");
    const active = ctx.workbook.getActiveCell().load("address");
    const frozen = sheet.freezePanes.getLocationOrNullObject().load("address");
    await ctx.sync();
    const snap = sim.snapshot();
    expect(snap.sheets[0].freeze).toEqual({ rows: 4, columns: 0 });
    expect(snap.sheets[0].pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$1:$4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
    });
    expect(snap.selection).toEqual({ sheet: "Khác", address: "B2:C3" });
    expect([selected.address, active.address, frozen.address]).toEqual(["Khác!B2:C3", "Khác!B2", "'Kế hoạch'!1:4"]);
    sheet.pageLayout.orientation = "Sideways";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("ranges", () => {
  test("addresses, indexes and navigation", async () => {
    const ctx = createWorkbook({ sheets: [{ name: "Kế hoạch" }, { name: "Plan_2024" }, { name: "2024" }] }).context();
    const sheet = ctx.workbook.worksheets.getItem("Kế hoạch");
    const r = sheet.getRange("B2:D5");
    const loads = [
      r.load("address, rowIndex, columnIndex, rowCount, columnCount, cellCount"),
      r.getCell(1, 1).load("address"),
      r.getResizedRange(1, -1).load("address"),
      r.getOffsetRange(2, 3).load("address"),
      r.getColumn(2).load("address"),
      r.getRow(0).load("address"),
      r.getEntireColumn().load("address"),
      r.getEntireRow().load("address"),
      r.getBoundingRect("F9").load("address"),
      r.getLastRow().load("address"),
      sheet.getRangeByIndexes(0, 0, 2, 2).load("address"),
      ctx.workbook.worksheets.getItem("Plan_2024").getRange("A1").load("address"),
      ctx.workbook.worksheets.getItem("2024").getRange("A1").load("address"),
    ];
    await ctx.sync();
    expect([r.rowIndex, r.columnIndex, r.rowCount, r.columnCount, r.cellCount]).toEqual([1, 1, 4, 3, 12]);
    expect(loads.map((l) => l.address)).toEqual([
      "'Kế hoạch'!B2:D5",
      "'Kế hoạch'!C3",
      "'Kế hoạch'!B2:C6",
      "'Kế hoạch'!E4:G7",
      "'Kế hoạch'!D2:D5",
      "'Kế hoạch'!B2:D2",
      "'Kế hoạch'!B:D",
      "'Kế hoạch'!2:5",
      "'Kế hoạch'!B2:F9",
      "'Kế hoạch'!B5:D5",
      "'Kế hoạch'!A1:B2",
      "Plan_2024!A1",
      "'2024'!A1",
    ]);
    sheet.getRange("A1").getOffsetRange(-1, 0);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("formats: fill, font, widths, heights, wrap, alignment, autofit; mixed formats read as null", async () => {
    const sim = createWorkbook({ sheets: [{ name: "S", cells: [["Ban Quản lý Khu kinh tế Hải Phòng", "x"]] }] });
    const ctx = sim.context();
    const range = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
    range.format.fill.color = "#DDEBF7";
    range.getCell(0, 0).format.font.bold = true;
    range.format.font.color = "#1F4E79";
    range.format.font.size = 12;
    range.format.wrapText = true;
    range.format.horizontalAlignment = "Center";
    range.format.verticalAlignment = "Top";
    range.format.rowHeight = 30;
    ctx.workbook.worksheets.getItem("S").getRange("C:C").format.columnWidth = 120;
    const probe = range.format.load("columnWidth, rowHeight, wrapText");
    const font = range.format.font.load("bold, color");
    await ctx.sync();
    expect([probe.columnWidth, probe.rowHeight, probe.wrapText]).toEqual([48, 30, true]);
    expect([font.bold, font.color]).toEqual([null, "#1F4E79"]);
    const snap = sim.snapshot().sheets[0];
    expect(snap.cells.A1).toMatchObject({
      fill: "#DDEBF7",
      font: { bold: true, color: "#1F4E79", size: 12 },
      wrapText: true,
      horizontalAlignment: "Center",
      verticalAlignment: "Top",
    });
    expect(snap.columnWidths).toEqual({ C: 120 });
    range.format.wrapText = false;
    range.format.autofitColumns();
    await ctx.sync();
    expect(sim.snapshot().sheets[0].columnWidths.A).toBeGreaterThan(150);
    range.format.fill.color = "not a colour";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("merge keeps the top-left value; merged areas come back as RangeAreas; unmerge", async () => {
    const sim = createWorkbook({ sheets: [{ name: "S", cells: [["Phân công nhiệm vụ", "b", "c"]] }] });
    const ctx = sim.context();
    const sheet = ctx.workbook.worksheets.getItem("S");
    sheet.getRange("A1:C1").merge();
    sheet.getRange("A3:B4").merge(true);
    const areas = sheet.getRange("A1:D5").getMergedAreasOrNullObject().load("address, areaCount");
    const none = sheet.getRange("F1").getMergedAreasOrNullObject();
    await ctx.sync();
    expect(sim.values("S", "A1:C1")).toEqual([["Phân công nhiệm vụ", "", ""]]);
    expect(areas.address).toBe("S!A1:C1, S!A3:B3, S!A4:B4");
    expect(areas.areaCount).toBe(3);
    expect(none.isNullObject).toBe(true);
    areas.areas.load("items/address");
    await ctx.sync();
    expect(areas.areas.items.map((a) => a.address)).toEqual(["S!A1:C1", "S!A3:B3", "S!A4:B4"]);
    sheet.getRange("A1").unmerge();
    await ctx.sync();
    expect(sim.snapshot().sheets[0].merges).toEqual(["A3:B3", "A4:B4"]);
  });

  test("merged areas are refused past 512 in the range asked, failing the request", async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:A${2 * i + 2}`);
    const sim = createWorkbook({ sheets: [{ name: "S", cells: [["x"]], merges }] });
    const ctx = sim.context();
    const sheet = ctx.workbook.worksheets.getItem("S");
    const fits = sheet.getRange("A1:A1024").getMergedAreasOrNullObject().load("areaCount");
    await ctx.sync();
    expect(fits.areaCount).toBe(512);
    const value = sheet.getRange("A1").load("values");
    sheet.getRange().getMergedAreasOrNullObject().load("areaCount");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(() => value.values).toThrow();
  });

  test("data validation list: set, read, clear; sources over 255 characters are refused", async () => {
    const sim = createWorkbook({ sheets: [{ name: "S", cells: [["Chủ trì"], ["x"]] }] });
    const ctx = sim.context();
    const range = ctx.workbook.worksheets.getItem("S").getRange("A1:A10");
    range.dataValidation.rule = { list: { inCellDropDown: true, source: "Chủ trì,Phối hợp" } };
    const dv = range.dataValidation.load("type, rule, valid");
    await ctx.sync();
    expect(dv.type).toBe("List");
    expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: "Chủ trì,Phối hợp" } });
    expect(dv.valid).toBe(false);
    expect(sim.snapshot().sheets[0].dataValidations).toEqual([
      { address: "A1:A10", rule: { list: { inCellDropDown: true, source: "Chủ trì,Phối hợp" } }, ignoreBlanks: true },
    ]);
    ctx.workbook.worksheets.getItem("S").getRange("A5:A10").dataValidation.clear();
    await ctx.sync();
    expect(sim.snapshot().sheets[0].dataValidations[0].address).toBe("A1:A4");
    range.dataValidation.rule = {
      list: { inCellDropDown: true, source: Array.from({ length: 40 }, (_, i) => `Cơ quan ${i}`).join(",") },
    };
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("borders: edges, inside lines and reading them back (mixed sides read null)", async () => {
    const sim = createWorkbook();
    const ctx = sim.context();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideHorizontal",
      "InsideVertical",
    ] as const) {
      const border = range.format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
    range.format.borders.getItem("EdgeBottom").color = "#1f4e79";
    const top = range.format.borders.getItem("EdgeTop").load("style, color, weight, sideIndex");
    const bottom = range.format.borders.getItem("EdgeBottom").load("color");
    const wider = ctx.workbook.worksheets
      .getItem("Sheet1")
      .getRange("B2:D2")
      .format.borders.getItem("EdgeTop")
      .load("style");
    const all = range.format.borders.load("items/sideIndex");
    await ctx.sync();
    expect([top.style, top.color, top.weight, top.sideIndex]).toEqual(["Continuous", "#000000", "Thin", "EdgeTop"]);
    expect(bottom.color).toBe("#1F4E79");
    expect(wider.style).toBeNull();
    expect(all.items).toHaveLength(8);
    const cells = sim.snapshot().sheets[0].cells;
    expect(cells.B2.borders).toEqual({
      top: { style: "Continuous", color: "#000000", weight: "Thin" },
      bottom: { style: "Continuous", color: "#000000", weight: "Thin" },
      left: { style: "Continuous", color: "#000000", weight: "Thin" },
      right: { style: "Continuous", color: "#000000", weight: "Thin" },
    });
    expect(cells.C3.borders?.bottom?.color).toBe("#1F4E79");
    range.format.borders.getItem("InsideHorizontal").style = "None";
    await ctx.sync();
    expect(sim.snapshot().sheets[0].cells.B2.borders?.bottom).toBeUndefined();
  });

  test("setCellProperties formats each cell from its own entry; parts not modelled are refused", async () => {
    const sim = createWorkbook();
    const ctx = sim.context();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    range.setCellProperties([
      [
        { format: { fill: { color: "#FFC7CE" }, font: { bold: true, color: "#9C0006" }, wrapText: true } },
        { format: { horizontalAlignment: "Center", borders: { bottom: { style: "Continuous", weight: "Medium" } } } },
      ],
    ]);
    await ctx.sync();
    const cells = sim.snapshot().sheets[0].cells;
    expect(cells.A1).toEqual({ value: "", fill: "#FFC7CE", font: { bold: true, color: "#9C0006" }, wrapText: true });
    expect(cells.B1).toEqual({
      value: "",
      horizontalAlignment: "Center",
      borders: { bottom: { style: "Continuous", color: "#000000", weight: "Medium" } },
    });
    range.setCellProperties([[{ format: { protection: { locked: false } } }, {}]]);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "NotImplemented" });
    expect(() =>
      createWorkbook(undefined, { apiVersion: "1.8" })
        .context()
        .workbook.worksheets.getItem("Sheet1")
        .getRange("A1")
        .setCellProperties([[{}]]),
    ).toThrow(/1.9/);
  });

  test("setRowProperties sets each row's height from its own entry; empty entries leave rows alone; a wrong length is refused", async () => {
    const sim = createWorkbook();
    const ctx = sim.context();
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("2:4").setRowProperties([{ format: { rowHeight: 45 } }, {}, { format: { rowHeight: 409 } }]);
    await ctx.sync();
    expect(sim.snapshot().sheets[0].rowHeights).toEqual({ "2": 45, "4": 409 });
    sheet.getRange("2:3").setRowProperties([{}]);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    sheet.getRange("2:2").setRowProperties([{ format: { rowHeight: 500 } }]);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    sheet.getRange("2:2").setRowProperties([{ rowHidden: true }]);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "NotImplemented" });
    expect(() =>
      createWorkbook(undefined, { apiVersion: "1.8" })
        .context()
        .workbook.worksheets.getItem("Sheet1")
        .getRange("1:1")
        .setRowProperties([{}]),
    ).toThrow(/1.9/);
  });

  test("clear removes contents and/or formats", async () => {
    const sim = createWorkbook({ sheets: [{ name: "S", cells: [["a", "b"]] }] });
    const ctx = sim.context();
    const range = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
    range.format.font.italic = true;
    await ctx.sync();
    range.clear("Contents");
    await ctx.sync();
    expect(sim.snapshot().sheets[0].cells).toEqual({
      A1: { value: "", font: { italic: true } },
      B1: { value: "", font: { italic: true } },
    });
    range.clear();
    await ctx.sync();
    expect(sim.snapshot().sheets[0].cells).toEqual({});
  });
});

describe("tables", () => {
  const sheetWithData = () =>
    createWorkbook({
      sheets: [
        {
          name: "Kế hoạch",
          cells: [
            ["Stt", "Nội dung", "Stt"],
            [1, "Việc A", "x"],
            [2, "Việc B", "y"],
          ],
        },
      ],
    });

  test("add with headers names columns from the header row (blanks and repeats renamed as in Excel)", async () => {
    const sim = sheetWithData();
    const ctx = sim.context();
    const table = ctx.workbook.worksheets.getItem("Kế hoạch").tables.add("A1:C3", true);
    table.name = "KeHoach";
    table.style = "TableStyleLight9";
    table.showBandedRows = false;
    const columns = table.columns.load("items/name");
    const body = table.getDataBodyRange().load("address");
    const header = table.getHeaderRowRange().load("values");
    const rows = table.rows.getCount();
    const sheetOfTable = table.worksheet.load("name");
    await ctx.sync();
    expect(columns.items.map((c) => c.name)).toEqual(["Stt", "Nội dung", "Stt2"]);
    expect(body.address).toBe("'Kế hoạch'!A2:C3");
    expect(header.values).toEqual([["Stt", "Nội dung", "Stt2"]]);
    expect(rows.value).toBe(2);
    expect(sheetOfTable.name).toBe("Kế hoạch");
    expect(sim.snapshot().sheets[0].tables[0]).toMatchObject({
      name: "KeHoach",
      address: "A1:C3",
      style: "TableStyleLight9",
      showBandedRows: false,
    });
    const col = table.columns.getItem("nội dung").getDataBodyRange().load("values");
    await ctx.sync();
    expect(col.values).toEqual([["Việc A"], ["Việc B"]]);
  });

  test("add without headers inserts a generated header row and shifts the data down", async () => {
    const sim = sheetWithData();
    const ctx = sim.context();
    ctx.workbook.tables.add("'Kế hoạch'!A2:B3", false);
    await ctx.sync();
    expect(sim.values("Kế hoạch", "A1:C4")).toEqual([
      ["Stt", "Nội dung", "Stt"],
      ["Column1", "Column2", "x"],
      [1, "Việc A", "y"],
      [2, "Việc B", ""],
    ]);
    expect(sim.snapshot().sheets[0].tables[0].address).toBe("A2:B4");
  });

  test("rows.add works but is counted, so tests can insist it is never used", async () => {
    const sim = sheetWithData();
    const ctx = sim.context();
    const table = ctx.workbook.tables.add("'Kế hoạch'!A1:C3", true);
    table.rows.add(null, [[3, "Việc C", "z"]]);
    await ctx.sync();
    expect(sim.stats.tableRowAddCalls).toBe(1);
    expect(sim.snapshot().sheets[0].tables[0].address).toBe("A1:C4");
    expect(sim.values("Kế hoạch", "A4:C4")).toEqual([[3, "Việc C", "z"]]);
  });

  test("overlapping tables, bad names and duplicate names are refused", async () => {
    const sim = sheetWithData();
    const ctx = sim.context();
    const t = ctx.workbook.tables.add("'Kế hoạch'!A1:B3", true);
    t.name = "Bang_1"; // "T1" would be refused: it is a cell reference
    await ctx.sync();
    ctx.workbook.tables.add("'Kế hoạch'!B2:C3", true);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    t.name = "A1";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const other = ctx.workbook.worksheets.getItem("Kế hoạch").tables.add("E1:E3", true);
    other.name = "bang_1";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("delete clears the cells; convertToRange keeps them; resize moves the edges", async () => {
    const sim = sheetWithData();
    const ctx = sim.context();
    const a = ctx.workbook.tables.add("'Kế hoạch'!A1:B3", true);
    await ctx.sync();
    a.resize("A1:B2");
    await ctx.sync();
    expect(sim.snapshot().sheets[0].tables[0].address).toBe("A1:B2");
    const range = a.convertToRange().load("address");
    await ctx.sync();
    expect(range.address).toBe("'Kế hoạch'!A1:B2");
    expect(sim.snapshot().sheets[0].tables).toEqual([]);
    const b = ctx.workbook.tables.add("'Kế hoạch'!A1:C3", true);
    await ctx.sync();
    b.delete();
    await ctx.sync();
    expect(sim.snapshot().sheets[0].cells).toEqual({});
  });
});

describe("charts and settings", () => {
  test("charts record type, source, title, legend and position", async () => {
    const sim = createWorkbook({
      sheets: [
        {
          name: "Tổng hợp",
          cells: [
            ["Cơ quan", "Số"],
            ["Bộ A", 3],
          ],
        },
      ],
    });
    const ctx = sim.context();
    const sheet = ctx.workbook.worksheets.getItem("Tổng hợp");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2"), "Columns");
    chart.title.text = "Nhiệm vụ theo cơ quan";
    chart.legend.position = "Bottom";
    chart.setPosition("D2", "J15");
    const loaded = chart.load("name, top, left, width, height");
    await ctx.sync();
    expect([loaded.name, loaded.top, loaded.left, loaded.width, loaded.height]).toEqual(["Chart 1", 15, 144, 336, 210]);
    expect(sim.snapshot().sheets[0].charts[0]).toMatchObject({
      type: "ColumnClustered",
      source: "'Tổng hợp'!A1:B2",
      seriesBy: "Columns",
      title: "Nhiệm vụ theo cơ quan",
      legend: { position: "Bottom", visible: true },
    });
    sheet.charts.getItem("Chart 1").delete();
    await ctx.sync();
    expect(sim.snapshot().sheets[0].charts).toEqual([]);
  });

  test("settings hold JSON values; missing keys are ItemNotFound or null objects", async () => {
    const sim = createWorkbook({ sheets: [{ name: "S" }], settings: { "kehoach.year": 2024 } });
    const ctx = sim.context();
    const settings = ctx.workbook.settings;
    settings.add("kehoach.registry", { agencies: ["Bộ Tài chính"], when: new Date(Date.UTC(2024, 0, 2)) });
    const year = settings.getItem("kehoach.year").load("value");
    const missing = settings.getItemOrNullObject("nope");
    settings.load("items/key");
    await ctx.sync();
    expect(year.value).toBe(2024);
    expect(missing.isNullObject).toBe(true);
    expect(settings.items.map((s) => s.key)).toEqual(["kehoach.year", "kehoach.registry"]);
    expect(sim.snapshot().settings["kehoach.registry"]).toEqual({
      agencies: ["Bộ Tài chính"],
      when: "2024-01-02T00:00:00.000Z",
    });
    settings.getItem("kehoach.year").delete();
    settings.getItem("nope");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(Object.keys(sim.snapshot().settings)).toEqual(["kehoach.registry"]);
  });
});

describe("snapshot", () => {
  test("initial cells can be given exactly: text that looks like a formula, formulas, number formats", () => {
    const sim = createWorkbook({
      sheets: [
        {
          name: "S",
          cells: [[{ value: "=Chủ trì" }, { formula: "=2*3" }, { value: 45658, numberFormat: "dd/mm/yyyy" }]],
        },
      ],
    });
    expect(sim.snapshot().sheets[0].cells).toEqual({
      A1: { value: "=Chủ trì" },
      B1: { value: 6, formula: "=2*3" },
      C1: { value: 45658, numberFormat: "dd/mm/yyyy" },
    });
    expect(sim.values("S", "A1:C1")).toEqual([["=Chủ trì", 6, 45658]]);
  });

  test("is plain JSON and describes the initial workbook", () => {
    const sim = createWorkbook({
      sheets: [
        {
          name: "Kế hoạch",
          origin: "B3",
          cells: [
            ["Stt", "Nội dung"],
            [1, "=1+1"],
          ],
          tables: [{ name: "KH", address: "B3:C4", style: "TableStyleLight1" }],
          merges: ["E1:F1"],
        },
        { name: "Ẩn", visibility: "Hidden" },
      ],
      settings: { year: 2024 },
    });
    const snap = sim.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap.sheets[0].cells).toEqual({
      B3: { value: "Stt" },
      C3: { value: "Nội dung" },
      B4: { value: 1 },
      C4: { value: 2, formula: "=1+1" },
    });
    expect(snap.sheets[0].tables[0]).toMatchObject({
      name: "KH",
      address: "B3:C4",
      style: "TableStyleLight1",
      columns: ["Stt", "Nội dung"],
    });
    expect(snap.sheets[0].merges).toEqual(["E1:F1"]);
    expect(snap.sheets[1].visibility).toBe("Hidden");
    expect(snap).toMatchObject({
      activeSheet: "Kế hoạch",
      selection: { sheet: "Kế hoạch", address: "A1" },
      settings: { year: 2024 },
      calculationMode: "Automatic",
    });
  });
});
