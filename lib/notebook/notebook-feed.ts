import { sendMessage } from '@/lib/messaging/send-message';
import type { PageEngine } from '@/lib/page/engine';
import type { MetadataReader } from '@/lib/page/page-metadata-reader';
import type { Settings } from '@/lib/settings/schema';

/**
 * Hands the top frame's mentions to the background for the notebook, only while the `notebook`
 * setting is on. The page does no work for it beyond what it already did: the list is the engine's
 * own, sent a while after the mentions stop changing, in an idle moment; the metadata comes from
 * the frame's one reader (read once per address). With the setting off nothing here runs. Private windows are refused by the
 * background, which the browser tells whether a tab is private.
 */
const SETTLE_MS = 2000;
const MAX_MENTIONS = 2000;

export function createNotebookFeed(
  engine: PageEngine,
  isTop: boolean,
  settings: Settings,
  metadata: MetadataReader,
  signal: AbortSignal,
) {
  let on = isTop && settings.notebook;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    if (!on || signal.aborted) return;
    const mentions = engine.mentions(MAX_MENTIONS);
    if (mentions.length === 0) return;
    const message = {
      type: 'notebook/record' as const,
      list: { url: location.href, title: document.title, lang: document.documentElement.lang, mentions },
      metadata: metadata(),
    };
    void sendMessage(message).catch(() => undefined);
  };
  const idle = (run: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: SETTLE_MS }) : run();
  signal.addEventListener('abort', () => clearTimeout(timer));
  return {
    /** The mentions changed: send once they have been still for a moment. */
    changed() {
      if (!on) return;
      clearTimeout(timer);
      timer = setTimeout(() => idle(send), SETTLE_MS);
    },
    settingsChanged(next: Settings) {
      const was = on;
      on = isTop && next.notebook;
      if (on && !was) this.changed();
    },
  };
}

export type NotebookFeed = ReturnType<typeof createNotebookFeed>;
