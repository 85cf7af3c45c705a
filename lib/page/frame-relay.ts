import type { MentionList, PageMention } from '@/lib/messaging';
import type { MessageOf } from '@/lib/messaging/messages';
import { sendMessage, type SendMessage } from '@/lib/messaging/send-message';
import type { PageEngine } from '@/lib/page/engine';
import { isFrameShown, postFrameClaim, watchFrameClaims } from '@/lib/page/frame-visibility';

const PUSH_DELAY_MS = 500;
/**
 * Mentions a sub-frame sends, at most: listing them, their context snippets and the message's
 * serialisation are one task, and a frame of 150,000 names would make it a long one. An article
 * has a few hundred; a frame past this is an ad or a hostile page, and its first mentions suffice.
 */
export const MAX_FRAME_MENTIONS = 5000;

interface FrameList {
  url: string;
  mentions: PageMention[];
  claim?: string;
}

/**
 * Frames (see docs/architecture.md): a sub-frame pushes its mention list up through the background
 * whenever it changes, and again when the top frame is asked for the list; a hidden sub-frame
 * pushes an empty list. The top frame keeps the latest list of each frame, with the frame's own
 * address, and answers for the tab, leaving out direct children whose <iframe> is not shown.
 */
export function createFrameRelay(
  engine: PageEngine,
  isTop: boolean,
  signal: AbortSignal,
  /** False once the extension is gone (./extension-life.ts): then nothing is sent. */
  alive: () => boolean = () => true,
  send: SendMessage = sendMessage,
) {
  const frames = new Map<number, FrameList>();
  const claims = isTop ? watchFrameClaims(window, signal) : null;
  // Only a direct child can be tied to an element of the top frame (frame-visibility.ts).
  const claim = !isTop && window.parent === window.top ? crypto.randomUUID() : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const tell = (message: MessageOf<'frame/mentions'> | MessageOf<'frame/hello'>) =>
    alive() ? send(message).catch(() => undefined) : undefined;
  const push = (mentions = isFrameShown(window) ? engine.mentions(MAX_FRAME_MENTIONS) : []) => {
    clearTimeout(timer);
    if (signal.aborted) return;
    if (claim) postFrameClaim(window, claim);
    void tell({ type: 'frame/mentions', url: location.href, mentions, claim });
  };
  const listed = ({ claim }: FrameList) => claim === undefined || claims?.shown(claim) === true;

  if (isTop) void tell({ type: 'frame/hello' });
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
    receive(message: MessageOf<'frame/mentions'> | MessageOf<'frame/resend'>) {
      if (isTop && message.type === 'frame/mentions' && message.frameId) {
        const { url, mentions, claim } = message;
        if (mentions.length > 0) frames.set(message.frameId, { url, mentions, claim });
        else frames.delete(message.frameId);
      }
      if (!isTop && message.type === 'frame/resend') push();
    },
    /**
     * The whole tab's list: this (top) frame's mentions, then each shown sub-frame's, each under its
     * frame's address. Asks the sub-frames to push again, so the next list sees what changed in them.
     * Sub-frames come in frame-id order (browsers number frames as they are created, so mostly
     * document order), not in the order their lists arrived: a frame whose list emptied and filled
     * again keeps its place.
     */
    list(): MentionList {
      void tell({ type: 'frame/hello' });
      const own = engine.mentions();
      const others = [...frames]
        .sort(([a], [b]) => a - b)
        .flatMap(([frameId, frame]) =>
          listed(frame) ? frame.mentions.map((m) => ({ ...m, frameId, frameUrl: frame.url })) : [],
        );
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
