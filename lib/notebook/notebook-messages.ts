import type { PageMetadata } from '@/lib/cite/page-metadata';
import type { MentionList } from '@/lib/messaging';
import type { WriteResult } from './notebook-store';

/**
 * The notebook's messages, kept apart from lib/messaging.ts while that file becomes a catalogue
 * (the lead ports these). The background is the notebook's only writer:
 *  - `notebook/record`, content script (top frame) -> background, only while the `notebook`
 *    setting is on: the mention list the page already has and its metadata, read once. The
 *    background stores it unless the tab is private or the setting is off (it checks both itself).
 *  - `notebook/save`, panel -> background: keep the given tab's page once, notebook on or off (the
 *    panel's "Save this page"). The background asks the tab's top frame for `mentions/list` and
 *    `page/metadata`.
 *  - `page/metadata`, background -> content script (top frame): the page's metadata (lib/cite).
 */
export type NotebookMessage =
  | { type: 'notebook/record'; list: MentionList; metadata: PageMetadata | null }
  | { type: 'notebook/save'; tabId: number }
  | { type: 'page/metadata' };

/** `private`: a private window, never kept; `off`: the setting is off; `empty`: no mention to keep. */
export type NotebookWriteResult =
  WriteResult | { ok: false; reason: 'private' | 'off' | 'empty' | 'refused' };

const TYPES = new Set(['notebook/record', 'notebook/save', 'page/metadata']);

export function isNotebookMessage(value: unknown): value is NotebookMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type } = value as { type?: unknown };
  if (typeof type !== 'string' || !TYPES.has(type)) return false;
  if (type === 'notebook/save') return Number.isInteger((value as { tabId?: unknown }).tabId);
  if (type === 'notebook/record') {
    const { list } = value as { list?: Partial<MentionList> };
    return typeof list?.url === 'string' && Array.isArray(list.mentions);
  }
  return true;
}
