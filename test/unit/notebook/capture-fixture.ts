import type { PageMetadata } from '@/lib/cite/page-metadata';
import type { PageMention } from '@/lib/messaging';
import type { NotebookCapture } from '@/lib/notebook/capture';

/** A content script's hand-over as the background receives it, for notebook tests. */
export function mention(
  termId: string,
  text: string,
  context: string,
  extra: Partial<PageMention> = {},
): PageMention {
  return {
    index: 0,
    frameId: 0,
    frameUrl: 'https://www.minewire.example/2026/lithium',
    termId,
    kind: 'mineral',
    category: 'battery-metal',
    text,
    context,
    confidence: 0.9,
    why: { verdict: 'name' },
    ...extra,
  };
}

export function metadata(extra: Partial<PageMetadata> = {}): PageMetadata {
  return {
    url: 'https://www.minewire.example/2026/lithium',
    canonicalUrl: 'https://www.minewire.example/2026/lithium',
    title: 'Lithium miners race to meet demand',
    authors: [{ family: 'Ruiz', given: 'Ana' }],
    site: 'MineWire',
    published: '2026-03-04',
    modified: null,
    language: 'en',
    doi: null,
    genre: 'news',
    from: {},
    ...extra,
  };
}

export function capture(mentions: PageMention[], meta: PageMetadata | null = metadata()): NotebookCapture {
  return {
    list: {
      url: meta?.url ?? 'https://www.minewire.example/2026/lithium',
      title: 'Lithium | MineWire',
      lang: 'en',
      mentions,
    },
    metadata: meta,
  };
}
