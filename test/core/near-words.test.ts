// Suggested roles and statuses for near misses: typos within the allowed edits and the words people use for a status
// are suggested; other words (another role such as "Chỉ đạo", notes, marks) are not; a suggestion is only ever offered.
import fc from "fast-check";
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import {
  ROLE_SYNONYMS,
  STATUS_SYNONYMS,
  allowedEdits,
  editDistance,
  soundKey,
  suggestRole,
  suggestStatus,
} from "../../src/core/read/near-words";
import { ROLE_LABEL, STATUS_LABEL, readRole, readStatus } from "../../src/core/read/vocabulary";
import { matrixPlan } from "../helpers/seed";

const LETTERS = "abcdeghiklmnopqstuvxy";

describe("suggestRole / suggestStatus", () => {
  test("the near misses people type get the word they meant", () => {
    expect(suggestRole("Chủ chì")).toBe("lead");
    expect(suggestRole("CHỦ  TRÌ.")).toBe("lead");
    expect(suggestRole("Phói hơp")).toBe("coordinate");
    expect(suggestRole("phối hợp thực hiện")).toBe("coordinate");
    expect(suggestStatus("xong rồi")).toBe("done");
    expect(suggestStatus("Đã xong")).toBe("done");
    expect(suggestStatus("đang làm")).toBe("inProgress");
    expect(suggestStatus("Đang thực hiên")).toBe("inProgress");
    expect(suggestStatus("chưa làm")).toBe("notStarted");
    expect(suggestStatus("Hoàn thnàh")).toBe("done");
  });

  test("other words are not suggested: another role, a mark, two roles in one cell, a note", () => {
    for (const text of ["Chỉ đạo", "x", "X", "Chủ trì, phối hợp", "Tham mưu", "", "   "])
      expect(suggestRole(text)).toBeNull();
    for (const text of ["Tạm dừng", "Hủy", "chưa", "Xong phần 1, còn phần 2", "50%"])
      expect(suggestStatus(text)).toBeNull();
  });

  test("any single letter changed, added or dropped in a standard word still suggests that word", () => {
    const words = [
      ...Object.entries(ROLE_LABEL).map(([meaning, label]) => ({ label, meaning, suggest: suggestRole })),
      ...Object.entries(STATUS_LABEL).map(([meaning, label]) => ({ label, meaning, suggest: suggestStatus })),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.nat(),
        fc.constantFrom(...LETTERS),
        fc.constantFrom("replace", "insert", "delete"),
        ({ label, meaning, suggest }, at, letter, edit) => {
          const word = soundKey(label);
          const i = at % word.length;
          const typo =
            edit === "replace"
              ? word.slice(0, i) + letter + word.slice(i + 1)
              : edit === "insert"
                ? word.slice(0, i) + letter + word.slice(i)
                : word.slice(0, i) + word.slice(i + 1);
          // An edit that lands as near a word of another meaning is no typo of this one: "Đang thực hiện" less its
          // "n" is one edit from "đã thực hiện" (done) too, and is rightly not suggested either way.
          const others = [
            ...Object.entries(ROLE_LABEL),
            ...Object.entries(STATUS_LABEL),
            ...[...ROLE_SYNONYMS, ...STATUS_SYNONYMS].map(([w, m]) => [m, w]),
          ].filter(([m]) => m !== meaning);
          fc.pre(others.every(([, w]) => editDistance(typo, soundKey(w)) > 1));
          fc.pre(readRole(typo).kind === "unknown" && readStatus(typo).kind === "unknown");
          expect(suggest(typo)).toBe(meaning);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("a suggestion is never far from a known word: within the edits allowed for its length", () => {
    const known = [
      ...Object.values(ROLE_LABEL),
      ...Object.values(STATUS_LABEL),
      ...[...ROLE_SYNONYMS, ...STATUS_SYNONYMS].map(([w]) => w),
    ].map(soundKey);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zđ ]{0,24}$/), (text) => {
        const key = soundKey(text);
        if (suggestRole(text) === null && suggestStatus(text) === null) return;
        expect(Math.min(...known.map((k) => editDistance(key, k)))).toBeLessThanOrEqual(allowedEdits(key.length));
      }),
      { numRuns: 2000 },
    );
  });

  test("case, tone placement, spacing and the tr/ch, s/x, d/gi/r mix-ups do not change the suggestion", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Chủ chì", "Phói hợp", "xong rồi", "đang làm", "Hoàn thnàh"),
        fc.boolean(),
        (t, upper) => {
          const variant = ` ${upper ? t.toUpperCase() : t.normalize("NFD")}  `;
          expect(suggestRole(variant)).toBe(suggestRole(t));
          expect(suggestStatus(variant)).toBe(suggestStatus(t));
        },
      ),
    );
    expect(soundKey("Trách nhiệm sử dụng giấy")).toBe(soundKey("chách nhiệm xử dụng dấy"));
  });

  test("edit distance is a metric on the examples: zero only for equal words, symmetric", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe("the fixes role-unknown and status-unknown offer", () => {
  const asOf = "2024-06-30";
  test("a near-miss role or status gets a setCell fix to the standard word; another word gets none", () => {
    const fs = analyseWorkbook(
      matrixPlan(
        [
          ["1.", "Việc một", "Chủ chì", "Chỉ đạo", "Phối hợp", "Quý I", "xong rồi", "15/03/2024"],
          ["2.", "Việc hai", "Chủ trì", "Phối hợp", "Phối hợp", "Quý I", "Tạm dừng", ""],
        ],
        { tracking: true },
      ),
      { asOf },
    )!.findings.filter((f) => f.rule === "role-unknown" || f.rule === "status-unknown");
    const byCell = Object.fromEntries(fs.map((f) => [f.cell, f]));
    expect(byCell.C6.fix).toEqual({ kind: "setCell", sheet: "Kế hoạch", cell: "C6", from: "Chủ chì", to: "Chủ trì" });
    expect(byCell.C6.message.vi).toContain('có lẽ là "Chủ trì"');
    expect(byCell.D6.fix).toBeUndefined();
    expect(byCell.G6.fix).toEqual({
      kind: "setCell",
      sheet: "Kế hoạch",
      cell: "G6",
      from: "xong rồi",
      to: "Hoàn thành",
    });
    expect(byCell.G7.fix).toBeUndefined();
  });

  test("a plan whose tasks have no role yet says nothing about unused agencies", () => {
    const fs = analyseWorkbook(matrixPlan([["1.", "Việc một", "", "", "", "Quý I"]]), { asOf })!.findings;
    expect(fs.filter((f) => f.rule === "agency-unused")).toEqual([]);
  });
});
