// The card's bench, in headless Chromium with the built extension (.output/chrome-mv3): the time
// from the end of the hover dwell to the card shown with its entry's facts, and to the first
// animation frame that shows it. The goal is painted within one frame (16.7 ms) of the dwell. The
// dwell ends dwellMs (150, the default setting) after the last pointer move the page saw.
// Two parts: eight terms of the English demo article (any card), then the full card of issue 16,
// lithium and silver with their Mexico and figures sections, in an English browser on the English
// demo article and in an es-MX browser on the Spanish one (test/fixtures/demo-article-es.html).
// `npx tsx scripts/bench/card.ts` runs it alone; `npm run build` first (or BENCH_BUILD=dir).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { findBrowser } from '../../test/e2e/support/browsers';
import { isCardClosed, isCardOpen } from '../../test/e2e/support/card-probes';
import { paintedWord } from '../../test/e2e/support/highlight-probes';
import { playwrightCardRoot, type CardRootCall } from '../../test/e2e/support/card-root';
import { CHROME_BUILD, launchChromium } from '../../test/e2e/support/extension';
import { serveFixtures } from '../../test/e2e/support/server';
import { median } from './median';
import { profileCard } from './card-profile';

/** The build under test: .output/chrome-mv3, or another (BENCH_BUILD=dir, e.g. a copy of main's). */
const BUILD = process.env.BENCH_BUILD ?? CHROME_BUILD;
const DWELL_MS = 150; // The default setting; the bench leaves the settings alone.
const FRAME_MS = 1000 / 60;
const TERMS = ['gallium', 'cobalt', 'lithium', 'germanium', 'graphite', 'zinc', 'nickel', 'usmca'];
const ROUNDS = 3;
const WARM_UP = 'inflation reduction act';
/** Any card: its entry's facts are shown. */
const CARD_READY = ['.card:popover-open .identity'];
/** The full card of issue 16: the facts, the Mexico section and the figures behind the story. */
const FULL_CARD_READY = [
  ...CARD_READY,
  '.card:popover-open .section.mexico',
  '.card:popover-open .section.story',
];
const FULL_CARD_ROUNDS = 7;
/** Lithium and silver as each demo article words them, and a warm-up term the part does not measure. */
const FULL_CARD_RUNS = [
  {
    label: 'English',
    lang: undefined,
    article: 'demo-article.html',
    terms: ['lithium', 'silver'],
    warmUp: WARM_UP,
  },
  {
    label: 'es-MX',
    lang: 'es-MX',
    article: 'demo-article-es.html',
    terms: ['litio', 'plata'],
    warmUp: 'Ley de Reducción de la Inflación',
  },
] as const;

/** Polls a check made from outside the page until it holds (a few seconds at most). */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; !(await check()); i++) {
    if (i > 100) throw new Error('card bench: the card never got there');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const ms = (x: number) => `${x.toFixed(1)} ms`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(60)} ${value}`);

/**
 * In the page: remember the last pointer move, and note when the card is ready (every selector
 * matches in its root: shown, with what the part measures) and the first animation frame that
 * shows it. A mutation observer sees the card's render within the task that made it, at sub-frame
 * precision; the frame watcher stands in when the card became ready without one.
 */
function arm(root: ShadowRoot | null, selectors: readonly string[]): void {
  const w = window as unknown as {
    lastMove: number;
    readyAt: number | null;
    shownAt: number | null;
    armed?: boolean;
  };
  w.lastMove = 0;
  w.readyAt = null;
  w.shownAt = null;
  const ready = () => selectors.every((selector) => root?.querySelector(selector));
  // The card may be rendered first and shown (showPopover) later, which mutates nothing: its
  // toggle event, caught on the way down through the root, says when it opened.
  const check = () => {
    if (w.readyAt !== null || !ready()) return;
    w.readyAt = performance.now();
    observer.disconnect();
    root?.removeEventListener('toggle', check, { capture: true });
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  if (root) observer.observe(root, { childList: true, subtree: true, characterData: true });
  root?.addEventListener('toggle', check, { capture: true });
  // When the listener runs, not the event's timeStamp: Chromium delivers pointer moves aligned to frames,
  // and the content script's dwell timer starts when its own listener runs, in this same dispatch.
  if (!w.armed)
    addEventListener('pointermove', () => void (w.lastMove = performance.now()), { capture: true });
  w.armed = true;
  // The frame's callbacks run once its tasks ran and just before it renders: the first to find the
  // card ready is the frame that paints it. Its own time, not the frame's start stamp, which can be
  // earlier than the task that showed the card.
  const watch = () => {
    if (!ready()) return void requestAnimationFrame(watch);
    w.shownAt = performance.now();
    w.readyAt ??= w.shownAt;
  };
  requestAnimationFrame(watch);
}

/** Hovers `term`: from dwell end to the card ready in the page, and to the first frame showing it. */
async function sample(
  page: Page,
  inCard: CardRootCall,
  term: string,
  selectors: readonly string[] = CARD_READY,
  /** Wraps the hover itself, from the pointer reaching the term to the frame that shows the card. */
  around = (hover: () => Promise<void>) => hover(),
): Promise<{ ready: number; frame: number; title: string } | null> {
  if (!(await page.evaluate(paintedWord, term))) return null;
  // paintedWord may scroll the term into view, and Chromium follows a scroll with a pointer move of
  // its own a little later, which restarts the dwell: let it pass before measuring.
  await page.waitForTimeout(300);
  const at = (await page.evaluate(paintedWord, term))!;
  await page.mouse.move(5, 5);
  await until(() => inCard(isCardClosed, undefined));
  await inCard(arm, selectors);
  await around(async () => {
    await page.mouse.move(at.x - 3, at.y);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(
      () => (window as unknown as { shownAt: number | null }).shownAt !== null,
      undefined,
      { timeout: 5000 },
    );
  });
  const { lastMove, readyAt, shownAt } = await page.evaluate(() => {
    const w = window as unknown as { lastMove: number; readyAt: number | null; shownAt: number };
    return { lastMove: w.lastMove, readyAt: w.readyAt, shownAt: w.shownAt };
  });
  const dwellEnd = lastMove + DWELL_MS;
  const title = await inCard((root) => root?.querySelector('.title')?.textContent ?? '', undefined);
  return { ready: (readyAt ?? shownAt) - dwellEnd, frame: shownAt - dwellEnd, title };
}

export async function runCardBench(): Promise<void> {
  const executablePath = findBrowser('chromium');
  if (!executablePath) {
    console.error('Card bench: Chromium not found (apt-get install chromium, or set CHROMIUM_PATH).');
    process.exitCode = 1;
    return;
  }
  if (!existsSync(join(BUILD, 'manifest.json'))) {
    console.error(`Card bench: no build in ${BUILD}. Run \`npm run build\` first.`);
    process.exitCode = 1;
    return;
  }
  const server = await serveFixtures();
  try {
    await anyCard(executablePath, server);
    await fullCard(executablePath, server);
  } finally {
    await server.close();
  }
}

type Session = Awaited<ReturnType<typeof launchChromium>>;
type Server = Awaited<ReturnType<typeof serveFixtures>>;
type Sample = NonNullable<Awaited<ReturnType<typeof sample>>>;
const stat = (xs: number[]) => `median ${ms(median(xs))}, max ${ms(Math.max(...xs))}`;

/**
 * The article open and scanned, with a card made once on `warmUp`: the card's root is closed, so
 * the bench reaches it through CDP, which needs a card to exist; `warmUp` is a term it does not measure.
 */
async function openArticle(session: Session, url: string, warmUp: string) {
  // tsx (esbuild, keepNames) wraps named inner functions in __name(); functions sent to the page need it.
  await session.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(url);
  await page.waitForFunction(() => CSS.highlights.size > 0);
  await page.waitForTimeout(1000);
  const inCard = playwrightCardRoot(page);
  const warm = await page.evaluate(paintedWord, warmUp);
  if (!warm) throw new Error(`card bench: "${warmUp}" is not highlighted on ${url}`);
  await page.mouse.move(warm.x - 3, warm.y);
  await page.mouse.move(warm.x, warm.y);
  await until(() => inCard(isCardOpen, undefined));
  return { page, inCard };
}

/** Eight terms of the English demo article, any card: the first card of each, then the same again. */
async function anyCard(executablePath: string, server: Server): Promise<void> {
  const session = await launchChromium(executablePath, { build: BUILD });
  try {
    const { page, inCard } = await openArticle(session, server.url('demo-article.html'), WARM_UP);
    const first: Sample[] = [];
    const again: Sample[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const term of TERMS) {
        const result = await sample(page, inCard, term);
        if (result) (round === 0 ? first : again).push(result);
      }
    }
    console.log(
      `\nCard: from the end of the hover dwell (${DWELL_MS} ms) on the demo article, ${TERMS.length} terms`,
    );
    line('card shown with its facts, first card of each term', stat(first.map((s) => s.ready)));
    line('card shown with its facts, the same cards again', stat(again.map((s) => s.ready)));
    line('first frame showing it, first card of each term', stat(first.map((s) => s.frame)));
    line('first frame showing it, the same cards again', stat(again.map((s) => s.frame)));
    line('goal: painted within one frame of the dwell', ms(FRAME_MS));
  } finally {
    await session.close();
  }
}

/**
 * Issue 16's full card, lithium and silver with the Mexico section and the figures behind the
 * story, in an English browser and in an es-MX one on the Spanish article: ready only once all
 * three are in the card. The first card of each term comes after a card of another term, so it
 * also builds the entry's details; later rounds alternate the two terms.
 */
async function fullCard(executablePath: string, server: Server): Promise<void> {
  console.log(
    `\nFull card (issue 16: facts, Mexico section, figures behind the story) from the end of the hover dwell, ${FULL_CARD_ROUNDS} rounds`,
  );
  for (const run of FULL_CARD_RUNS) {
    const session = await launchChromium(executablePath, {
      build: BUILD,
      ...(run.lang ? { lang: run.lang } : {}),
    });
    try {
      const { page, inCard } = await openArticle(session, server.url(run.article), run.warmUp);
      const samples = new Map<string, Sample[]>(run.terms.map((term) => [term, []]));
      for (let round = 0; round < FULL_CARD_ROUNDS; round++)
        for (const term of run.terms) {
          // CARD_PROFILE=1: where the first card's time goes, from the pointer reaching the term.
          const around =
            round === 0 && process.env.CARD_PROFILE
              ? (hover: () => Promise<void>) => profileCard(page, `${run.label} "${term}", first card`, hover)
              : undefined;
          const result = await sample(page, inCard, term, FULL_CARD_READY, around);
          if (!result) throw new Error(`card bench: "${term}" is not highlighted on ${run.article}`);
          samples.get(term)!.push(result);
        }
      for (const [term, xs] of samples) {
        const label = `${run.label} "${term}" (card "${xs[0]!.title}")`;
        line(`${label}, first card: frame`, `${ms(xs[0]!.frame)} (shown ${ms(xs[0]!.ready)})`);
        line(`${label}, again: frame`, stat(xs.slice(1).map((s) => s.frame)));
        line(`${label}, again: shown`, stat(xs.slice(1).map((s) => s.ready)));
      }
    } finally {
      await session.close();
    }
  }
  line('goal: painted within one frame of the dwell', ms(FRAME_MS));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runCardBench();
