// Old plans were often typed with TCVN3 (.VnTime, ABC) or VNI (VNI-Times) fonts; once such a cell is read as
// Unicode its text is mojibake ("Chñ tr×" for "Chủ trì", "chaøo" for "chào"). This module recognises that text
// and turns it back into Unicode, so role and time cells can be read instead of reported as unknown.
// It must run on the raw cell text: normalising first (e.g. dropping U+00AD, TCVN3's "ư") would damage it.

import { TCVN3_OTHERS, TCVN3_VOWELS, TONE_MARKS, VNI_D_STROKE, VNI_VOWELS } from "./legacy-encoding-tables";

export type LegacyEncoding = "tcvn3" | "vni";

const TCVN3_DECODE = new Map<string, string>();
const TCVN3_ENCODE = new Map<string, string>();
const VNI_PAIRS = new Map<string, string>();
const VNI_SINGLES = new Map<string, string>();
const VNI_ENCODE = new Map<string, string>();

function addVni(letter: string, bytes: string): void {
  // Capitals are the same bytes upper-cased; decoding looks sequences up in lower case and takes the case
  // from the base letter, so "Aø" (Excel's PROPER() on "aø") reads as "À" just like "AØ".
  VNI_ENCODE.set(letter, bytes);
  VNI_ENCODE.set(letter.toUpperCase(), bytes.toUpperCase());
  if (bytes.length === 2) VNI_PAIRS.set(bytes, letter);
  else if (bytes.charCodeAt(0) >= 0x80) VNI_SINGLES.set(bytes, letter);
}

for (const [base, codes] of TCVN3_VOWELS) {
  codes.forEach((code, tone) => {
    const letter = (base + TONE_MARKS[tone]).normalize("NFC");
    const byte = String.fromCharCode(code);
    TCVN3_ENCODE.set(letter, byte);
    if (code >= 0x80) TCVN3_DECODE.set(byte, letter);
  });
}
for (const [letter, code] of TCVN3_OTHERS) {
  TCVN3_ENCODE.set(letter, String.fromCharCode(code));
  TCVN3_DECODE.set(String.fromCharCode(code), letter);
}
for (const [base, sequences] of VNI_VOWELS) {
  sequences.forEach((bytes, tone) => addVni((base + TONE_MARKS[tone]).normalize("NFC"), bytes));
}
addVni("đ", VNI_D_STROKE);

/**
 * Runs of characters that may form a word. To TCVN3 every character of Latin-1's upper half is a letter ("©" is
 * â, "×" is ì); to VNI only Latin-1's letters are, so its symbols stay punctuation.
 */
// Combining marks (U+0300–U+036F) belong in these classes: a legacy word may carry them as separate characters.
/* eslint-disable no-misleading-character-class */
const WORD: Record<LegacyEncoding, RegExp> = {
  tcvn3: /[0-9A-Za-z\u00a1-\u00ff\u0100-\u024f\u0300-\u036f\u1e00-\u1eff]+/g,
  vni: /[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0300-\u036f\u1e00-\u1eff]+/g,
};
/* eslint-enable no-misleading-character-class */
/** Characters VNI text is made of besides ASCII, i.e. those it can leave over when they fit no sequence. */
const VNI_LETTER = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]/;
/** Capitals a .VnTime word can contain: ASCII ones and VN3's toneless capitals Ă Â Ê Ô Ơ Ư Đ. */
const TCVN3_CAPITAL = /[A-Z\u00a1-\u00a7]/;
const TCVN3_CAPITALS = /[A-Z\u00a1-\u00a7]/g;

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();

/** Decoded text, and how many of its legacy-range characters the encoding has no use for (evidence against it). */
interface Reading {
  text: string;
  strays: number;
}

function readTcvn3Word(word: string, shouting: boolean): Reading {
  // VN3 has no toned capitals: all-caps headings were typed with .VnTimeH, which draws the lowercase bytes as
  // capitals. A word with no lowercase ASCII letter and a capital after its first letter ("HO¹CH", "CHñ"), or
  // any word of a cell with no lowercase ASCII letter at all, is such a heading; "Së" alone stays "Sở", not "SỞ".
  const capitals = !/[a-z]/.test(word) && (shouting || TCVN3_CAPITAL.test(word.slice(1)));
  let text = "";
  let strays = 0;
  for (const ch of word) {
    const letter = TCVN3_DECODE.get(ch);
    if (letter === undefined && ch >= "\u00a1" && ch <= "\u00ff") strays += 1;
    text += letter === undefined ? ch : capitals ? letter.toUpperCase() : letter;
  }
  return { text, strays };
}

function decodeTcvn3(text: string): string {
  const shouting = !/[a-z]/.test(text) && (text.match(TCVN3_CAPITALS)?.length ?? 0) >= 2;
  return text.replace(WORD.tcvn3, (word) => readTcvn3Word(word, shouting).text);
}

function readVni(input: string): Reading {
  let text = "";
  let strays = 0;
  let i = 0;
  while (i < input.length) {
    const pair = VNI_PAIRS.get(input.slice(i, i + 2).toLowerCase());
    const letter = pair ?? VNI_SINGLES.get(input[i].toLowerCase());
    if (letter === undefined && VNI_LETTER.test(input[i])) strays += 1;
    text += letter === undefined ? input[i] : isUpper(input[i]) ? letter.toUpperCase() : letter;
    i += pair === undefined ? 1 : 2;
  }
  return { text, strays };
}

/** Turns text known to be TCVN3 or VNI mojibake into NFC Unicode (use fixLegacyText when the encoding is unknown). */
export function convertLegacyText(text: string, from: LegacyEncoding): string {
  return (from === "tcvn3" ? decodeTcvn3(text) : readVni(text).text).normalize("NFC");
}

/**
 * Writes Unicode text the way a TCVN3 or VNI font stores it, read back as Windows-1252 — for tests and demo files.
 * TCVN3 cannot store toned capitals, so they are written with their lowercase byte, as .VnTimeH users did.
 */
export function encodeLegacyText(text: string, to: LegacyEncoding): string {
  const table = to === "tcvn3" ? TCVN3_ENCODE : VNI_ENCODE;
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const direct = table.get(ch);
    out += direct ?? (ch.charCodeAt(0) < 0x80 ? ch : (table.get(ch.toLowerCase()) ?? ch));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Vietnamese syllable check: the detector's idea of "looks like Vietnamese". Written syllables are
// onset + rhyme + at most one tone, from small closed sets, so random byte soup almost never passes.

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSETS = "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x".split(" ").concat("");
// The loanword rhymes oong/ooc ("xoong", "soóc") are left out: they are rare, and without them the TCVN3 reading
// of VNI's very common "oá"/"oà" + ng/c ("soáng" sống) is no syllable.
const RHYMES = new Set(
  [
    "a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âu ây âc âm ân âng âp ât",
    "e eo ec em en eng ep et ê êu êch êm ên ênh êp êt",
    "i ia iu ich im in inh ip it iêu iêc iêm iên iêng iêp iêt yêu yêm yên yêt",
    "o oi oc om on ong op ot oa oai oao oay oac oach oam oan oang oanh oap oat",
    "oăc oăm oăn oăng oăt oe oeo oen oet ô ôi ôc ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt",
    "u ui uc um un ung up ut ua uai uao uay uac uach uan uang uanh uat uăc uăm uăn uăng uăp uăt",
    "uân uâng uât uây ue ueo uen uet uê uêch uên uênh uêt uôi uôc uôm uôn uông uôt uơ",
    "uy uya uyu uych uynh uyt uyên uyêt ư ưa ưi ưu ưc ưng ưt ươi ươu ươc ươm ươn ương ươp ươt y",
  ]
    .join(" ")
    .split(" "),
);

/** Onsets a bare "y" rhyme follows (lý, mỹ, kỹ, sỹ, tỷ, hy, vy, ý, quý); elsewhere the vowel is written "i". */
const Y_ONSETS = new Set(["", "h", "k", "l", "m", "s", "t", "v", "qu"]);

function rhymeFits(onset: string, rest: string): boolean {
  if (rest === "y" && !Y_ONSETS.has(onset)) return false;
  switch (onset) {
    case "qu":
      return RHYMES.has("u" + rest);
    case "k":
      return /^[ieêy]/.test(rest) && RHYMES.has(rest);
    case "gh":
    case "ngh":
      return /^[ieê]/.test(rest) && RHYMES.has(rest);
    case "c":
      return !/^[ieêy]/.test(rest) && RHYMES.has(rest);
    case "g":
      return !/^[eê]/.test(rest) && RHYMES.has(rest);
    case "ng":
      return !/^[ieê]/.test(rest) && RHYMES.has(rest);
    default:
      return RHYMES.has(rest);
  }
}

/**
 * Where a rhyme may carry its tone: on the (last) vowel with a shape mark, else on the last vowel before a final
 * consonant, else on the first of two vowels or the middle of three — and either vowel of open oa, oe, uy, where
 * the old style ("hoà", "thuý") is as common as the new one. A tone on a final glide ("quyù" read as Unicode)
 * is never Vietnamese, which keeps VNI mojibake from passing as a syllable.
 */
function toneSpots(rest: string): number[] {
  const vowels = /^[aăâeêioôơuưy]+/.exec(rest)?.[0] ?? "";
  const shaped = Math.max(...[..."ăâêôơư"].map((ch) => vowels.lastIndexOf(ch)));
  if (shaped >= 0) return [shaped];
  if (vowels.length < rest.length) return [vowels.length - 1];
  if (["oa", "oe", "uy"].includes(vowels)) return [0, 1];
  return [vowels.length === 3 ? 1 : 0];
}

function isSyllable(word: string): boolean {
  let bare = "";
  let tones = 0;
  let tone = "";
  let toneAt = -1;
  for (const ch of word.toLowerCase().normalize("NFC")) {
    const parts = ch.normalize("NFD");
    const marks = parts.match(TONE);
    if (marks) {
      tones += marks.length;
      tone = marks[0];
      toneAt = bare.length;
    }
    bare += parts.replace(TONE, "").normalize("NFC");
  }
  if (tones > 1 || !/^[a-zăâđêôơư]+$/.test(bare)) return false;
  // A rhyme closed by c, ch, p or t only takes the sắc or nặng tone.
  const stopTone = tone === "\u0301" || tone === "\u0323";
  return ONSETS.some((onset) => {
    if (!bare.startsWith(onset)) return false;
    const rest = bare.slice(onset.length);
    return (
      rhymeFits(onset, rest) &&
      (stopTone || !/(c|ch|p|t)$/.test(rest)) &&
      (tones === 0 || toneSpots(rest).includes(toneAt - onset.length))
    );
  });
}

// ---------------------------------------------------------------------------------------------------------
// Detection.
//
// Both encodings turn Vietnamese into text made only of ASCII and Latin-1 characters, so a cell holding any
// other letter (ơ, ư, đ, ạ, ... or a combining mark) is Unicode already and is left alone. Otherwise each word
// (words with digits aside) is decoded with each encoding and scored:
// - good: the word changes, is not a Vietnamese syllable as written, becomes one once decoded, and is more than
//   a lone symbol — "Phèi" → "Phối", "chaøo" → "chào", "®Ó" → "để", but not "×" → "ì" or "©" → "â".
// - ambiguous: the word changes but is a syllable either way ("bé" / TCVN3 "bộ", "hoà" / VNI "hồ").
// - bad: the word does not become a syllable ("café" → TCVN3 "cafộ", "Señor" → "Seủor"), or holds a character
//   the encoding never produces ("à" is a hole in VN3; a VNI "ý" or a mark after a consonant fits no sequence).
// A syllable must also be written in one case shape — lower, Title or UPPER — since "phÈm" read as Unicode is
// no word while TCVN3 "phẩm" is. An encoding is accepted when it has a good word, at most one bad word per two
// good ones, and the decoded cell reads as Vietnamese: at least 60% of its words are syllables — all of them
// when the evidence is a single good word, so one French "où" (VNI "ó") in "Il y a où" is not enough.
// Abbreviations and single letters ("UBND", "K/T", "LĐLĐTP") are left out of that count. Unicode Vietnamese
// that uses only Latin-1 letters ("Cà phê", "Quý I") is made of valid syllables, so it never scores a good word.
// When both encodings are accepted, the one with more good than bad words wins, then the one that rewrites
// fewer already-valid words ("Chuû trì" is VNI "Chủ trì", not TCVN3 "Chuỷ trỡ"); a full tie is left alone.

// eslint-disable-next-line no-control-regex -- the whole Latin-1 range, control characters included
const NON_LATIN1_LETTER = /(?![\u0000-\u00ff])[\p{L}\p{M}]/u;
const ABBREVIATION = /^(?:[A-ZĐ]+|[A-Za-z])$/;

function readsAsSyllable(word: string): boolean {
  const rest = word.slice(1);
  const caseShapeOk = rest === rest.toLowerCase() || word === word.toUpperCase();
  return caseShapeOk && isSyllable(word);
}

interface Score {
  margin: number;
  ambiguous: number;
}

function score(text: string, encoding: LegacyEncoding): Score | null {
  let good = 0;
  let bad = 0;
  let ambiguous = 0;
  let words = 0;
  let syllables = 0;
  for (const [word] of text.matchAll(WORD[encoding])) {
    if (/[0-9]/.test(word)) continue;
    const reading = encoding === "tcvn3" ? readTcvn3Word(word, false) : readVni(word);
    const decoded = reading.text;
    if (ABBREVIATION.test(word) || ABBREVIATION.test(decoded)) continue;
    const decodedValid = reading.strays === 0 && readsAsSyllable(decoded);
    words += 1;
    if (decodedValid) syllables += 1;
    if (decoded === word && reading.strays === 0) continue;
    if (!decodedValid) bad += 1;
    else if (readsAsSyllable(word)) ambiguous += 1;
    else if (word.length > 1 || /[A-Za-z]/.test(word)) good += 1;
  }
  const accepted = good >= 1 && bad * 2 <= good && syllables >= (good === 1 ? 1 : 0.6) * words;
  return accepted ? { margin: good - bad, ambiguous } : null;
}

const LATIN1_UPPER_HALF = /[\u0080-\u00FF]/;

/**
 * Whether text could be legacy-font mojibake: a character of Latin-1's upper half and no letter beyond Latin-1. Unicode
 * Vietnamese shows such a letter (ư, ơ, ạ, ổ…) within a few characters, so this scan stops there, sparing most cells of
 * a plan the regular expressions; characters outside the common letter blocks take the exact test.
 */
export function mayBeLegacy(text: string): boolean {
  let upperHalf = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c <= 0xff) upperHalf = true;
    else if (c <= 0x24f || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return false;
    else return LATIN1_UPPER_HALF.test(text) && !NON_LATIN1_LETTER.test(text);
  }
  return upperHalf;
}

/** Tells whether a cell's text is TCVN3 or VNI mojibake, or null when it is (or may well be) ordinary text. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  // Mojibake always holds a character of Latin-1's upper half; plain ASCII ("1234.", "Ban") decodes to itself.
  if (!mayBeLegacy(text)) return null;
  const tcvn3 = score(text, "tcvn3");
  const vni = score(text, "vni");
  if (tcvn3 && vni) {
    const lead = tcvn3.margin - vni.margin || vni.ambiguous - tcvn3.ambiguous;
    return lead > 0 ? "tcvn3" : lead < 0 ? "vni" : null;
  }
  return tcvn3 ? "tcvn3" : vni ? "vni" : null;
}

/** Repairs a cell typed in a legacy font: its Unicode text and the encoding found, or null when nothing to fix. */
export function fixLegacyText(text: string): { text: string; encoding: LegacyEncoding } | null {
  const encoding = detectLegacyEncoding(text);
  return encoding === null ? null : { text: convertLegacyText(text, encoding), encoding };
}
