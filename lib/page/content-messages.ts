import type { ListPosition } from '@/lib/card/mention-jump';
import type { RevealResult, StepDirection } from '@/lib/messaging';
import { handleMessages, type MessageEvents } from '@/lib/messaging/handle-messages';
import type { PageEngine } from './engine';
import { findQuote } from './find-quote';
import type { FrameRelay } from './frame-relay';
import type { MetadataReader } from './page-metadata-reader';

/** What the content script's card offers to messages (entrypoints/content/card.ts). */
export interface CardEntryPoints {
  /** Undefined when this frame has no such mention (another frame owns it). */
  open(index: number, position?: ListPosition): RevealResult | undefined;
  jump(direction: StepDirection): RevealResult | Promise<RevealResult>;
}

const UNKNOWN: RevealResult = { ok: false, reason: 'unknown-mention' };

/**
 * The content script's one message listener, in every frame (lib/messaging/catalogue.ts). Only
 * the top frame answers for the whole tab (the list, the shortcut); a sub-frame answers for a
 * mention only when it owns it, so a message that reached every frame still gets the owner's answer.
 */
export function answerContentMessages(deps: {
  engine: PageEngine;
  relay: FrameRelay;
  card: CardEntryPoints;
  isTop: boolean;
  metadata: MetadataReader;
  signal: AbortSignal;
  /** Where the listener goes: the small script's gate (lib/page/message-gate.ts). */
  events: MessageEvents;
}) {
  const { engine, relay, card, isTop, metadata } = deps;
  handleMessages(
    {
      'mentions/list': () => (isTop ? relay.list() : undefined),
      'mentions/reveal': ({ index }) => {
        const result = engine.reveal(index);
        return isTop || result.ok ? result : undefined;
      },
      'card/open': ({ index, position }) => card.open(index, position) ?? (isTop ? UNKNOWN : undefined),
      'card/jump': ({ direction }) => (isTop ? card.jump(direction) : undefined),
      'page/metadata': () => (isTop ? metadata() : undefined),
      'page/find-quote': ({ selector }) =>
        isTop ? findQuote(document, selector, (range) => engine.revealText(range)) : undefined,
      'frame/mentions': (message) => relay.receive(message),
      'frame/resend': (message) => relay.receive(message),
    },
    deps.signal,
    deps.events,
  );
}
