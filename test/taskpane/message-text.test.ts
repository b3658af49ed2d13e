import { shortQuotes, shortText } from "../../src/taskpane/message-text";

describe("shortText / shortQuotes", () => {
  test("keeps short texts and shortens long ones to their start and an ellipsis", () => {
    expect(shortText("Quý V")).toBe("Quý V");
    expect(shortText("x".repeat(121))).toBe(`${"x".repeat(120)}…`);
    expect(shortText("a".repeat(120))).toBe("a".repeat(120));
  });

  test("counts characters, not UTF-16 units, and never leaves half an emoji or a bare tone mark", () => {
    expect(shortText("🎉".repeat(5), 3)).toBe("🎉🎉🎉…");
    // "ệ" written decomposed (NFD): e + two combining marks.
    expect(shortText("Nhie\u0323\u0302m", 4)).toBe("Nhi…");
  });

  test("shortens only the quoted cell text of a message", () => {
    const long = "Nhiệm".repeat(1000);
    expect(
      shortQuotes(`Nhiệm vụ 5 (Kế hoạch!F21): không đọc được thời gian "${long}" (ví dụ hợp lệ: Quý II, "Cả năm").`),
    ).toBe(
      `Nhiệm vụ 5 (Kế hoạch!F21): không đọc được thời gian "${"Nhiệm".repeat(24)}…" (ví dụ hợp lệ: Quý II, "Cả năm").`,
    );
  });
});
