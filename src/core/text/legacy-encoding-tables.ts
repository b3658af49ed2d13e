// Code charts for the two pre-Unicode Vietnamese encodings still found in old plans, written the way the
// text shows up once a cell typed in a legacy font is read as Windows-1252 (bytes 0xA1–0xFF are the
// same code points in Windows-1252 and Latin-1, so each byte is simply the character U+00XX).
//
// The charts are those of TCVN 5712:1993 table VN3 (the .VnTime/ABC font layout) and of VNI Windows (VNI-Times).
// Every position below was checked against, and agrees with:
// - GNU libiconv lib/tcvn.h (TCVN-5712 VN1, whose 0xA1-0xFE lowercase and toneless-capital positions are VN3's);
// - the TCVN and VNI tables of the xvnkb keyboard driver (github.com/lamdao/xvnkb, tcvn.h and vni.h);
// - "Bảng đối chiếu encoding các bộ chữ hiện hành với Unicode" (scribd.com/document/23311958), which lists the
//   TCVN3 byte and the VNI byte sequence of each letter side by side (the copy read covers the a, ă, â, e, ê, i rows);
// - the VNI and TCVN3 tables of github.com/duydev/vietnamese-conversion (src/charsets.ts).
// VN1's extra capitals (0x80-0x9F, control positions, and 0xAF, 0xBA, 0xBF-0xC5, ... that VN3 leaves empty) are
// left out on purpose: .VnTime fonts do not have them, and reading those bytes as letters would also turn
// ordinary Unicode capitals such as "À" or "Í" into something else.

/** The six tones in chart order: none, sắc, huyền, hỏi, ngã, nặng (combining marks, so rows build from a base). */
export const TONE_MARKS = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"] as const;

/**
 * TCVN3 (VN3) lowercase positions: each row is a base vowel and its bytes for the six tones in TONE_MARKS order.
 * VN3 has no capital letters with tones — .VnTime users typed the lowercase byte, and the .VnTimeH fonts draw
 * those same lowercase positions as capitals — so decoding these bytes always yields the lowercase letter.
 */
export const TCVN3_VOWELS: ReadonlyArray<readonly [string, readonly number[]]> = [
  ["a", [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9]],
  ["ă", [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6]],
  ["â", [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb]],
  ["e", [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1]],
  ["ê", [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6]],
  ["i", [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde]],
  ["o", [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4]],
  ["ô", [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9]],
  ["ơ", [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee]],
  ["u", [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4]],
  ["ư", [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9]],
  ["y", [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe]],
];

/** TCVN3 letters outside the vowel grid: đ, and the only capitals VN3 has (0xA1–0xA7, the toneless ones). */
export const TCVN3_OTHERS: ReadonlyArray<readonly [string, number]> = [
  ["đ", 0xae],
  ["Ă", 0xa1],
  ["Â", 0xa2],
  ["Ê", 0xa3],
  ["Ô", 0xa4],
  ["Ơ", 0xa5],
  ["Ư", 0xa6],
  ["Đ", 0xa7],
];

/**
 * VNI Windows (VNI-Times fonts), lowercase: a base letter followed by a mark byte, in TONE_MARKS order.
 * The capital of each sequence is the same bytes upper-cased (every mark byte has its capital 0x20 lower),
 * e.g. "aø" à / "AØ" À, "ñ" đ / "Ñ" Đ. i, ơ, ư, đ and ỵ are single bytes of their own.
 */
export const VNI_VOWELS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["a", ["a", "aù", "aø", "aû", "aõ", "aï"]],
  ["ă", ["aê", "aé", "aè", "aú", "aü", "aë"]],
  ["â", ["aâ", "aá", "aà", "aå", "aã", "aä"]],
  ["e", ["e", "eù", "eø", "eû", "eõ", "eï"]],
  ["ê", ["eâ", "eá", "eà", "eå", "eã", "eä"]],
  ["i", ["i", "í", "ì", "æ", "ó", "ò"]],
  ["o", ["o", "où", "oø", "oû", "oõ", "oï"]],
  ["ô", ["oâ", "oá", "oà", "oå", "oã", "oä"]],
  ["ơ", ["ô", "ôù", "ôø", "ôû", "ôõ", "ôï"]],
  ["u", ["u", "uù", "uø", "uû", "uõ", "uï"]],
  ["ư", ["ö", "öù", "öø", "öû", "öõ", "öï"]],
  ["y", ["y", "yù", "yø", "yû", "yõ", "î"]],
];

/** VNI đ. */
export const VNI_D_STROKE = "ñ";
