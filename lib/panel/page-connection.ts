import type { PageMetadata } from '@/lib/cite/page-metadata';
import type { MentionList, RevealResult } from '@/lib/messaging';

/**
 * How the panel talks to the page it reports on. ./tab-connection.ts implements it with
 * tabs.sendMessage; tests pass a fake, so the views render without an extension.
 */
export interface PageConnection {
  /** The page's mentions; rejects when no content script answers (a page it cannot run on). */
  list(): Promise<MentionList>;
  /** What the page says about itself, for citing it; read only when asked. */
  metadata?(): Promise<PageMetadata>;
  /** Sent to the frame that owns the mention. */
  send(
    request: { type: 'mentions/reveal' | 'card/open'; index: number },
    frameId: number,
  ): Promise<RevealResult>;
}
