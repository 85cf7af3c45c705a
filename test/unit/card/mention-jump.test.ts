import { describe, expect, test, vi } from 'vitest';
import { createMentionJump } from '@/lib/card/mention-jump';
import type { PageMention, RevealResult } from '@/lib/messaging';

// The shortcut in the top frame walks the list the panel shows: the top frame's mentions, then
// each shown sub-frame's. Its real-browser twin is in test/e2e/page-panel-messages.test.ts.

const mention = (frameId: number, index: number, text: string) => ({ frameId, index, text }) as PageMention;
const TAB = [
  mention(0, 0, 'lithium'),
  mention(0, 1, 'cobalt'),
  mention(4, 0, 'tungsten'),
  mention(4, 1, 'antimony'),
];

function setUp(open: { index: number | null } = { index: null }) {
  const ok: RevealResult = { ok: true };
  const openHere = vi.fn((index: number) => {
    open.index = index;
    return ok;
  });
  const openInFrame = vi.fn(async (_m: PageMention) => ok);
  const closeHere = vi.fn(() => void (open.index = null));
  const jump = createMentionJump({
    list: () => TAB,
    openIndex: () => open.index,
    topOf: (index) => [-50, 120][index],
    viewportHeight: () => 600,
    openHere,
    openInFrame,
    closeHere,
  });
  return { jump, openHere, openInFrame, closeHere };
}

describe('the next/previous-mention shortcut across frames', () => {
  test('goes on from the top frame into a frame, through it, and round to the top', async () => {
    const { jump, openHere, openInFrame, closeHere } = setUp({ index: 1 });
    await jump('next');
    expect(openInFrame).toHaveBeenLastCalledWith(TAB[2], { at: 2, count: 4 });
    expect(closeHere).toHaveBeenCalledTimes(1);
    await jump('next');
    expect(openInFrame).toHaveBeenLastCalledWith(TAB[3], { at: 3, count: 4 });
    await jump('next');
    expect(openHere).toHaveBeenLastCalledWith(0, { at: 0, count: 4 });
  });

  test('"previous" from the top frame\'s first mention wraps to the last frame\'s last', async () => {
    const { jump, openInFrame } = setUp({ index: 0 });
    await jump('previous');
    expect(openInFrame).toHaveBeenLastCalledWith(TAB[3], { at: 3, count: 4 });
  });

  test('with no card open, starts from what the reader sees of the top frame', async () => {
    const { jump, openHere } = setUp();
    await jump('next'); // lithium is above the viewport, cobalt in it
    expect(openHere).toHaveBeenLastCalledWith(1, { at: 1, count: 4 });
  });
});
