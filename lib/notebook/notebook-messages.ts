import type { PageMetadata } from '@/lib/cite/page-metadata';
import type { MentionList } from '@/lib/messaging';
import type { WriteResult } from './notebook-store';

/**
 * The notebook's two messages (rows in lib/messaging/catalogue.ts). The background is the
 * notebook's only writer:
 *  - `notebook/record`, content script (top frame) -> background, only while the `notebook`
 *    setting is on: the mention list the page already has and its metadata, read once. The
 *    background stores it unless the tab is private or the setting is off (it checks both itself).
 *  - `notebook/save`, panel -> background: keep the given tab's page once, notebook on or off (the
 *    panel's "Save this page"). The background asks the tab's top frame for `mentions/list` and
 *    `page/metadata`.
 */
export type NotebookMessage =
  | { type: 'notebook/record'; list: MentionList; metadata: PageMetadata | null }
  | { type: 'notebook/save'; tabId: number };

/** `private`: a private window, never kept; `off`: the setting is off; `empty`: no mention to keep. */
export type NotebookWriteResult =
  WriteResult | { ok: false; reason: 'private' | 'off' | 'empty' | 'refused' };
