// The pane speaks Vietnamese to people whose Office is in Vietnamese and English to everyone else.
import type { Bilingual } from "../core/check/finding";

export type Language = "vi" | "en";

/** Picks the UI language from Office's display language ("vi-VN" → Vietnamese, anything else → English). */
export function uiLanguage(displayLanguage: string | null | undefined): Language {
  return /^vi(-|$)/i.test(displayLanguage ?? "") ? "vi" : "en";
}

/** The half of a two-language message the user reads. */
export function pick(message: Bilingual, language: Language): string {
  return message[language];
}
