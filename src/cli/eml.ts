// An email draft as a file (.eml, RFC 5322) that Outlook and Thunderbird open: CRLF line ends, header lines under 78
// characters, non-ASCII header text as RFC 2047 encoded-words (UTF-8, base64, each under 75 characters and never
// splitting a letter's bytes), and the UTF-8 body in base64 so no line length or 8-bit path can damage it.
// "X-Unsent: 1" makes Outlook open the file as a draft ready to send from the user's own account.
import { randomBytes } from "node:crypto";

/** One address of a draft: who (shown) and where. */
export interface Mailbox {
  name: string;
  address: string;
}

/** What a draft says: sender, recipients (none makes a draft the user addresses), subject and plain-text body. */
export interface Draft {
  from: Mailbox;
  to: Mailbox[];
  subject: string;
  body: string;
  date: Date;
}

const CRLF = "\r\n";
// An encoded-word is at most 75 characters; 42 bytes of text make 56 of base64, a 68-character word that fits on a
// line after "Subject: ".
const WORD_BYTES = 42;

/** The message text of a draft, ready to be saved as an .eml file. */
export function formatEml(draft: Draft, messageId = newMessageId(draft.from.address)): string {
  const headers = [
    `From: ${mailbox(draft.from)}`,
    ...(draft.to.length ? [`To: ${draft.to.map(mailbox).join(`,${CRLF} `)}`] : []),
    `Subject: ${encodedWords(draft.subject, "Subject: ".length)}`,
    `Date: ${rfc5322Date(draft.date)}`,
    `Message-ID: ${messageId}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "X-Unsent: 1",
  ];
  const body = Buffer.from(draft.body.replace(/\r?\n/g, CRLF), "utf8").toString("base64");
  const lines = body.match(/.{1,76}/g) ?? [];
  return headers.join(CRLF) + CRLF + CRLF + lines.join(CRLF) + CRLF;
}

// A display name in encoded-words when it is not plain ASCII (the address then on a line of its own), else quoted.
function mailbox(m: Mailbox): string {
  if (/^[\x20-\x7e]*$/.test(m.name)) return `"${m.name.replace(/["\\]/g, "\\$&")}" <${m.address}>`;
  return `${encodedWords(m.name, "To: ".length)}${CRLF} <${m.address}>`;
}

/** RFC 2047 encoded-words for a header's text, folded onto continuation lines so no line passes 78 characters. */
export function encodedWords(text: string, firstLineUsed: number): string {
  const words: string[] = [];
  let chunk: number[] = [];
  for (const letter of text.normalize("NFC")) {
    const bytes = [...Buffer.from(letter, "utf8")];
    if (chunk.length + bytes.length > WORD_BYTES) {
      words.push(word(chunk));
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length || words.length === 0) words.push(word(chunk));
  // The first word shares its line with the header's name when it fits.
  const first = firstLineUsed + words[0].length <= 78 ? words[0] : `${CRLF} ${words[0]}`;
  return [first, ...words.slice(1)].join(`${CRLF} `);
}

function word(bytes: number[]): string {
  return `=?UTF-8?B?${Buffer.from(bytes).toString("base64")}?=`;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A moment as RFC 5322 writes it, on the machine's own clock: "Mon, 01 Jul 2024 08:00:00 +0700". */
export function rfc5322Date(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const offset = -d.getTimezoneOffset();
  const sign = offset < 0 ? "-" : "+";
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
  return `${DAYS[d.getDay()]}, ${pad(d.getDate())} ${MONTHS[d.getMonth()]} ${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${zone}`;
}

// Unique per draft: time, randomness, and the sender's domain (RFC 5322 §3.6.4).
function newMessageId(from: string): string {
  const domain = from.split("@")[1] || "kehoach.invalid";
  return `<${Date.now().toString(36)}.${randomBytes(8).toString("hex")}@${domain}>`;
}
