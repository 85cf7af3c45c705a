import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { PageMention } from '@/lib/messaging';
import { watchDwell } from '@/lib/page/pointer-dwell';

// The dwell opens a hover card once the pointer rests on a word. A rest cut short by a press is
// not a rest: the reader who clicks a word (pinning its card) and presses Escape at once must not
// see a hover card come back when the timer from the move before the click fires.

type Listener = (event: object) => void;

function fakeDoc() {
  const listeners = new Map<string, Listener[]>();
  return {
    doc: {
      addEventListener(type: string, fn: Listener) {
        listeners.set(type, [...(listeners.get(type) ?? []), fn]);
      },
    } as unknown as Document,
    fire(type: string, init: object = {}) {
      const event = { isTrusted: true, pointerType: 'mouse', clientX: 10, clientY: 10, ...init };
      for (const fn of listeners.get(type) ?? []) fn(event);
    },
  };
}

const mention = { index: 0, termId: 'cobalt', text: 'cobalt' } as unknown as PageMention;

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

function watch() {
  const page = fakeDoc();
  const onDwell = vi.fn();
  watchDwell(page.doc, () => mention, { onDwell }, { dwellMs: 150, signal: new AbortController().signal });
  return { ...page, onDwell };
}

test('a pointer resting on a word dwells once', () => {
  const { fire, onDwell } = watch();
  fire('pointermove');
  vi.advanceTimersByTime(200);
  fire('pointermove');
  vi.advanceTimersByTime(200);
  expect(onDwell).toHaveBeenCalledTimes(1);
});

test('a press before the dwell ends cancels it: no hover after a click and Escape', () => {
  const { fire, onDwell } = watch();
  fire('pointermove');
  fire('pointerdown');
  vi.advanceTimersByTime(200);
  fire('pointermove');
  fire('keydown', { key: 'Escape' });
  vi.advanceTimersByTime(200);
  expect(onDwell).not.toHaveBeenCalled();
  // The reader moves again on the word: that is a new rest, and it dwells.
  fire('pointermove');
  vi.advanceTimersByTime(200);
  expect(onDwell).toHaveBeenCalledTimes(1);
});

test('presses the page forges cancel nothing', () => {
  const { fire, onDwell } = watch();
  fire('pointermove');
  fire('pointerdown', { isTrusted: false });
  fire('keydown', { isTrusted: false, key: 'Escape' });
  vi.advanceTimersByTime(200);
  expect(onDwell).toHaveBeenCalledTimes(1);
});
