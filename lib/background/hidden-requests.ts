import type { HiddenWriteResult } from '@/lib/messaging';
import { parseMessage, type ExtensionMessage } from '@/lib/messaging/messages';
import type { SenderRole } from '@/lib/background/sender-role';
import type { HiddenWriter } from '@/lib/settings/hidden-writer';

/**
 * The background's handler for hidden-occurrence writes (docs/architecture.md, "Writes"), each
 * checked against its catalogue row first (lib/messaging/catalogue.ts). A content script names no
 * page: it hides on, or shows again on, the page the browser says its frame shows. The panel may
 * show a page's occurrences again, or clear them all.
 */
type HiddenRequest = Extract<ExtensionMessage, { type: `hidden/${string}` }>;
const isHiddenRequest = (message: ExtensionMessage | null): message is HiddenRequest =>
  message?.type.startsWith('hidden/') === true;

export async function handleHiddenRequest(
  message: unknown,
  role: SenderRole,
  hidden: HiddenWriter,
): Promise<HiddenWriteResult> {
  const request = parseMessage(message);
  if (!isHiddenRequest(request)) return { ok: false };
  try {
    if (request.type === 'hidden/clear') {
      return role.kind === 'panel' ? { ok: true, items: await hidden.clear() } : { ok: false };
    }
    if (request.type === 'hidden/hide') {
      // Only a content script hides, and only on the page its frame shows.
      return role.kind === 'page'
        ? { ok: true, items: await hidden.hide(role.url, request.occurrence) }
        : { ok: false };
    }
    // A content script shows its own page's again (naming none); the panel names the page.
    if (role.kind === 'page' && request.url === undefined)
      return { ok: true, items: await hidden.unhideAll(role.url) };
    if (role.kind === 'panel' && request.url !== undefined)
      return { ok: true, items: await hidden.unhideAll(request.url) };
    return { ok: false };
  } catch {
    return { ok: false };
  }
}
