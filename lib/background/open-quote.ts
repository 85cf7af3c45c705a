import type { QuoteFound } from '@/lib/messaging';
import type { MessageOf } from '@/lib/messaging/messages';
import type { SendToTab } from '@/lib/messaging/send-message';
import { fragmentLink } from '@/lib/notebook/fragment-link';

/**
 * A notebook quote's link, activated in the notebook page (`notebook/open-quote`): the article
 * opens at its text fragment, and once its top frame's content script answers it is asked to find
 * the quote by its selector (`page/find-quote`), which scrolls to it when the fragment no longer
 * matches because the page changed. The tab is the browser's, so nothing here outlives the wait.
 */
export interface QuoteTabs {
  create(props: { url: string; openerTabId?: number }): Promise<{ id?: number }>;
  get(tabId: number): Promise<{ status?: string }>;
}

// The content script starts once the page has loaded and has text: asked every 200 ms, for 30 s at most.
const ATTEMPTS = 150;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function openQuote(
  { url, selector }: MessageOf<'notebook/open-quote'>,
  openerTabId: number | undefined,
  tabs: QuoteTabs,
  send: SendToTab,
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<QuoteFound | undefined> {
  const { id } = await tabs.create({ url: fragmentLink(url, selector), openerTabId });
  if (id === undefined) return undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    await wait(200);
    const tab = await tabs.get(id).catch(() => undefined);
    if (!tab) return undefined; // The reader closed it.
    if (tab.status !== 'complete') continue;
    const reply = await send(id, { type: 'page/find-quote', selector }, { frameId: 0 }).catch(
      () => undefined,
    );
    if (reply) return reply;
  }
  return undefined;
}
