// A time cell's text as the time readers see it: foldAscii'd words, numbers and signs, one space apart
// ("Quý II/2024" → "quy ii / 2024"), with the asides that carry no date taken out.
import { cleanText, foldAscii } from "../text/normalize";

// A bracketed aside ("(nếu có)", "(theo yêu cầu của cấp có thẩm quyền)") or a footnote mark ("[1]") holds a
// condition, not the time: the date stands outside it.
const ASIDE = /\([^()]*\)|\[[^[\]]*\]/g;
// Full stops, commas and the like at the end say nothing about the time ("Giai đoạn 2026 - 2030.").
const TRAILING_SIGNS = /(?: [.,;:!])+$/;
const LEADING_SIGNS = /^(?:[.,;:] )+/;

/** The words of a time cell: folded to ASCII, asides dropped (unless nothing else is left), lines kept apart by ";". */
export function timeWords(raw: string): string {
  // A line break ends a clause as ";" does; cleaning would turn it into a mere space.
  const text = cleanText(raw.replace(/\s*[\r\n]+\s*/g, " ; "));
  // Asides inside asides go from the inside out.
  let outside = text;
  for (let before = ""; before !== outside;) [before, outside] = [outside, outside.replace(ASIDE, " ")];
  return wordsOf(outside.trim() ? outside : text);
}

/** Cuts folded text into words, numbers and signs; dashes of every width count as "-", "Q1", "QIV" and "T3" come apart. */
function wordsOf(text: string): string {
  const ascii = foldAscii(text).replace(/[\u2010-\u2015\u2212]/g, "-");
  // "QIV" is "Q" and "IV", as "Q4" is "Q" and "4".
  return (ascii.match(/[a-z]+|\d+|\S/g) ?? [])
    .map((word) => word.replace(/^q(iv|i{1,3})$/, "q $1"))
    .join(" ")
    .replace(TRAILING_SIGNS, "")
    .replace(LEADING_SIGNS, "");
}
