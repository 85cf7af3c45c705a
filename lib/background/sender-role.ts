/**
 * Who sent a message to the background, decided from what the browser stamps on it (never from
 * the message): the panel, an extension page; or a content script, acting for the frame it runs
 * in. Messages that write what the reader keeps are allowed or refused by this.
 */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type SenderRole =
  | { kind: 'panel' }
  /** `url`: the frame's own URL, as the browser reports it. */
  | { kind: 'page'; url: string }
  | { kind: 'unknown' };

/**
 * `extensionOrigin` is `runtime.getURL('/')`. The panel is an extension page: its URL is on the
 * extension's origin, and it is either not in a tab (the popup) or in a tab showing an extension
 * page (the panel opened in a tab). A content script's frame has an http(s) URL and a tab.
 */
export function senderRole(
  sender: MessageSenderLike,
  extensionId: string,
  extensionOrigin: string,
): SenderRole {
  if (sender.id !== undefined && sender.id !== extensionId) return { kind: 'unknown' };
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) {
    const tabUrl = sender.tab?.url;
    if (!sender.tab || tabUrl === undefined || tabUrl.startsWith(extensionOrigin)) return { kind: 'panel' };
    return { kind: 'unknown' };
  }
  if (sender.tab && /^https?:\/\//i.test(url)) return { kind: 'page', url };
  return { kind: 'unknown' };
}
