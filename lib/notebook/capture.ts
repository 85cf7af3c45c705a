import type { PageMetadata } from '@/lib/cite/page-metadata';
import type { MentionList } from '@/lib/messaging';
import type { NotebookMention, NotebookPage } from './records';
import { textQuoteSelector } from './text-quote';

/**
 * What a content script hands over for the notebook (its mention list, and the page's metadata read
 * once) turned into the records the notebook stores. Pure, so the background does the work and the
 * page does none.
 */
export interface NotebookCapture {
  list: MentionList;
  metadata: PageMetadata | null;
}

export interface CapturedRecords {
  page: NotebookPage;
  mentions: NotebookMention[];
}

const MAX_MENTIONS = 2000;

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The page's key. A canonical address is taken only on the page's own site: a page must not file
 * itself under another site's address.
 */
export function pageKey(address: string, canonical: string | null): string {
  const own = address.split('#')[0] ?? address;
  if (!canonical || siteOf(canonical) !== siteOf(own)) return own;
  return canonical.split('#')[0] ?? canonical;
}

/** Every quote's id starts with its page's key: the page's quotes are one key range (notebook-store.ts). */
export const mentionIdPrefix = (url: string): string => `${url}\u0001`;

export function captureRecords({ list, metadata }: NotebookCapture, now: number): CapturedRecords {
  const url = pageKey(list.url, metadata?.canonicalUrl ?? null);
  const page: NotebookPage = {
    url,
    title: metadata?.title ?? list.title ?? url,
    site: siteOf(url),
    siteName: metadata?.site ?? null,
    authors: metadata?.authors ?? [],
    genre: metadata?.genre ?? 'webpage',
    doi: metadata?.doi ?? null,
    published: metadata?.published ?? null,
    language: metadata?.language ?? list.lang ?? '',
    visits: [now],
    lastVisit: now,
    note: '',
    starred: false,
  };
  const mentions = new Map<string, NotebookMention>();
  // Top frame only: a mention in an embedded frame belongs to that frame's address, not this page.
  for (const mention of list.mentions) {
    if (mention.frameId !== 0 || mentions.size >= MAX_MENTIONS) continue;
    const selector = textQuoteSelector(mention.text, mention.context);
    const id =
      mentionIdPrefix(url) +
      [mention.termId, selector.prefix, selector.exact, selector.suffix].join('\u0001');
    mentions.set(id, {
      id,
      page: url,
      termId: mention.termId,
      category: mention.category,
      text: mention.text,
      sentence: mention.context,
      selector,
      seen: now,
      note: '',
      starred: false,
    });
  }
  return { page, mentions: [...mentions.values()] };
}
