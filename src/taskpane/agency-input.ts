// The agencies typed for a new plan: one per line (or separated by ";"), because names themselves hold commas and
// "và" ("Sở Lao động - Thương binh và Xã hội", "các bộ, ngành, địa phương").

/** Splits what the user typed into agency names, blanks dropped. */
export function agencyNames(text: string): string[] {
  return text
    .split(/[\n;]/)
    .map((name) => name.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}
