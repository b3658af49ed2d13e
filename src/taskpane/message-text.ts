// Cell text quoted in a message can be as long as a cell holds (32,767 characters). The pane shows the start of it, so
// one finding cannot fill the pane or give screen readers a page-long button name; the cell itself keeps the whole.
const MAX_SHOWN = 120;

/** The start of a long text with "…" after it; short texts unchanged (never splits a surrogate pair or strands a tone mark). */
export function shortText(text: string, max = MAX_SHOWN): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let end = max;
  while (end > 0 && /\p{M}/u.test(chars[end])) end--;
  return `${chars.slice(0, end).join("")}…`;
}

/** A message with each "quoted" cell text shortened as shortText() does. */
export function shortQuotes(message: string, max = MAX_SHOWN): string {
  return message.replace(/"([^"]*)"/g, (whole, inner: string) =>
    Array.from(inner).length > max ? `"${shortText(inner, max)}"` : whole,
  );
}
