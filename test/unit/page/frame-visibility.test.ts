// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { CLAIM_KEY, isFrameShown, MIN_FRAME_SIDE, watchFrameClaims } from '@/lib/page/frame-visibility';

// Which frames' mentions are listed: a frame judges its own viewport, and the top frame ties the
// claims its children post to their <iframe> elements. Real frames, cross-origin ones included,
// are in test/e2e/hostile-frames.test.ts; here the rules, with stand-in windows.

const life = new AbortController();
afterEach(() => {
  document.body.innerHTML = '';
});

/** A child window as the top frame sees it: only identity matters (MessageEvent.source). */
const childWindow = () => ({}) as Window;

function frameFor(source: Window, style = ''): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('style', style);
  frame.setAttribute('srcdoc', ''); // happy-dom loads no page for it
  Object.defineProperty(frame, 'contentWindow', { value: source });
  frame.getBoundingClientRect = () => ({ width: 600, height: 200 }) as DOMRect;
  document.body.append(frame);
  return frame;
}

const post = (source: Window, claim: unknown) =>
  window.dispatchEvent(new MessageEvent('message', { data: { [CLAIM_KEY]: claim }, source }));

describe('claims in the top frame', () => {
  test('a claim posted from a shown frame counts; one nobody posted is unknown', () => {
    const claims = watchFrameClaims(window, life.signal);
    const child = childWindow();
    frameFor(child);
    post(child, 'a');
    expect(claims.shown('a')).toBe(true);
    expect(claims.shown('b')).toBeUndefined();
  });

  test.each([
    ['display: none', 'display:none'],
    ['visibility: hidden', 'visibility:hidden'],
    ['opacity: 0', 'opacity:0'],
  ])('a frame with %s is not shown', (_, style) => {
    const claims = watchFrameClaims(window, life.signal);
    const child = childWindow();
    frameFor(child, style);
    post(child, 'hidden');
    expect(claims.shown('hidden')).toBe(false);
  });

  test('a 1x1 frame is not shown', () => {
    const claims = watchFrameClaims(window, life.signal);
    const child = childWindow();
    frameFor(child).getBoundingClientRect = () => ({ width: 1, height: 1 }) as DOMRect;
    post(child, 'tiny');
    expect(claims.shown('tiny')).toBe(false);
  });

  test('a claim copied into a shown frame cannot show a hidden one', () => {
    const claims = watchFrameClaims(window, life.signal);
    const [hidden, shown] = [childWindow(), childWindow()];
    frameFor(hidden, 'opacity:0');
    frameFor(shown);
    post(hidden, 'x');
    post(shown, 'x');
    expect(claims.shown('x')).toBe(false);
  });

  test('a window that is no frame of this page, or a message of another shape, counts for nothing', () => {
    const claims = watchFrameClaims(window, life.signal);
    post(childWindow(), 'stray');
    expect(claims.shown('stray')).toBe(false);
    post(childWindow(), 42);
    expect(claims.shown('42')).toBeUndefined();
  });
});

describe('a frame judging itself', () => {
  const frameWindow = (width: number, height: number) => {
    const win = { innerWidth: width, innerHeight: height, frameElement: null } as unknown as Window & {
      top: Window;
      parent: Window;
    };
    Object.assign(win, { top: window, parent: window });
    return win;
  };

  test('the top frame is always shown', () => expect(isFrameShown(window)).toBe(true));

  test(`a viewport under ${MIN_FRAME_SIDE}px on a side is not shown`, () => {
    expect(isFrameShown(frameWindow(1, 1))).toBe(false);
    expect(isFrameShown(frameWindow(600, MIN_FRAME_SIDE - 1))).toBe(false);
    expect(isFrameShown(frameWindow(0, 0))).toBe(false);
    expect(isFrameShown(frameWindow(600, 200))).toBe(true);
  });

  test('a same-origin frame sees its own hidden <iframe> element', () => {
    const win = frameWindow(600, 200);
    Object.assign(win, { frameElement: frameFor(childWindow(), 'opacity:0') });
    expect(isFrameShown(win)).toBe(false);
  });
});
