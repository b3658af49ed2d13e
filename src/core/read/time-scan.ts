// Finds the time phrases inside a sentence ("Trình Thủ tướng Chính phủ trong Quý II/2026", "Hoàn thành … trong năm
// 2026. Định kỳ cập nhật …"): every stretch of words that reads as a time phrase, longest first.
import { type Phrase, readPhrase } from "./time-periods";

/** A phrase found in a sentence, and whether it stands as a time of the task (not part of a citation or a name). */
export interface FoundPhrase {
  phrase: Phrase;
  standalone: boolean;
}

// The longest phrase read ("chậm nhất là ngày 30 tháng 6 năm 2024", "quý I, quý II và quý III năm 2025") is shorter.
const MAX_PHRASE_WORDS = 16;
// Words a phrase can open with: introducing words, unit words, numbers.
const PHRASE_START =
  /^(?:\d+|cham|muon|trong|vao|den|toi|truoc|ke|bat|tu|sau|cuoi|han|thoi|ca|ngay|nam|giai|quy|qui|q|thang|t)$/;
// Signs that end a clause: what follows starts afresh ("Giai đoạn 2026 - 2027. Thực hiện …", "- Thí điểm …").
const CLAUSE_END = new Set([".", ";", ":", ",", "-", "+"]);
// Verbs after which a bare year or day is the time the work is done by ("hoàn thành năm 2026").
const DONE_BY = /(?:^| )(?:hoan thanh|thuc hien|trien khai|ket thuc)$/;

/**
 * The time phrases of a sentence, in order. A year or a day counts only where something says it is a time — a word
 * such as "trong", "trước", "từ", the start of a clause, or "hoàn thành" — so that "Luật … năm 2025" or a cited
 * "Nghị quyết số 57-NQ/TW ngày 22/12/2024" is not taken for a deadline; a quarter, month, half-year or "giai đoạn"
 * counts anywhere. Null when a time runs on in a way no phrase reads ("2026 - 2025", "Quý I năm sau"): a reading
 * of its first half would be a guess.
 */
export function scanPhrases(words: string): FoundPhrase[] | null {
  const tokens = words.split(" ");
  const found: FoundPhrase[] = [];
  for (let i = 0; i < tokens.length;) {
    const longest = PHRASE_START.test(tokens[i]) ? longestPhrase(tokens, i) : null;
    if (!longest) {
      i++;
      continue;
    }
    const [phrase, end] = longest;
    if (runsOn(tokens, end, phrase)) return null;
    // A phrase followed by "/" and letters is part of a document number ("12/2025/NĐ-CP").
    if (tokens[end] !== "/") {
      const standalone = phrase.selfEvident || phrase.introduced || i === 0 || CLAUSE_END.has(tokens[i - 1]);
      found.push({ phrase, standalone: standalone || DONE_BY.test(tokens.slice(Math.max(0, i - 2), i).join(" ")) });
    }
    // A phrase that does not stand is skipped whole, so that no part of a citation's date is read on its own.
    i = end;
  }
  return found;
}

function longestPhrase(tokens: string[], start: number): [Phrase, number] | null {
  for (let end = Math.min(tokens.length, start + MAX_PHRASE_WORDS); end > start; end--) {
    const phrase = readPhrase(tokens.slice(start, end).join(" "));
    if (phrase) return [phrase, end];
  }
  return null;
}

// A sign and a number right after the phrase ("2026 - 2025", "Quý I/2026 - 2") or a yearless phrase followed by
// "năm" ("Quý I năm sau") mean the time goes on in words no reader here understands.
function runsOn(tokens: string[], end: number, phrase: Phrase): boolean {
  const [next, after] = [tokens[end], tokens[end + 1]];
  if ((next === "-" || next === "/" || next === ".") && after !== undefined && /^\d/.test(after)) return true;
  return next === "nam" && phrase.periods.some((p) => p.year === null);
}
