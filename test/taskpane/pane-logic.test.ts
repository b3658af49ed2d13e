import { findingKey } from "../../src/core/check/ignored-findings";
import { agencyNames } from "../../src/taskpane/agency-input";
import { todayIso } from "../../src/core/model/dates";
import { dateInputText, formatDate, parseDateInput } from "../../src/ui-text/dates";
import { countOpenFindings } from "../../src/core/check/ignored-findings";
import { groupFindings } from "../../src/taskpane/finding-groups";
import { uiLanguage } from "../../src/ui-text/language";
import { errorText, paneError } from "../../src/ui-text/errors";
import { initialState, paneReducer } from "../../src/taskpane/pane-state";
import { stringsFor } from "../../src/ui-text/strings";
import { aFinding, selected, setCell } from "./helpers/findings";

describe("UI language and dates", () => {
  test("Vietnamese for any vi-* display language, English otherwise", () => {
    expect(["vi-VN", "vi", "VI-vn"].map(uiLanguage)).toEqual(["vi", "vi", "vi"]);
    expect(["en-US", "fr-FR", "", undefined, null, "video"].map(uiLanguage)).toEqual([
      "en",
      "en",
      "en",
      "en",
      "en",
      "en",
    ]);
  });

  test("dates read day first and show dd/mm/yyyy in Vietnamese", () => {
    expect(formatDate("2024-06-05", "vi")).toBe("05/06/2024");
    expect(formatDate("2024-06-05", "en")).toBe("5 Jun 2024");
    expect(dateInputText("2024-06-05", "vi")).toBe("05/06/2024");
    // English fields show the date as English text shows it everywhere, and read it back.
    expect(dateInputText("2024-06-05", "en")).toBe("5 Jun 2024");
    expect(parseDateInput(dateInputText("2024-06-05", "en"))).toBe("2024-06-05");
    expect(
      ["30/6/2024", "30/06/2024", "30-06-2024", "30.6.2024", " 2024-06-30 ", "30 Jun 2024", "30 june 2024"].map(
        parseDateInput,
      ),
    ).toEqual(Array(7).fill("2024-06-30"));
    // Never month/day, and never a day that does not exist.
    expect(
      ["6/30/2024", "31/2/2024", "2024-13-01", "hôm nay", "", "31 Jun 2024", "30 Jux 2024"].map(parseDateInput),
    ).toEqual([null, null, null, null, null, null, null]);
    expect(todayIso(new Date(2025, 0, 9))).toBe("2025-01-09");
  });

  test("agency names are split by line or semicolon, never by comma or 'và'", () => {
    expect(agencyNames("Sở Lao động - Thương binh và Xã hội\n  Các bộ, ngành, địa phương ;Sở Tài chính\n\n")).toEqual([
      "Sở Lao động - Thương binh và Xã hội",
      "Các bộ, ngành, địa phương",
      "Sở Tài chính",
    ]);
  });

  test("every string exists in both languages", () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v).map((x) => `${k}.${x}`) : [k]));
    expect(keys(stringsFor("en")).sort()).toEqual(keys(stringsFor("vi")).sort());
  });
});

describe("finding groups", () => {
  const findings = [
    aFinding("lead-missing", "C20", "3"),
    aFinding("role-unknown", "D21", "4"),
    aFinding("lead-missing", "C25", "8"),
    aFinding("role-nonstandard", "D18", "1", setCell("D18", "phối hợp", "Phối hợp")),
    aFinding("role-nonstandard", "E19", "2", setCell("E19", "phoi hop", "Phối hợp")),
    aFinding("agency-unused", "E17", null),
  ];

  test("groups by severity, then by rule in the order rules first occur", () => {
    const groups = groupFindings(findings, new Set(), false);
    expect(groups.map((g) => [g.severity, g.rules.map((r) => [r.rule, r.entries.map((e) => e.finding.cell)])])).toEqual(
      [
        [
          "error",
          [
            ["lead-missing", ["C20", "C25"]],
            ["role-unknown", ["D21"]],
          ],
        ],
        ["warning", [["role-nonstandard", ["D18", "E19"]]]],
        ["info", [["agency-unused", ["E17"]]]],
      ],
    );
    expect(groups[1].rules[0].fixable.map((f) => f.cell)).toEqual(["D18", "E19"]);
  });

  test("ignored findings are left out, counted apart, and listed (not fixable) when asked for", () => {
    const ignored = new Set([findingKey(findings[3]), findingKey(findings[5])]);
    expect(countOpenFindings(findings, ignored)).toEqual({ errors: 3, warnings: 1, infos: 0, ignored: 2 });
    expect(groupFindings(findings, ignored, false).map((g) => g.severity)).toEqual(["error", "warning"]);
    const shown = groupFindings(findings, ignored, true);
    expect(shown[1].rules[0].entries.map((e) => [e.finding.cell, e.ignored])).toEqual([
      ["D18", true],
      ["E19", false],
    ]);
    expect(shown[1].rules[0].fixable.map((f) => f.cell)).toEqual(["E19"]);
  });

  test("a finding keeps its key when rows are inserted above it, and loses it when its cell says something else", () => {
    const moved = {
      ...findings[0],
      cell: "C22",
      message: { vi: findings[0].message.vi.replace("C20", "C22"), en: "" },
    };
    expect(findingKey(moved)).toBe(findingKey(findings[0]));
    expect(findingKey({ ...findings[0], message: { vi: "Nhiệm vụ 3 (Kế hoạch!C20): khác", en: "" } })).not.toBe(
      findingKey(findings[0]),
    );
  });
});

describe("pane state", () => {
  test("one operation at a time: a start while busy changes nothing", () => {
    const busy = paneReducer(initialState("2024-06-30"), { type: "start", operation: "summary" });
    expect(busy.busy).toBe("summary");
    expect(paneReducer(busy, { type: "start", operation: "read" })).toBe(busy);
    expect(paneReducer(busy, { type: "finish" }).busy).toBeNull();
  });

  test("starting clears the last error and notes; a failure is kept until dismissed", () => {
    let s = paneReducer(initialState("2024-06-30"), { type: "start", operation: "select" });
    s = paneReducer(s, {
      type: "selected",
      result: { ...selected("D18"), selected: false, notes: [{ vi: "mất", en: "gone" }] },
    });
    s = paneReducer(s, { type: "failed", error: { kind: "editMode", action: "read" } });
    s = paneReducer(s, { type: "finish" });
    expect([s.notes.length, s.error]).toEqual([1, { kind: "editMode", action: "read" }]);
    s = paneReducer(s, { type: "start", operation: "read" });
    expect([s.notes.length, s.error]).toEqual([0, null]);
  });

  test("a fix's outcome survives the read that follows it, not a check of the user's own", () => {
    const fix = { applied: 2, conflicts: [], skipped: [], notes: [] };
    const read = { found: false as const, notes: [] };
    let s = paneReducer(initialState("2024-06-30"), { type: "start", operation: "fix" });
    s = paneReducer(paneReducer(s, { type: "fixed", result: fix }), { type: "read", result: read, ignored: [] });
    expect(s.fix).toBe(fix);
    s = paneReducer(paneReducer(s, { type: "finish" }), { type: "start", operation: "read" });
    expect(paneReducer(s, { type: "read", result: read, ignored: [] }).fix).toBeNull();
  });

  test('"Đã sửa 1 ô." goes once the user does anything else; a re-check after an edit in the workbook leaves it', () => {
    const fix = { applied: 1, conflicts: [], skipped: [], notes: [] };
    let s = paneReducer(initialState("2024-06-30"), { type: "start", operation: "fix" });
    s = paneReducer(paneReducer(s, { type: "fixed", result: fix }), { type: "finish" });
    expect(paneReducer(paneReducer(s, { type: "start", operation: "recheck" }), { type: "finish" }).fix).toBe(fix);
    for (const operation of ["select", "ignore", "open", "quarter", "update"] as const)
      expect(paneReducer(s, { type: "start", operation }).fix).toBeNull();
  });

  test("a sheet link to a sheet that is gone leaves a note in both languages", () => {
    const s = paneReducer(initialState("2024-06-30"), { type: "opened", sheet: "Tổng hợp", found: false });
    expect(s.notes).toEqual([{ vi: expect.stringContaining("Tổng hợp"), en: expect.stringContaining("Tổng hợp") }]);
  });
});

describe("error messages", () => {
  test("Office error codes people can act on get a sentence; anything else keeps its own message", () => {
    const s = stringsFor("vi");
    expect(errorText(paneError({ code: "InvalidOperationInCellEditMode", message: "x" }), s)).toMatch(/chế độ sửa ô/);
    expect(errorText(paneError({ code: "AccessDenied" }), stringsFor("en"))).toMatch(/read-only/);
    expect(errorText(paneError(new Error("mạng bị ngắt")), s)).toBe(
      "Excel báo một lỗi không rõ nguyên nhân. Hãy thử lại; nếu vẫn lỗi, đóng rồi mở lại ngăn tác vụ.",
    );
    expect(errorText(paneError("lạ"), stringsFor("en"))).toBe("Excel reported an unexpected error: lạ");
  });

  test("the message names the action that failed, and Office's English text never reaches the Vietnamese pane", () => {
    const office = { code: "GeneralException", message: "An internal error has occurred." };
    const vi = errorText(paneError(office, "fix"), stringsFor("vi"));
    expect(vi).toMatch(/^Không thực hiện được “Sửa”\./);
    expect(vi).not.toContain("internal error");
    expect(errorText(paneError(office, "quarter"), stringsFor("en"))).toBe(
      "“Quarter report” could not finish. Excel reported an unexpected error: An internal error has occurred.",
    );
    expect(errorText(paneError({ code: "AccessDenied" }, "update"), stringsFor("vi"))).toMatch(
      /^Không thực hiện được “Ghi cập nhật”\. Sổ đang ở chế độ chỉ đọc/,
    );
  });
});
