import { dateParts, type CslDate, type CslItem, type CslType } from './csl-item';

/**
 * RIS (Research Information Systems), the oldest format reference managers import. Rules that
 * matter: every line is `TAG  - value` (two spaces, hyphen, space); a record starts with TY and
 * ends with `ER  - `; a value cannot span lines, so line breaks in data become spaces; lines end
 * with CRLF. Dates are `YYYY/MM/DD/`.
 */

const TYPES: Record<CslType, string> = {
  'article-newspaper': 'NEWS',
  article: 'JOUR',
  webpage: 'ELEC',
  report: 'RPRT',
  dataset: 'DATA',
  legislation: 'STAT',
  document: 'GEN',
};

const oneLine = (value: string) =>
  value
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function risDate(date: CslDate | undefined): string | undefined {
  const { year, month, day } = dateParts(date);
  if (year === undefined) return undefined;
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${year}/${pad(month)}/${pad(day)}/`;
}

export function itemToRis(item: CslItem): string {
  const lines: string[] = [];
  const add = (tag: string, value: string | number | undefined) => {
    if (value === undefined || value === '') return;
    const text = oneLine(String(value));
    if (text) lines.push(`${tag}  - ${text}`);
  };
  add('TY', TYPES[item.type]);
  add('TI', item.title);
  for (const name of item.author ?? []) {
    add('AU', name.literal ?? [name.family, name.given].filter(Boolean).join(', '));
  }
  add('T2', item['container-title']);
  add('PB', item.publisher);
  add('PY', dateParts(item.issued).year);
  add('DA', risDate(item.issued));
  add('Y2', risDate(item.accessed));
  add('ET', item.version);
  add('M1', item.number);
  add('M3', item.genre);
  add('LA', item.language);
  add('DO', item.DOI);
  add('UR', item.URL);
  add('N1', item.note);
  lines.push('ER  - ');
  return lines.join('\r\n');
}

export function toRis(items: CslItem[]): string {
  return `${items.map(itemToRis).join('\r\n\r\n')}\r\n`;
}
