// The words agency lists are made of, by what they mean in a list: the head word an agency's name starts with
// ("Bộ", "Sở", "Ủy ban"), the kind nouns that group phrases enumerate ("cơ quan", "ngành", "địa phương"), the
// determiners that make a phrase stand for many bodies ("các", "những"), the words that close a group phrase
// ("liên quan", "khác"), and the duty verbs that start a role phrase after a name ("trình", "thúc đẩy", "chủ trì").
// Words are compared by their folded key (case, Unicode form and tone placement ignored), one syllable per token.
import { foldKey } from "../text/normalize";

/** One word (syllable) or comma of a cell, with where it sits in the text it came from. */
export interface Token {
  text: string;
  /** The folded word; for "tỉnh/thành" only the part before the slash. */
  key: string;
  start: number;
  end: number;
  comma: boolean;
}

/** Splits one separator-free stretch of cell text into words and commas, keeping their offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/,|[^\s,]+/g)) {
    const t = m[0];
    out.push({
      text: t,
      key: t === "," ? "," : wordKey(t),
      start: m.index,
      end: m.index + t.length,
      comma: t === ",",
    });
  }
  return out;
}

// Words repeat across a plan's cells far more than they vary, and folding is the costly part of reading a cell.
const wordKeys = new Map<string, string>();
const MAX_WORDS = 50000;

function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    if (wordKeys.size >= MAX_WORDS) wordKeys.clear();
    key = foldKey(word).replace(/\/.*$/, "");
    wordKeys.set(word, key);
  }
  return key;
}

type Phrases = Map<string, string[][]>;

// Phrases indexed by their first word, longest first, so a lookup at a position tries only the few that can match.
function phrases(list: string[]): Phrases {
  const byFirst: Phrases = new Map();
  for (const p of list) {
    const words = p.split(" ").map((w) => foldKey(w));
    const bucket = byFirst.get(words[0]) ?? [];
    bucket.push(words);
    byFirst.set(words[0], bucket);
  }
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.length - a.length);
  return byFirst;
}

// Words an agency's own name starts with. Local-government words ("tỉnh", "xã") are kinds, not heads: "Thành
// phố Hồ Chí Minh" inside "UBND Thành phố Hồ Chí Minh" does not start a second agency.
const HEADS = phrases([
  "bộ",
  "bộ chỉ huy",
  "bộ tư lệnh",
  "sở",
  "ban",
  "ủy ban",
  "ubnd",
  "hđnd",
  "ubmttq",
  "văn phòng",
  "viện",
  "viện kiểm sát",
  "vksnd",
  "học viện",
  "tổng cục",
  "cục",
  "chi cục",
  "vụ",
  "trung tâm",
  "hội",
  "hội đồng",
  "hiệp hội",
  "liên đoàn",
  "tổng liên đoàn",
  "liên hiệp",
  "đài",
  "báo",
  "thông tấn xã",
  "ngân hàng",
  "kho bạc",
  "bảo hiểm xã hội",
  "bhxh",
  "tòa án",
  "tand",
  "kiểm toán",
  "đoàn",
  "tỉnh đoàn",
  "thành đoàn",
  "công đoàn",
  "mặt trận",
  "công an",
  "quân khu",
  "trường",
  "đại học",
  "bệnh viện",
  "tập đoàn",
  "tổng công ty",
  "công ty",
  "phòng",
  "cảng vụ",
  "thanh tra",
  "tỉnh ủy",
  "thành ủy",
  "huyện ủy",
  "đảng ủy",
  "quỹ",
]);

// Heads of units that sit inside another body: "Phòng Cảnh sát kinh tế Công an tỉnh" and "Vụ Pháp chế Bộ Tư
// pháp" name a unit and its parent with no separator, as Vietnamese does, and are one agency.
const SUBUNIT_HEADS = new Set(
  [
    "phòng",
    "vụ",
    "cục",
    "chi cục",
    "tổng cục",
    "văn phòng",
    "thanh tra",
    "trung tâm",
    "ban",
    "viện",
    "học viện",
    "trường",
    "đại học",
    "hội đồng",
    "đoàn",
    "bệnh viện",
  ].map(foldKey),
);

// Kind nouns a group phrase enumerates that can each head a group of their own ("cơ quan, tổ chức liên quan").
const MEMBER_KINDS = phrases([
  "cơ quan",
  "tổ chức",
  "đơn vị",
  "cơ sở",
  "doanh nghiệp",
  "cộng đồng",
  "người dân",
  "hộ gia đình",
  "hợp tác xã",
  "đoàn thể",
  "trường",
  "viện",
  "hiệp hội",
]);

// Kind nouns of the administration's tiers, which continue an enumeration ("các bộ, ngành và địa phương").
const TIER_KINDS = phrases([
  "bộ",
  "ngành",
  "sở",
  "ban",
  "địa phương",
  "tỉnh",
  "thành phố",
  "huyện",
  "quận",
  "xã",
  "phường",
  "thị xã",
  "thị trấn",
  "đặc khu",
  "cấp",
]);

// "xã hội" (society) is one word, not the tier "xã": "Sở Lao động - Thương binh và Xã hội".
const NOT_KINDS = phrases(["xã hội"]);

const DETERMINERS = new Set(["các", "những", "mọi"].map(foldKey));

// Verbs that follow an agency's name to say what it does with the task; they end the name.
const DUTY_VERBS = phrases([
  "chủ trì",
  "phối hợp",
  "trình",
  "thực hiện",
  "tổ chức thực hiện",
  "tổ chức triển khai",
  "thúc đẩy",
  "theo dõi",
  "báo cáo",
  "hướng dẫn",
  "tổng hợp",
  "đôn đốc",
  "chịu trách nhiệm",
  "tham mưu",
  "triển khai",
  "giám sát",
  "đề xuất",
  "ban hành",
  "phê duyệt",
]);

// Syllables before "trình" that make a noun of it ("công trình", "chương trình"), not the verb "submit".
const TRINH_NOUNS = new Set(
  ["công", "chương", "quy", "lộ", "hành", "tiến", "giáo", "phương", "thuyết", "tờ"].map(foldKey),
);

// The words that close a group phrase: "… liên quan", "… khác", "… trên địa bàn tỉnh".
const [LIEN, QUAN, KHAC, TREN, DIA, BAN, TRINH] = ["liên", "quan", "khác", "trên", "địa", "bàn", "trình"].map(foldKey);
const ON_TERRITORY = foldKey("trên địa bàn ");
const CLOSERS = ["có liên quan", "liên quan", "khác", "khác có liên quan", "khác liên quan"].map(foldKey);

// Words after which a second agency name is a complement, not a second agency ("các đơn vị thuộc Bộ Y tế").
const RELATIONAL = new Set(
  ["thuộc", "của", "tại", "ở", "với", "cho", "về", "trong", "theo", "và", "-", "–", "đối"].map(foldKey),
);

/** The number of words of the longest phrase of a list that starts at token i (commas end a phrase), or 0. */
function matchLength(tokens: Token[], i: number, list: Phrases): number {
  const bucket = list.get(tokens[i]?.key ?? "");
  if (!bucket) return 0;
  for (const words of bucket) {
    if (words.every((w, k) => tokens[i + k] !== undefined && !tokens[i + k].comma && tokens[i + k].key === w))
      return words.length;
  }
  return 0;
}

/** Whether a token is written with a capital first letter. */
export function capitalised(t: Token | undefined): boolean {
  return t !== undefined && !t.comma && /^\p{Lu}/u.test(t.text);
}

/** Whether a token is an acronym ("VTV", "KH&CN", "TTXVN"); roman numerals ("XII") are not. */
export function isAcronym(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}[\p{Lu}\d&]*\p{Lu}$/u.test(t.text) && !/^[IVXLCDM]+$/.test(t.text);
}

/** The number of words of the agency head word at token i ("Ủy ban" → 2), or 0. */
export function headAt(tokens: Token[], i: number): number {
  return matchLength(tokens, i, HEADS);
}

/** Whether the head word at token i names a unit inside another body ("Phòng", "Vụ"). */
export function isSubunitHead(tokens: Token[], i: number): boolean {
  const n = headAt(tokens, i);
  return (
    n > 0 &&
    SUBUNIT_HEADS.has(
      tokens
        .slice(i, i + n)
        .map((t) => t.key)
        .join(" "),
    )
  );
}

/** The number of words of a kind noun at token i ("cơ quan", "địa phương"), or 0. */
export function kindAt(tokens: Token[], i: number): number {
  if (matchLength(tokens, i, NOT_KINDS) > 0) return 0;
  return Math.max(matchLength(tokens, i, MEMBER_KINDS), matchLength(tokens, i, TIER_KINDS));
}

/** The number of words of a member kind at token i ("cơ quan", "doanh nghiệp"), which heads a group of its own. */
export function memberKindAt(tokens: Token[], i: number): number {
  return matchLength(tokens, i, MEMBER_KINDS);
}

/** Whether token i is a plural or collective determiner ("các", "những"). */
export function isDeterminer(t: Token | undefined): boolean {
  return t !== undefined && DETERMINERS.has(t.key);
}

/** Whether the word before a name makes it a complement ("thuộc Bộ Y tế") rather than a new agency. */
export function isRelational(t: Token | undefined): boolean {
  return t !== undefined && RELATIONAL.has(t.key);
}

/** The number of words of a duty verb at token i ("trình", "thúc đẩy"), or 0. */
export function dutyVerbAt(tokens: Token[], i: number): number {
  const n = matchLength(tokens, i, DUTY_VERBS);
  if (n === 1 && tokens[i].key === TRINH && TRINH_NOUNS.has(tokens[i - 1]?.key ?? "")) return 0;
  // A verb written with a capital is part of a name ("Vụ Tổng hợp", "Ban Chỉ đạo").
  return n > 0 && !capitalised(tokens[i]) ? n : 0;
}

/** Whether the words from..to (exclusive) end with a word that closes a group phrase ("… liên quan", "… khác"). */
export function endsClosed(tokens: Token[], from: number, to: number): boolean {
  const keys = tokens
    .slice(from, to)
    .filter((t) => !t.comma)
    .map((t) => t.key);
  const n = keys.length;
  if (n >= 2 && keys[n - 2] === LIEN && keys[n - 1] === QUAN) return true;
  if (n >= 1 && keys[n - 1] === KHAC) return true;
  for (let i = 0; i + 2 < n; i++) if (keys[i] === TREN && keys[i + 1] === DIA && keys[i + 2] === BAN) return true;
  return false;
}

/** Whether tokens from..to (exclusive) are only kind nouns and head words, possibly closed ("Ban", "cơ quan liên quan"). */
export function bareKinds(tokens: Token[], from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const n = Math.max(kindAt(tokens, i), headAt(tokens, i));
    if (n === 0) break;
    i += n;
  }
  return i > from && (i === to || isCloser(tokens, i, to));
}

/** Whether tokens from..to (exclusive) are only the words that close a group ("có liên quan", "khác"). */
export function isCloser(tokens: Token[], from: number, to: number): boolean {
  const rest = tokens
    .slice(from, to)
    .map((t) => t.key)
    .join(" ");
  return CLOSERS.includes(rest) || rest.startsWith(ON_TERRITORY);
}
