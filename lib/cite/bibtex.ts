import { dateParts, type CslDate, type CslItem, type CslType } from './csl-item';

/**
 * BibTeX entries, with the biblatex fields (`date`, `urldate`, `doi`) that Zotero, JabRef and
 * biber read, alongside the classic `year`/`month`. Text is UTF-8 (biber and modern bibtex read
 * it) with LaTeX's specials escaped; an organisation's name is wrapped in braces so it is never
 * split into first and last names; titles are braced so a style does not lower-case them.
 * Addresses are left as they are: a URL here is always percent-encoded, so it has no braces,
 * spaces or backslashes.
 */

const TYPES: Record<CslType, string> = {
  'article-newspaper': 'article',
  article: 'article',
  webpage: 'online',
  report: 'techreport',
  dataset: 'misc',
  legislation: 'misc',
  document: 'misc',
};

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export const escapeBibtex = (value: string) =>
  value.replace(/[\r\n]+/g, ' ').replace(/[\\{}#$%&_~^]/g, (c) => SPECIALS[c]!);

const isoDay = (date: CslDate | undefined) => {
  const { year, month, day } = dateParts(date);
  if (year === undefined) return undefined;
  return [year, month, day]
    .filter((n) => n !== undefined)
    .map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0')))
    .join('-');
};

/** "doe2026lithium": first author's family name, year, first title word, in plain ASCII. */
export function citationKey(item: CslItem): string {
  const ascii = (text: string | undefined) =>
    (text ?? '')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase();
  const first = item.author?.[0];
  const who =
    ascii(first?.family ?? first?.literal?.split(/\s+/)[0]) ||
    ascii(item['container-title']?.split(/\s+/)[0]);
  const word =
    item.title
      .split(/\s+/)
      .map(ascii)
      .find((w) => w.length > 3) ?? '';
  return (
    `${who}${dateParts(item.issued).year ?? 'nd'}${word}`.slice(0, 60) || item.id.replace(/[^A-Za-z0-9]/g, '')
  );
}

export function itemToBibtex(item: CslItem, key = citationKey(item)): string {
  const fields: [string, string][] = [];
  const add = (name: string, value: string | number | undefined, raw = false) => {
    if (value === undefined || value === '') return;
    fields.push([name, raw ? String(value) : escapeBibtex(String(value))]);
  };
  add('title', `{${escapeBibtex(item.title)}}`, true);
  const names = (item.author ?? []).map((n) =>
    n.literal !== undefined
      ? `{${escapeBibtex(n.literal)}}`
      : escapeBibtex([n.family, n.given].filter(Boolean).join(', ')),
  );
  if (names.length) add('author', names.join(' and '), true);
  const journal = item.type === 'article-newspaper' || item.type === 'article';
  add(
    journal ? 'journal' : item.type === 'report' ? 'institution' : 'organization',
    item['container-title'] ?? (item.type === 'report' ? item.publisher : undefined),
  );
  add('publisher', item.type === 'report' ? undefined : item.publisher);
  const { year, month } = dateParts(item.issued);
  add('year', year);
  add('month', month);
  add('date', isoDay(item.issued));
  add('urldate', isoDay(item.accessed));
  add('version', item.version);
  add('number', item.number);
  add('type', item.genre);
  add('language', item.language);
  add('doi', item.DOI, true);
  add('url', item.URL, true);
  add('note', item.note);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${TYPES[item.type]}{${key},\n${body}\n}`;
}

/** Keys are unique within a file: a second "doe2026lithium" becomes "doe2026lithiumb". */
export function toBibtex(items: CslItem[]): string {
  const used = new Set<string>();
  const entries = items.map((item) => {
    const base = citationKey(item);
    let key = base;
    for (let n = 1; used.has(key); n++)
      key = `${base}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? n : ''}`;
    used.add(key);
    return itemToBibtex(item, key);
  });
  return `${entries.join('\n\n')}\n`;
}
