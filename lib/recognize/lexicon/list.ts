/**
 * Word lists are written as one string with `|` between items, so that long lexicons stay
 * readable (the formatter would put each array item on its own line).
 */
export function list(text: string): string[] {
  return text
    .split('|')
    .map((item) => item.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}
