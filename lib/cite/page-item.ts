import type { CslItem, CslType } from './csl-item';
import { cslDate, dayOf } from './csl-item';
import type { PageMetadata } from './page-metadata';

/**
 * The page the reader is on, as one CSL item: a newspaper article when the page says it is an
 * article, a report when Highwire names an institution, else a web page; always with the day the
 * reader accessed it, which styles print when the page gives no date.
 */

const TYPES: Record<PageMetadata['genre'], CslType> = {
  news: 'article-newspaper',
  article: 'article-newspaper',
  report: 'report',
  webpage: 'webpage',
};

export function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function pageItem(meta: PageMetadata, accessed: Date): CslItem {
  const url = meta.canonicalUrl ?? meta.url;
  const site = meta.site ?? (hostnameOf(url) || undefined);
  const type = TYPES[meta.genre];
  const item: CslItem = {
    id: url,
    type,
    title: meta.title ?? (hostnameOf(url) || url),
    author: meta.authors.length ? meta.authors : undefined,
    ...(type === 'report' ? { publisher: site } : { 'container-title': site }),
    issued: cslDate(meta.published),
    accessed: dayOf(accessed),
    URL: url,
    DOI: meta.doi ?? undefined,
    language: meta.language ?? undefined,
  };
  return dropUndefined(item);
}

/** JSON and the schema both want absent fields absent, not `undefined`. */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
