import { organisationName, personName, splitByline, uniqueAuthors, type Author } from './author-name';
import { cleanDate, cleanDoi, cleanLanguage, cleanText, cleanUrl, MAX_NAME } from './clean-field';
import type { FoundFields } from './found-fields';

/**
 * The <meta> conventions, read from one pass over the head's meta elements: Highwire Press
 * (`citation_*`, what Google Scholar and Zotero read first), Dublin Core (`DC.*`, `DCTERMS.*`),
 * Open Graph (`og:*`, `article:*`), and plain HTML (`author`, `<title>`, `<html lang>`,
 * `<link rel=canonical>`).
 */

/** Values per lower-cased name or property, in document order; capped so a junk page stays cheap. */
export type MetaValues = Map<string, string[]>;
const MAX_META = 500;
const MAX_VALUES = 40;

export function collectMeta(doc: Document): MetaValues {
  const values: MetaValues = new Map();
  const metas = doc.querySelectorAll('meta[name], meta[property]');
  for (let i = 0; i < metas.length && i < MAX_META; i++) {
    const meta = metas[i]!;
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content');
    if (!key || content === null) continue;
    const list = values.get(key) ?? [];
    if (list.length < MAX_VALUES) list.push(content);
    values.set(key, list);
  }
  return values;
}

const first = <T>(meta: MetaValues, keys: string[], clean: (value: string) => T | null): T | null => {
  for (const key of keys)
    for (const value of meta.get(key) ?? []) {
      const cleaned = clean(value);
      if (cleaned !== null) return cleaned;
    }
  return null;
};

const people = (meta: MetaValues, keys: string[]): Author[] =>
  uniqueAuthors(
    keys.flatMap((key) => (meta.get(key) ?? []).flatMap(splitByline).flatMap((n) => personName(n) ?? [])),
  );

export function readHighwire(meta: MetaValues, base: string): FoundFields {
  const report = first(meta, ['citation_technical_report_institution'], (v) => cleanText(v, MAX_NAME));
  return {
    title: first(meta, ['citation_title'], cleanText),
    authors: people(meta, ['citation_author', 'citation_authors']),
    site:
      report ??
      first(meta, ['citation_journal_title', 'citation_publisher', 'citation_conference_title'], (v) =>
        cleanText(v, MAX_NAME),
      ),
    published: first(
      meta,
      ['citation_publication_date', 'citation_date', 'citation_online_date', 'citation_cover_date'],
      cleanDate,
    ),
    language: first(meta, ['citation_language'], cleanLanguage),
    url: first(
      meta,
      ['citation_public_url', 'citation_fulltext_html_url', 'citation_abstract_html_url'],
      (v) => cleanUrl(v, base),
    ),
    doi: first(meta, ['citation_doi'], cleanDoi),
    genre: report ? 'report' : meta.has('citation_title') ? 'article' : null,
  };
}

const dc = (...names: string[]) => names.flatMap((n) => [`dc.${n}`, `dcterms.${n}`]);

export function readDublinCore(meta: MetaValues, base: string): FoundFields {
  return {
    title: first(meta, dc('title'), cleanText),
    authors: people(meta, dc('creator', 'contributor').slice(0, 2)),
    site: first(meta, dc('publisher'), (v) => cleanText(v, MAX_NAME)),
    published: first(meta, [...dc('issued', 'created', 'date'), 'dc.date.issued'], cleanDate),
    modified: first(meta, dc('modified'), cleanDate),
    language: first(meta, dc('language'), cleanLanguage),
    url: first(meta, dc('identifier'), (v) => (cleanDoi(v) ? null : cleanUrl(v, base))),
    doi: first(meta, dc('identifier'), cleanDoi),
  };
}

export function readOpenGraph(meta: MetaValues, base: string): FoundFields {
  const type = first(meta, ['og:type'], (v) => v.trim().toLowerCase());
  return {
    title: first(meta, ['og:title', 'twitter:title'], cleanText),
    authors: people(meta, ['article:author']),
    site: first(meta, ['og:site_name'], (v) => cleanText(v, MAX_NAME)),
    published: first(meta, ['article:published_time', 'og:published_time'], cleanDate),
    modified: first(meta, ['article:modified_time', 'og:updated_time'], cleanDate),
    language: first(meta, ['og:locale'], cleanLanguage),
    url: first(meta, ['og:url'], (v) => cleanUrl(v, base)),
    genre: type === 'article' ? 'article' : null,
  };
}

export function readHtml(doc: Document, meta: MetaValues, base: string): FoundFields {
  const author = first(meta, ['author'], (v) => {
    const names = splitByline(v).flatMap((n) => personName(n) ?? []);
    return names.length ? names : null;
  });
  return {
    title: cleanText(doc.querySelector('title')?.textContent ?? null),
    authors: author ?? [],
    site: first(
      meta,
      ['application-name', 'publisher'],
      (v) => organisationName(v) && cleanText(v, MAX_NAME),
    ),
    published: first(meta, ['date', 'pubdate', 'publish-date'], cleanDate),
    language: cleanLanguage(doc.documentElement?.getAttribute('lang')),
    url: cleanUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), base),
  };
}
