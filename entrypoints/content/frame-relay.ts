import { browser } from 'wxt/browser';
import type { FrameMessage, MentionList, PageMention } from '@/lib/messaging';
import type { PageEngine } from '@/lib/page/engine';

const PUSH_DELAY_MS = 500;

/**
 * Frames (see lib/messaging.ts): a sub-frame pushes its mention list up through the background
 * whenever it changes; the top frame keeps the latest list of each frame and answers for the tab.
 */
export function createFrameRelay(engine: PageEngine, isTop: boolean, signal: AbortSignal) {
  const frames = new Map<number, PageMention[]>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const send = (message: FrameMessage) => browser.runtime.sendMessage(message).catch(() => undefined);
  const push = (mentions = engine.mentions()) => {
    clearTimeout(timer);
    void send({ type: 'frame/mentions', url: location.href, mentions });
  };

  if (isTop) void send({ type: 'frame/hello' });
  // Only the browser's own pagehide: a forged one would empty this frame's list in the panel.
  else window.addEventListener('pagehide', (event) => event.isTrusted && push([]), { signal });
  signal.addEventListener('abort', () => clearTimeout(timer));

  return {
    /** The engine's mentions changed: sub-frames push (debounced). */
    changed() {
      if (isTop || signal.aborted) return;
      clearTimeout(timer);
      timer = setTimeout(push, PUSH_DELAY_MS);
    },
    /** A relayed message for this frame: the top frame stores lists, sub-frames push on request. */
    receive(message: FrameMessage) {
      if (isTop && message.type === 'frame/mentions' && message.frameId) {
        if (message.mentions.length > 0) frames.set(message.frameId, message.mentions);
        else frames.delete(message.frameId);
      }
      if (!isTop && message.type === 'frame/resend') push();
    },
    /** The whole tab's list: this (top) frame's mentions, then each sub-frame's. */
    list(): MentionList {
      const own = engine.mentions();
      const others = [...frames].flatMap(([frameId, list]) => list.map((m) => ({ ...m, frameId })));
      return {
        url: location.href,
        title: document.title,
        lang: document.documentElement.lang,
        mentions: [...own, ...others],
      };
    },
  };
}

export type FrameRelay = ReturnType<typeof createFrameRelay>;
