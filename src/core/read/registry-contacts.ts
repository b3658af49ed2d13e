// The registry sheet's optional contact columns ("Người liên hệ", "Email"): who to write to about an agency's tasks.
// Registries written before these columns existed have none, and read as before. The columns are found by the words of
// their header, wherever the user put them; an email cell may hold several addresses separated by ";" or ",".
import { z } from "zod";
import { cellAddress } from "../model/address";
import { gridBounds, gridValue, type SheetGrid } from "../model/grid";
import type { AgencyContact } from "../model/plan";
import { cellText, foldAscii } from "../text/normalize";

/** Where the registry's columns sit: the header row, and the contact columns when the sheet has them. */
export interface RegistryColumns {
  headerRow: number;
  nameCol: number;
  person: number | null;
  email: number | null;
}

/** One registry row's contact cells as read: the addresses that are valid and the pieces that are not. */
export interface ContactRow {
  name: string;
  row: number;
  contact: AgencyContact;
  /** The email cell (A1), when the sheet has an email column. */
  emailCell: string | null;
  invalid: string[];
}

const emailSchema = z.email();

/** Finds the registry's header row (first cell starting "Tên") and its contact columns by their words; null without a header. */
export function registryColumns(grid: SheetGrid): RegistryColumns | null {
  const b = gridBounds(grid);
  for (let r = b.top; r <= Math.min(b.bottom, b.top + 10); r++) {
    if (!foldAscii(cellText(gridValue(grid, r, b.left))).startsWith("ten")) continue;
    let person: number | null = null;
    let email: number | null = null;
    for (let c = b.left + 1; c <= b.right; c++) {
      const words = foldAscii(cellText(gridValue(grid, r, c)));
      if (email === null && isEmailHeader(words)) email = c;
      else if (person === null && isPersonHeader(words)) person = c;
    }
    return { headerRow: r, nameCol: b.left, person, email };
  }
  return null;
}

// "Email", "E-mail", "Thư điện tử", "Địa chỉ thư", "Hộp thư".
function isEmailHeader(words: string): boolean {
  return /\be-?mail\b|thu dien tu|dia chi thu|hop thu/.test(words);
}

// "Người liên hệ", "Cán bộ đầu mối", "Đầu mối liên hệ".
function isPersonHeader(words: string): boolean {
  return /lien he|dau moi/.test(words);
}

/** Splits an email cell into addresses and keeps apart the pieces that are not addresses (checked with zod). */
export function readEmails(text: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const piece of text.split(/[;,\n]/)) {
    // "Nguyễn Văn A <a@x.vn>" is how mail programs copy an address: the address is what is inside the brackets.
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const address = (/<([^<>]*)>\s*$/.exec(trimmed)?.[1] ?? trimmed).trim();
    if (emailSchema.safeParse(address).success) emails.push(address);
    else invalid.push(trimmed);
  }
  return { emails, invalid };
}

/** Reads the contact cells of every registry row under the header (rows without a name are skipped). */
export function readContactRows(grid: SheetGrid, columns: RegistryColumns): ContactRow[] {
  const b = gridBounds(grid);
  const rows: ContactRow[] = [];
  for (let r = columns.headerRow + 1; r <= b.bottom; r++) {
    const name = cellText(gridValue(grid, r, columns.nameCol));
    if (!name) continue;
    const person = columns.person === null ? "" : cellText(gridValue(grid, r, columns.person));
    const emailText = columns.email === null ? "" : cellText(gridValue(grid, r, columns.email));
    const { emails, invalid } = readEmails(emailText);
    rows.push({
      name,
      row: r,
      contact: { person: person || null, emailText, emails },
      emailCell: columns.email === null ? null : cellAddress(r, columns.email),
      invalid,
    });
  }
  return rows;
}
