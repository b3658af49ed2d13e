import fc from "fast-check";
import {
  dateOfSerial,
  excelSerialToIso,
  formatViDate,
  isPlausibleYear,
  isoDate,
  isoOfDate,
  isoToExcelSerial,
  lastDayOfMonth,
  lastDayOfQuarter,
  quarterOf,
  readDateCell,
  validIsoDate,
  yearOf,
} from "../../src/core/model/dates";
import type { CellValue } from "../../src/core/model/cell-value";

// Any value a worksheet cell can hold, including odd text, NaN and invalid dates.
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.double(),
  fc.integer({ min: 20000, max: 80000 }),
  fc.date(),
  fc.boolean(),
  fc.constant(null),
);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
// Any real calendar day in the years a plan can have.
const calendarDay = fc
  .record({
    y: fc.integer({ min: 1900, max: 2199 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => validIsoDate(y, m, d) !== null);

describe("calendar arithmetic", () => {
  it("writes ISO dates with leading zeros", () => {
    expect(isoDate(2024, 6, 3)).toBe("2024-06-03");
  });

  it("knows month lengths, leap years included", () => {
    expect(lastDayOfMonth(2024, 2)).toBe("2024-02-29");
    expect(lastDayOfMonth(2025, 2)).toBe("2025-02-28");
    expect(lastDayOfMonth(1900, 2)).toBe("1900-02-28");
    expect(lastDayOfMonth(2000, 2)).toBe("2000-02-29");
    expect(lastDayOfMonth(2025, 4)).toBe("2025-04-30");
    expect(lastDayOfMonth(2025, 12)).toBe("2025-12-31");
  });

  it("ends quarters on 31/3, 30/6, 30/9 and 31/12", () => {
    expect([1, 2, 3, 4].map((q) => lastDayOfQuarter(2024, q))).toEqual([
      "2024-03-31",
      "2024-06-30",
      "2024-09-30",
      "2024-12-31",
    ]);
  });

  it("finds the quarter and year of a date", () => {
    expect(["2024-01-01", "2024-03-31", "2024-04-01", "2024-09-30", "2024-12-31"].map(quarterOf)).toEqual([
      1, 1, 2, 3, 4,
    ]);
    expect(yearOf("2025-06-30")).toBe(2025);
  });

  it("rejects days that do not exist", () => {
    expect(validIsoDate(2024, 2, 31)).toBeNull();
    expect(validIsoDate(2025, 2, 29)).toBeNull();
    expect(validIsoDate(2024, 13, 1)).toBeNull();
    expect(validIsoDate(2024, 6, 0)).toBeNull();
    expect(validIsoDate(2024, 2, 29)).toBe("2024-02-29");
  });

  it("takes 1900–2199 as plausible plan years", () => {
    expect([1899, 1900, 2024, 2199, 2200, 2024.5, NaN].map(isPlausibleYear)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("shows dates the Vietnamese way", () => {
    expect(formatViDate("2024-06-30")).toBe("30/06/2024");
  });
});

describe("Excel serial numbers (1900 date system)", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45292, "2024-01-01"],
    [45473, "2024-06-30"],
    [45473.75, "2024-06-30"],
  ])("serial %d is %s", (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it("round-trips every plan date", () => {
    fc.assert(
      fc.property(
        calendarDay,
        ({ y, m, d }) => excelSerialToIso(isoToExcelSerial(isoDate(y, m, d))) === isoDate(y, m, d),
      ),
    );
  });

  it("takes only serials of plausible plan dates as dates", () => {
    expect(dateOfSerial(45473)).toBe("2024-06-30");
    expect(dateOfSerial(2025)).toBeNull();
    expect(dateOfSerial(19999)).toBeNull();
    expect(dateOfSerial(80001)).toBeNull();
  });
});

describe("readDateCell", () => {
  it.each([null, "", "   ", "\u00A0"])("reads %j as empty", (v) => {
    expect(readDateCell(v)).toEqual({ kind: "empty" });
  });

  it.each<[string | number | Date, string]>([
    ["30/06/2024", "2024-06-30"],
    ["1/7/2024", "2024-07-01"],
    ["30-06-2024", "2024-06-30"],
    ["30.06.2024", "2024-06-30"],
    ["2024-06-30", "2024-06-30"],
    [" 15/9/2024 ", "2024-09-15"],
    [45473, "2024-06-30"],
    [utc(2024, 6, 30), "2024-06-30"],
  ])("reads %j as %s", (v, iso) => {
    expect(readDateCell(v)).toEqual({ kind: "date", date: iso });
  });

  it("reads day before month, never month/day", () => {
    expect(readDateCell("06/07/2024")).toEqual({ kind: "date", date: "2024-07-06" });
    expect(readDateCell("06/30/2024")).toEqual({ kind: "invalid", text: "06/30/2024" });
  });

  it.each<[string | number | boolean | Date, string]>([
    ["31/02/2024", "31/02/2024"],
    ["30/06/24", "30/06/24"],
    ["30/06-2024", "30/06-2024"],
    ["hôm qua", "hôm qua"],
    ["Hoàn thành", "Hoàn thành"],
    [12, "12"],
    [true, "TRUE"],
    [utc(1800, 1, 1), "01/01/1800"],
    [new Date(NaN), ""],
  ])("reads %j as invalid", (v, text) => {
    expect(readDateCell(v)).toEqual({ kind: "invalid", text });
  });

  it("reads any generated d/m/yyyy as that day", () => {
    fc.assert(
      fc.property(calendarDay, ({ y, m, d }) => {
        const read = readDateCell(`${d}/${m}/${y}`);
        return read.kind === "date" && read.date === isoDate(y, m, d);
      }),
    );
  });

  it("reads a Date cell by its UTC day", () => {
    fc.assert(fc.property(calendarDay, ({ y, m, d }) => isoOfDate(utc(y, m, d)) === isoDate(y, m, d)));
  });

  it("never throws", () => {
    fc.assert(fc.property(cellValue, (v) => typeof readDateCell(v).kind === "string"));
  });
});
