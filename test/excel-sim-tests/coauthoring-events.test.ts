import { createWorkbook } from "../excel-sim";

const shared = () =>
  createWorkbook({
    sheets: [
      {
        name: "Kế hoạch",
        cells: [
          ["Stt", "Nội dung", "Trạng thái"],
          [1, "Việc A", ""],
          [2, "Việc B", ""],
        ],
        tables: [{ name: "NhiemVu", address: "A1:C3" }],
      },
    ],
  });

type Args = Record<string, unknown>;

describe("co-authoring", () => {
  test("each context sees another's writes only after the writer syncs and the reader syncs again", async () => {
    const sim = shared();
    const me = sim.context();
    const other = sim.coauthor();
    const mine = me.workbook.worksheets.getItem("Kế hoạch").getRange("C2").load("values");
    await me.sync();
    other.workbook.worksheets.getItem("Kế hoạch").getRange("C2").values = [["Hoàn thành"]];
    mine.load("values");
    await me.sync();
    expect(mine.values).toEqual([[""]]); // the co-author has not synced yet
    await other.sync();
    expect(mine.values).toEqual([[""]]); // nothing changes until I sync
    mine.load("values");
    await me.sync();
    expect(mine.values).toEqual([["Hoàn thành"]]);
  });

  test("handlers hear co-authors' writes as Remote and the add-in's own as Local from ThisLocalAddin", async () => {
    const sim = shared();
    const me = sim.context();
    const seen: Args[] = [];
    const sheet = me.workbook.worksheets.getItem("Kế hoạch");
    const registration = sheet.onChanged.add(async (args) => {
      seen.push(args as Args);
    });
    await me.sync();
    const other = sim.coauthor("Chị Lan");
    other.workbook.worksheets.getItem("Kế hoạch").getRange("C3").values = [["Đang thực hiện"]];
    await other.sync();
    expect(seen).toHaveLength(0); // delivered asynchronously
    await sim.flushEvents();
    expect(seen[0]).toMatchObject({
      type: "WorksheetChanged",
      source: "Remote",
      address: "C3",
      changeType: "RangeEdited",
      triggerSource: "Unknown",
    });
    sheet.getRange("A4").values = [[3]];
    await me.sync();
    await sim.flushEvents();
    expect(seen[1]).toMatchObject({ source: "Local", address: "A4", triggerSource: "ThisLocalAddin" });
    expect(sim.stats.eventsFired).toBe(2);
    registration.remove();
    await me.sync();
    sim.edit("Kế hoạch", "B2", [["Việc A (sửa)"]]);
    await sim.flushEvents();
    expect(seen).toHaveLength(2);
  });

  test("the event args give a range in the reader's context", async () => {
    const sim = shared();
    const me = sim.context();
    let address = "";
    me.workbook.worksheets.getItem("Kế hoạch").onChanged.add(async (args) => {
      const range = (args as { getRange(ctx: unknown): { load(p: string): { address: string } } })
        .getRange(me)
        .load("address");
      await me.sync();
      address = range.address;
    });
    await me.sync();
    sim.edit("Kế hoạch", "B3", [["x"]]);
    await sim.flushEvents();
    expect(address).toBe("'Kế hoạch'!B3");
  });

  test("runtime.enableEvents = false silences the session until turned back on", async () => {
    const sim = shared();
    const me = sim.context();
    const seen: Args[] = [];
    me.workbook.worksheets.onChanged.add(async (args) => void seen.push(args as Args));
    me.runtime.enableEvents = false;
    me.workbook.worksheets.getItem("Kế hoạch").getRange("A5").values = [[9]];
    await me.sync();
    sim.edit("Kế hoạch", "A6", [[10]]);
    await sim.flushEvents();
    expect(seen).toHaveLength(0);
    me.runtime.enableEvents = true;
    const flag = me.runtime.load("enableEvents");
    await me.sync();
    expect(flag.enableEvents).toBe(true);
    sim.edit("Kế hoạch", "A6", [[11]], "localUser");
    await sim.flushEvents();
    expect(seen).toEqual([expect.objectContaining({ source: "Local", triggerSource: "Unknown" })]);
  });

  test("table handlers receive the part of the change inside their table", async () => {
    const sim = shared();
    const me = sim.context();
    const all: Args[] = [];
    const one: Args[] = [];
    me.workbook.tables.onChanged.add(async (args) => void all.push(args as Args));
    me.workbook.tables.getItem("NhiemVu").onChanged.add(async (args) => void one.push(args as Args));
    await me.sync();
    sim.edit("Kế hoạch", "C3:D4", [
      ["Hoàn thành", "x"],
      ["y", "z"],
    ]);
    await sim.flushEvents();
    expect(all).toEqual([
      expect.objectContaining({ type: "TableChanged", address: "C3", source: "Remote", tableId: expect.any(String) }),
    ]);
    expect(one).toHaveLength(1);
    sim.edit("Kế hoạch", "F9", [["outside"]]);
    await sim.flushEvents();
    expect(all).toHaveLength(1);
  });

  test("handler errors are collected instead of breaking the sync", async () => {
    const sim = shared();
    const me = sim.context();
    me.workbook.worksheets.getItem("Kế hoạch").onChanged.add(async () => {
      throw new Error("boom");
    });
    await me.sync();
    sim.edit("Kế hoạch", "A9", [[1]]);
    await sim.flushEvents();
    expect(sim.eventHandlerErrors).toHaveLength(1);
  });
});
