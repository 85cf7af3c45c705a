/**
 * The one canonical form of every JSON file in data/: two-space indent and a final newline, so
 * hand edits and generated files diff cleanly and tests can demand byte equality.
 */
export function toCanonicalJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** True when the text is already in canonical form (the test for hand-edited files). */
export function isCanonicalJson(text: string): boolean {
  return toCanonicalJson(JSON.parse(text)) === text;
}
