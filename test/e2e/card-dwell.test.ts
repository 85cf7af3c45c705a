import { afterAll, beforeAll, expect, onTestFinished, test } from 'vitest';
import { isCardClosed, isCardOpen, readCard } from './support/card-probes';
import { isPainted, paintedWord } from './support/highlight-probes';
import { describeInBrowsers } from './support/driver';
import { writeSettings } from './support/panel-tabs';
import { serveFixtures, type FixtureServer } from './support/server';

// The hover dwell against a reader's quick hands, in real Chromium and Firefox. The move onto a
// word starts a dwell; a click on it pins the card at once. A reader who then presses Escape
// before the dwell ends has closed the card, and the dwell must not bring a hover card back (with
// the pointer resting, nothing would ever close it). Seen first as a flake in hostile-card.test.ts.
// While the pointer rests, the card is built and placed ahead of the dwell's end, unseen, so that
// the end only has to show it (issue 16: painted within a frame), and the dwell ends in a frame's
// callbacks, so that frame paints the card.

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

/** Several times the default dwell (150 ms): whatever the dwell was going to open has opened. */
const SETTLE_MS = 800;

/** Where the card was placed (its layout box, before the opening animation's transform). */
function placedAt(root: ShadowRoot | null) {
  const card = root!.querySelector<HTMLElement>('.card')!;
  return { left: card.offsetLeft, top: card.offsetTop, width: card.offsetWidth, height: card.offsetHeight };
}

/**
 * The card built during the dwell (staged), as the page and the reader meet it: its root is in the
 * top layer, but is it seen, hit by the pointer, focusable? Marks its title so a later look can
 * tell the same card from a rebuilt one. False until it is staged with its entry's facts; then
 * true, with what it found in the page's `stagedProbe` (a poll answers only true or false, and the
 * card does not stay staged for long).
 */
function stagedCard(root: ShadowRoot | null): boolean {
  const card = root?.querySelector<HTMLElement>('.card.staged:popover-open');
  const identity = card?.querySelector('.identity');
  if (!card || !identity) return false;
  (identity as unknown as { staged: boolean }).staged = true;
  const box = card.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 40));
  const before = document.activeElement;
  card.querySelector('button')?.focus();
  (window as unknown as { stagedProbe: unknown }).stagedProbe = {
    visibility: getComputedStyle(card).visibility,
    inert: card.inert,
    hit: hit === root!.host,
    focused: document.activeElement !== before || root!.activeElement !== null,
    // As placedAt says (inlined: the driver sends this function alone).
    placed: {
      left: card.offsetLeft,
      top: card.offsetTop,
      width: card.offsetWidth,
      height: card.offsetHeight,
    },
  };
  return true;
}

/**
 * Watches the frames from now on for the one whose rendering first shows the card, and says
 * where the card was shown: "in the frame" (during its callbacks, so this frame paints it) or
 * "before the frame" (in a task, which waits for the next frame to be painted). Each frame's
 * callback notes whether the card is shown and posts a message, a task that runs once that frame
 * has rendered. The page's `showing` says it.
 */
function watchShowingFrame(root: ShadowRoot | null): void {
  const w = window as unknown as { showing: string | null };
  w.showing = null;
  const shown = () => Boolean(root?.querySelector('.card:popover-open:not(.staged)'));
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<boolean>) => {
    if (w.showing === null && shown()) w.showing = event.data ? 'before the frame' : 'in the frame';
  };
  const watch = () => {
    if (w.showing !== null) return;
    channel.port2.postMessage(shown());
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

describeInBrowsers('the hover dwell', (browser) => {
  test('Escape right after the click that pinned a card closes it for good', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('demo-article.html'));
    await page.waitFor(isPainted, 'gallium');
    const at = (await page.evaluate(paintedWord, 'gallium'))!;
    await page.mouseClick(at.x, at.y);
    await page.press('Escape');
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect(await page.inCard(isCardOpen)).toBe(false);
    await page.close();
  });

  test('a highlight answers the pointer while the page’s first pass is still reading', async () => {
    // The card is wired when the first highlight is painted, not when the pass reports: on a long
    // page that is seconds later, and a reader who points at a term meanwhile must get its card.
    const page = await browser().newPage();
    await page.goto(server.url('long-article.html'));
    await page.waitFor(isPainted, 'gallium');
    const at = (await page.evaluate(paintedWord, 'gallium'))!;
    await page.mouseMove(at.x - 4, at.y);
    await page.mouseMove(at.x, at.y);
    await page.waitForCard(isCardOpen);
    expect((await page.inCard(readCard)).title).toBe('Gallium');
    await page.close();
  });

  test('while the pointer rests, the card is built and placed unseen; the dwell’s end shows that card there', async () => {
    // A long dwell, so the card waits staged long enough to look at.
    await writeSettings(browser().panel!, { version: 4, dwellMs: 2000 });
    onTestFinished(() => writeSettings(browser().panel!, { version: 4 }));
    const page = await browser().newPage();
    await page.goto(server.url('demo-article.html'));
    await page.waitFor(isPainted, 'gallium');
    const at = (await page.evaluate(paintedWord, 'gallium'))!;
    await page.mouseMove(at.x - 4, at.y);
    await page.mouseMove(at.x, at.y);
    await page.waitForCard(stagedCard);
    const staged = await page.evaluate(
      () => (window as unknown as { stagedProbe: { placed: object } }).stagedProbe,
    );
    // Not seen, not under the pointer (the page keeps it), not focusable, and not open to the reader.
    expect(staged).toMatchObject({ visibility: 'hidden', inert: true, hit: false, focused: false });
    expect(await page.inCard(isCardOpen)).toBe(false);
    await page.waitForCard(isCardOpen);
    expect((await page.inCard(readCard)).title).toBe('Gallium');
    expect(await page.inCard(placedAt)).toEqual(staged.placed);
    // The same title element the dwell built: opening rebuilt nothing.
    expect(
      await page.inCard(
        (root) => (root!.querySelector('.identity') as unknown as { staged?: boolean }).staged,
      ),
    ).toBe(true);
    await page.close();
  });

  test('the dwell’s end shows the card in the callbacks of a frame, which paints it', async () => {
    // A timer ending the dwell fires between frames, mostly just after one's callbacks ran, and
    // the card it shows waits a frame more to be painted.
    const page = await browser().newPage();
    await page.goto(server.url('demo-article.html'));
    await page.waitFor(isPainted, 'gallium');
    const where: string[] = [];
    // The first card makes the card's root, which the watcher reads; each later one is watched.
    for (const term of ['cobalt', 'gallium', 'lithium', 'germanium']) {
      await page.waitFor(isPainted, term);
      const at = (await page.evaluate(paintedWord, term))!;
      await page.mouseMove(5, 5);
      await page.waitForCard(isCardClosed);
      if (term !== 'cobalt') await page.inCard(watchShowingFrame);
      await page.mouseMove(at.x - 4, at.y);
      await page.mouseMove(at.x, at.y);
      await page.waitForCard(isCardOpen);
      if (term === 'cobalt') continue;
      await page.waitFor(() => (window as unknown as { showing: string | null }).showing !== null);
      where.push(await page.evaluate(() => (window as unknown as { showing: string }).showing));
    }
    expect(where).toEqual(['in the frame', 'in the frame', 'in the frame']);
    await page.close();
  });
});
