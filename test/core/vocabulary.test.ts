import fc from "fast-check";
import type { CellValue } from "../../src/core/model/cell-value";
import { ROLE_LABEL, STATUS_LABEL, readRole, readStatus } from "../../src/core/read/vocabulary";

// Any value a worksheet cell can hold, including odd text, NaN and invalid dates.
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.double(),
  fc.date(),
  fc.boolean(),
  fc.constant(null),
);
const nfd = (s: string) => s.normalize("NFD");

describe("readRole", () => {
  it.each([null, "", "  ", "\u200B"])("reads %j as no part in the task", (v) => {
    expect(readRole(v)).toEqual({ kind: "empty" });
  });

  it("takes the seed plan's spelling as standard", () => {
    expect(readRole("Chủ trì")).toEqual({ kind: "role", role: "lead", standard: true });
    expect(readRole("Phối hợp")).toEqual({ kind: "role", role: "coordinate", standard: true });
    expect(readRole(ROLE_LABEL.lead)).toEqual({ kind: "role", role: "lead", standard: true });
  });

  it.each([
    ["chủ trì", "lead"],
    ["CHỦ TRÌ", "lead"],
    [" Chủ  trì ", "lead"],
    [nfd("Chủ trì"), "lead"],
    ["CT", "lead"],
    ["ct", "lead"],
    ["chu tri", "lead"],
    ["Chu Tri", "lead"],
    ["phối hợp", "coordinate"],
    ["PHỐI HỢP", "coordinate"],
    [nfd("Phối hợp"), "coordinate"],
    ["PH", "coordinate"],
    ["phoi hop", "coordinate"],
    ["Phối\u00A0hợp", "coordinate"],
  ])("accepts %j as %s, offering to rewrite it", (v, role) => {
    expect(readRole(v)).toEqual({ kind: "role", role, standard: false });
  });

  it.each<[CellValue, string]>([
    ["Chỉ đạo", "Chỉ đạo"],
    ["x", "x"],
    ["X", "X"],
    ["Chủ trì, phối hợp", "Chủ trì, phối hợp"],
    ["Chủ trì/Phối hợp", "Chủ trì/Phối hợp"],
    ["Tham gia", "Tham gia"],
    [1, "1"],
    [true, "TRUE"],
  ])("leaves %j for a finding", (v, text) => {
    expect(readRole(v)).toEqual({ kind: "unknown", text });
  });

  it("never throws", () => {
    fc.assert(fc.property(cellValue, (v) => typeof readRole(v).kind === "string"));
  });
});

describe("readStatus", () => {
  it.each([null, "", "   "])("reads %j as not started", (v) => {
    expect(readStatus(v)).toEqual({ kind: "status", status: "notStarted", standard: true });
  });

  it.each([
    ["Chưa thực hiện", "notStarted"],
    ["Đang thực hiện", "inProgress"],
    ["Hoàn thành", "done"],
  ])("takes %j as standard", (v, status) => {
    expect(readStatus(v)).toEqual({ kind: "status", status, standard: true });
    expect(STATUS_LABEL[status as keyof typeof STATUS_LABEL]).toBe(v);
  });

  it.each([
    ["Đã hoàn thành", "done"],
    ["ĐÃ HOÀN THÀNH", "done"],
    ["hoàn  thành", "done"],
    ["hoan thanh", "done"],
    [nfd("Hoàn thành"), "done"],
    ["đang thực hiện", "inProgress"],
    ["Dang thuc hien", "inProgress"],
    ["chưa thực hiện ", "notStarted"],
  ])("accepts %j as %s, offering to rewrite it", (v, status) => {
    expect(readStatus(v)).toEqual({ kind: "status", status, standard: false });
  });

  it.each<[CellValue, string]>([
    ["Xong", "Xong"],
    ["Hoàn thành 80%", "Hoàn thành 80%"],
    ["constructor", "constructor"],
    [1, "1"],
    [false, "FALSE"],
  ])("leaves %j for a finding", (v, text) => {
    expect(readStatus(v)).toEqual({ kind: "unknown", text });
  });

  it("never throws", () => {
    fc.assert(fc.property(cellValue, (v) => typeof readStatus(v).kind === "string"));
  });
});
