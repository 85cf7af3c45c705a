import type { PageMention } from '@/lib/messaging';
import { contextSnippet } from './context-snippet';
import type { Found } from './mention-store';

/** A found mention as the panel and the card see it (lib/messaging.ts); frame 0 until relayed. */
export function toPageMention(found: Found, frameUrl: string): PageMention {
  const { mention, stored } = found;
  return {
    index: found.id,
    frameId: 0,
    frameUrl,
    termId: mention.termId,
    kind: mention.kind,
    category: mention.category,
    text: mention.text,
    context: contextSnippet(stored.block.text, mention.start, mention.end),
    confidence: mention.confidence,
    why: mention.why,
  };
}
