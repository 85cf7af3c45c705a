import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageMention } from '@/lib/messaging';
import { watchDwell } from '@/lib/page/pointer-dwell';

// The dwell opens a hover card once the pointer rests on a word. A rest cut short by a press is
// not a rest: the reader who clicks a word (pinning its card) and presses Escape at once must not
// see a hover card come back when the timer from the move before the click fires.

type Listener = (event: object) => void;

function fakeDoc(defaultView: object | null = null) {
  const listeners = new Map<string, Listener[]>();
  return {
    doc: {
      defaultView,
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

// The dwell that opens the card ends on a frame: the card is then shown in that frame's callbacks
// and painted by it, instead of in a task just after a frame that waits a whole frame more.
describe('ending on a frame (onFrame)', () => {
  function watchOnFrames() {
    const frames = new Map<number, FrameRequestCallback>();
    let requested = 0;
    const page = fakeDoc({
      requestAnimationFrame: (callback: FrameRequestCallback) => (
        frames.set(++requested, callback),
        requested
      ),
      cancelAnimationFrame: (id: number) => void frames.delete(id),
    });
    const onDwell = vi.fn();
    const life = new AbortController();
    watchDwell(page.doc, () => mention, { onDwell }, { dwellMs: 150, signal: life.signal, onFrame: true });
    // The browser renders a frame: the callbacks asked for before it run, once.
    const frame = () => {
      const due = [...frames.values()];
      frames.clear();
      for (const callback of due) callback(performance.now());
    };
    return { ...page, onDwell, frame, abort: () => life.abort() };
  }

  test('opens in the first frame after dwellMs less half a frame, never before', () => {
    const { fire, onDwell, frame } = watchOnFrames();
    fire('pointermove');
    vi.advanceTimersByTime(141);
    frame();
    expect(onDwell).not.toHaveBeenCalled();
    // Past dwellMs less half a frame: the next frame ends the dwell, whenever it comes before the fallback.
    vi.advanceTimersByTime(1);
    expect(onDwell).not.toHaveBeenCalled();
    frame();
    expect(onDwell).toHaveBeenCalledTimes(1);
    expect(onDwell).toHaveBeenCalledWith(mention, { x: 10, y: 10 });
    vi.advanceTimersByTime(500);
    frame();
    expect(onDwell).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['a move', 'pointermove'],
    ['a press', 'pointerdown'],
    ['a key', 'keydown'],
  ])('%s while waiting for the frame cancels the dwell', (_, type) => {
    const { fire, onDwell, frame } = watchOnFrames();
    fire('pointermove');
    vi.advanceTimersByTime(145);
    fire(type, { key: 'Escape' });
    frame();
    vi.advanceTimersByTime(100);
    frame();
    expect(onDwell).not.toHaveBeenCalled();
    // A new rest on the word dwells again, on its own frame.
    fire('pointermove');
    vi.advanceTimersByTime(142);
    frame();
    expect(onDwell).toHaveBeenCalledTimes(1);
  });

  test('no frame comes (a hidden tab, a throttled frame): a timeout ends the dwell instead', () => {
    const { fire, onDwell, frame } = watchOnFrames();
    fire('pointermove');
    vi.advanceTimersByTime(142 + 99);
    expect(onDwell).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onDwell).toHaveBeenCalledTimes(1);
    // The frame that finally comes does not end it twice.
    frame();
    expect(onDwell).toHaveBeenCalledTimes(1);
  });

  test('stopping the watcher cancels the frame it waits for', () => {
    const { fire, onDwell, frame, abort } = watchOnFrames();
    fire('pointermove');
    vi.advanceTimersByTime(142);
    abort();
    frame();
    vi.advanceTimersByTime(500);
    expect(onDwell).not.toHaveBeenCalled();
  });
});
