import type { CellValue } from "./cell-value";
import { cellText } from "../text/normalize";

export type IsoDate = string;

const DAY_MS = 86_400_000;
// Excel's serial number of 1970-01-01, the day JavaScript counts from.
const SERIAL_OF_1970 = 25569;
// Excel (1900 system) counts a 29/02/1900 that never was: from 01/03/1900 (serial 61) serials count from
// 30/12/1899, before it from 31/12/1899.
const FIRST_SERIAL_AFTER_FAKE_LEAP_DAY = 61;
// Serials of plausible plan dates (03/10/1954 – 11/01/2119); other numbers in a date cell are not dates.
const MIN_DATE_SERIAL = 20000;
const MAX_DATE_SERIAL = 80000;

/** Writes a calendar day as the ISO date that dates travel as between modules. */
export function isoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/** Whether a number can be a plan's year (1900–2199), so that typos such as 20245 are not taken as years. */
export function isPlausibleYear(y: unknown): y is number {
  return Number.isInteger(y) && (y as number) >= 1900 && (y as number) <= 2199;
}

/** The calendar day of a moment on the machine's own clock: what "today" means where the date is read (pane, ribbon, command line). */
export function todayIso(now: Date): IsoDate {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** The ISO date of a real calendar day, or null for days that do not exist (31/2, 29/2/2023). */
export function validIsoDate(y: number, m: number, d: number): IsoDate | null {
  const valid = [y, m, d].every(Number.isInteger) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  return valid ? isoDate(y, m, d) : null;
}

/** The deadline of a task due "in month m". */
export function lastDayOfMonth(y: number, m: number): IsoDate {
  return isoDate(y, m, daysInMonth(y, m));
}

/** The deadline of a task due "in quarter q" (calendar quarters). */
export function lastDayOfQuarter(y: number, q: number): IsoDate {
  return lastDayOfMonth(y, q * 3);
}

/** The calendar quarter a date falls in, which decides whether a deadline is "due" now. */
export function quarterOf(iso: IsoDate): 1 | 2 | 3 | 4 {
  return Math.ceil(Number(iso.slice(5, 7)) / 3) as 1 | 2 | 3 | 4;
}

/** The year of a date, to compare it with the plan year. */
export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** The date an Excel date serial number (1900 date system) stands for; the time of day is dropped. */
export function excelSerialToIso(n: number): IsoDate {
  const serial = Math.floor(n);
  const shift = serial < FIRST_SERIAL_AFTER_FAKE_LEAP_DAY ? 1 : 0;
  return isoDateOfUtc(new Date((serial - SERIAL_OF_1970 + shift) * DAY_MS));
}

/** The Excel serial number (1900 date system) to write for a date so Excel shows it as a date. */
export function isoToExcelSerial(iso: IsoDate): number {
  const days = Date.UTC(yearOf(iso), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
  const serial = days + SERIAL_OF_1970;
  return serial < FIRST_SERIAL_AFTER_FAKE_LEAP_DAY ? serial - 1 : serial;
}

/** The calendar day of a Date cell (read in UTC, as the adapters store dates), or null when it is no plausible date. */
export function isoOfDate(d: Date): IsoDate | null {
  return isPlausibleYear(d.getUTCFullYear()) ? isoDateOfUtc(d) : null;
}

/** Reads a completion-date cell written as a date, an Excel serial or day/month/year text (never month/day). */
export function readDateCell(
  v: CellValue,
): { kind: "empty" } | { kind: "date"; date: IsoDate } | { kind: "invalid"; text: string } {
  const text = cellText(v);
  if (text === "" && !(v instanceof Date)) return { kind: "empty" };
  const date = v instanceof Date ? isoOfDate(v) : typeof v === "number" ? dateOfSerial(v) : textDate(text);
  return date ? { kind: "date", date } : { kind: "invalid", text };
}

/** Shows a date the Vietnamese way, "30/06/2024". */
export function formatViDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The date a number in a date column stands for, when it is the Excel serial of a plausible plan date. */
export function dateOfSerial(n: number): IsoDate | null {
  return n >= MIN_DATE_SERIAL && n <= MAX_DATE_SERIAL ? excelSerialToIso(n) : null;
}

function textDate(text: string): IsoDate | null {
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [y, m, d] = dmy ? [dmy[4], dmy[3], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
  return y && isPlausibleYear(Number(y)) ? validIsoDate(Number(y), Number(m), Number(d)) : null;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function isoDateOfUtc(d: Date): IsoDate {
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
