/**
 * What a spreadsheet might take for the start of a cell in a CSV file, whatever it splits on. Excel
 * and LibreOffice split on the list separator of the reader's locale (";" in Spain, much of Europe
 * and Latin America, "," elsewhere), pasting splits on tabs, and a reader that ignores quotes cuts
 * inside quoted cells too. So every character after a comma, semicolon, tab or line break may
 * start a cell, and whitespace and quote marks before a formula do not stop it (some readers drop
 * them). This model is stricter than any of them: it cuts at every one of those characters.
 */
const CUTS = /[,;\t\r\n]/;
const BEFORE_FORMULA = /^[\s"]*/u;
// OWASP's triggers, and their full-width forms, which some East Asian Excel locales convert.
const FORMULA = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** Every piece of raw CSV text a spreadsheet could read as a formula, in order. */
export function formulaFields(csv: string): string[] {
  return csv
    .split(CUTS)
    .map((field) => field.replace(BEFORE_FORMULA, ''))
    .filter((field) => FORMULA.test(field));
}
