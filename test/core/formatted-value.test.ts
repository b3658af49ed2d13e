import { isoToExcelSerial } from "../../src/core/model/dates";
import { formattedValue } from "../../src/core/read/formatted-value";

describe("formattedValue: a date Excel made of typed text, read as the user sees it", () => {
  const june2025 = isoToExcelSerial("2025-06-01");
  test.each([
    [june2025, "mmm-yy", "6/2025"],
    [june2025, "m/yyyy", "6/2025"],
    [june2025, "[$-42A]mmmm yyyy", "6/2025"],
    [june2025, "General", june2025],
    [2025, "General", 2025],
    [june2025, "h:mm", june2025],
  ])("%p under %p → %p", (value, format, shown) => expect(formattedValue(value, format)).toEqual(shown));

  test("a full date format gives the calendar day", () => {
    expect(formattedValue(isoToExcelSerial("2025-06-30"), "d/m/yyyy")).toEqual(new Date("2025-06-30T00:00:00Z"));
    expect(formattedValue("Quý I", "mmm-yy")).toBe("Quý I");
  });

  test("a Date cell, as exceljs reads it, shows the same: the month under a month format, the day under a date format", () => {
    const june30 = new Date("2025-06-30T00:00:00Z");
    expect(formattedValue(june30, "mm/yyyy")).toBe("6/2025");
    expect(formattedValue(june30, "dd/mm/yyyy")).toBe(june30);
    expect(formattedValue(june30, null)).toBe(june30);
  });
});
