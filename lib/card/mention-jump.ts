import type { PageMention, RevealResult, StepDirection } from '@/lib/messaging';

/** Where a mention is in the whole tab's list, for the live region: "3 of 7". */
export interface ListPosition {
  at: number;
  count: number;
}

const UNKNOWN: RevealResult = { ok: false, reason: 'unknown-mention' };

/**
 * The next/previous-mention shortcut, in the top frame. It moves through the whole tab's list,
 * the one the panel shows (the top frame's mentions, then each shown sub-frame's:
 * lib/page/frame-relay.ts), so a mention inside a frame is reached like any other. A top-frame
 * mention opens here; a sub-frame's opens in its own frame, through the background, and the top
 * frame remembers it as where the reader is, since it cannot see that frame's card.
 */
export function createMentionJump(deps: {
  /** The whole tab's mentions, top frame first. */
  list(): PageMention[];
  /** The mention of the top frame's open card, if one is open. */
  openIndex(): number | null;
  /** Where a top-frame mention's first line is in the viewport, if it has one. */
  topOf(index: number): number | undefined;
  viewportHeight(): number;
  openHere(index: number, position: ListPosition): RevealResult | undefined;
  openInFrame(mention: PageMention, position: ListPosition): Promise<RevealResult | undefined>;
  closeHere(): void;
}) {
  let last: { frameId: number; index: number } | null = null;

  /** With no card open, start from what the reader sees of the top frame. */
  function fromView(list: PageMention[], direction: StepDirection): number {
    const top = (m: PageMention) => (m.frameId === 0 ? (deps.topOf(m.index) ?? -Infinity) : -Infinity);
    if (direction === 'next') {
      const at = list.findIndex((m) => top(m) >= 0);
      return at >= 0 ? at : 0;
    }
    for (let i = list.length - 1; i >= 0; i--) {
      const at = top(list[i]!);
      if (at > -Infinity && at < deps.viewportHeight()) return i;
    }
    return list.length - 1;
  }

  return async function jump(direction: StepDirection): Promise<RevealResult> {
    const list = deps.list();
    if (list.length === 0) return UNKNOWN;
    const open = deps.openIndex();
    const current = open !== null ? { frameId: 0, index: open } : last;
    const from = current
      ? list.findIndex((m) => m.frameId === current.frameId && m.index === current.index)
      : -1;
    const at =
      from >= 0
        ? (from + (direction === 'next' ? 1 : -1) + list.length) % list.length
        : fromView(list, direction);
    const mention = list[at]!;
    const position = { at, count: list.length };
    let result: RevealResult | undefined;
    if (mention.frameId === 0) {
      result = deps.openHere(mention.index, position);
    } else {
      deps.closeHere(); // One card open at a time: the reader is in the frame now.
      result = await deps.openInFrame(mention, position);
    }
    if (result?.ok) last = { frameId: mention.frameId, index: mention.index };
    return result ?? UNKNOWN;
  };
}

export type MentionJump = ReturnType<typeof createMentionJump>;
