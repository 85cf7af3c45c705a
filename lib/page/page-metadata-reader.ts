import { readPageMetadata, type PageMetadata } from '@/lib/cite/page-metadata';

/**
 * What the top frame's page says about itself (lib/cite), read once per address and kept: the
 * panel's "Cite this page" (`page/metadata`) and the notebook feed ask the same reader, so a page
 * is read at most once however often either asks, and a new address (a single-page site moving on)
 * is read afresh. A head that cannot be read gives null: the page is then cited by its title and
 * address alone. Reads only; nothing is written to the page.
 */
export function createMetadataReader(
  doc: Document = document,
  address: () => string = () => location.href,
): () => PageMetadata | null {
  let kept: { url: string; value: PageMetadata | null } | undefined;
  return () => {
    const url = address();
    if (kept?.url !== url) {
      let value: PageMetadata | null = null;
      try {
        value = readPageMetadata(doc, url);
      } catch {
        // Left null, as above.
      }
      kept = { url, value };
    }
    return kept.value;
  };
}

export type MetadataReader = ReturnType<typeof createMetadataReader>;
