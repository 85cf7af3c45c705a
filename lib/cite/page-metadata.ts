import { cleanUrl } from './clean-field';
import { METADATA_SOURCES, type FoundFields, type MetadataSource } from './found-fields';
import { readJsonLd } from './json-ld';
import { collectMeta, readDublinCore, readHighwire, readHtml, readOpenGraph } from './meta-tags';
import type { PageMetadata } from './page-metadata-schema';

export { PageMetadataSchema, type PageMetadata } from './page-metadata-schema';

/**
 * What a page says about itself, for citing it: read on demand (the panel asks), from the head's
 * tags and JSON-LD only, never writing to the page. Each field is taken from the most trusted
 * convention that has it (Highwire, JSON-LD, Dublin Core, Open Graph, then plain HTML), and `from`
 * says which, so a reader (and a test) can see why a citation reads as it does.
 */

type Field = keyof FoundFields;

const hasValue = (value: unknown) => (Array.isArray(value) ? value.length > 0 : value != null);

/** Reads `doc`'s metadata; `address` is the document's URL (location.href in a page). */
export function readPageMetadata(doc: Document, address: string): PageMetadata {
  const base = cleanUrl(address) ?? undefined;
  const meta = collectMeta(doc);
  const found: Record<MetadataSource, FoundFields> = {
    highwire: readHighwire(meta, base ?? ''),
    'json-ld': readJsonLd(doc, base ?? ''),
    'dublin-core': readDublinCore(meta, base ?? ''),
    'open-graph': readOpenGraph(meta, base ?? ''),
    html: readHtml(doc, meta, base ?? ''),
  };
  const from: PageMetadata['from'] = {};
  const pick = <F extends Field>(field: F): FoundFields[F] | undefined => {
    for (const source of METADATA_SOURCES) {
      const value = found[source][field];
      if (hasValue(value)) {
        from[field] = source;
        return value;
      }
    }
    return undefined;
  };
  const site = pick('site') ?? null;
  let title = pick('title') ?? null;
  // Only <title> carries the site's name as a suffix ("Headline | Site"): drop it there.
  if (title && from.title === 'html' && site) title = withoutSiteSuffix(title, site);
  return {
    url: base ?? address.slice(0, 2048),
    canonicalUrl: pick('url') ?? null,
    title,
    authors: pick('authors') ?? [],
    site,
    published: pick('published') ?? null,
    modified: pick('modified') ?? null,
    language: pick('language') ?? null,
    doi: pick('doi') ?? null,
    genre: pick('genre') ?? 'webpage',
    from,
  };
}

function withoutSiteSuffix(title: string, site: string): string {
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    const suffix = `${separator}${site}`;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length) {
      return title.slice(0, -suffix.length);
    }
  }
  return title;
}
