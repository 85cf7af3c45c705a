// The card's bench, in headless Chromium with the built extension (.output/chrome-mv3): the time
// from the end of the hover dwell to the card shown with its entry's facts, and to the end of the
// rendering of the first frame that shows it (painted; card-probe.ts). The goal is painted within
// one frame (16.7 ms) of the dwell. The dwell ends dwellMs (150, the default setting) after the
// last pointer move the page saw; the bench also reports the dwell as felt (last move to painted),
// since a card that ends its dwell on a frame may be painted a little before dwellMs.
// Two parts: eight terms of the English demo article (any card), then the full card of issue 16,
// lithium and silver with their Mexico and figures sections, in an English browser on the English
// demo article and in an es-MX browser on the Spanish one (test/fixtures/demo-article-es.html).
// `npx tsx scripts/bench/card.ts` runs it alone; `npm run build` first (or BENCH_BUILD=dir).
// BENCH_BASE=dir (e.g. a copy of main's build) measures that build too, part by part in the same
// run, so a change is compared under the same load.
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
import { armCardProbe, type CardProbe } from './card-probe';

/** The build under test: .output/chrome-mv3, or another (BENCH_BUILD=dir, e.g. a copy of main's). */
const BUILD = process.env.BENCH_BUILD ?? CHROME_BUILD;
/** The builds measured, each part in turn: the base to compare with first (BENCH_BASE=dir), if any. */
const BUILDS = [process.env.BENCH_BASE, BUILD].filter((build): build is string => Boolean(build));
const DWELL_MS = 150; // The default setting; the bench leaves the settings alone.
const FRAME_MS = 1000 / 60;
const TERMS = ['gallium', 'cobalt', 'lithium', 'germanium', 'graphite', 'zinc', 'nickel', 'usmca'];
const ROUNDS = 3;
const WARM_UP = 'inflation reduction act';
/** Any card: its entry's facts are shown (a staged card, built during the dwell, is hidden). */
const CARD_READY = ['.card:popover-open:not(.staged) .identity'];
/** The full card of issue 16: the facts, the Mexico section and the figures behind the story. */
const FULL_CARD_READY = [
  ...CARD_READY,
  '.card:popover-open:not(.staged) .section.mexico',
  '.card:popover-open:not(.staged) .section.story',
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
 * Hovers `term`: from the dwell's end to the card ready in the page (shown), and to the end of the
 * rendering of the first frame showing it (painted); the dwell as the reader felt it, from the last
 * move to that frame; the frame's rank after the dwell's end.
 */
async function sample(
  page: Page,
  inCard: CardRootCall,
  term: string,
  selectors: readonly string[] = CARD_READY,
  /** Wraps the hover itself, from the pointer reaching the term to the frame that shows the card. */
  around = (hover: () => Promise<void>) => hover(),
): Promise<{
  ready: number;
  painted: number;
  felt: number;
  frames: number;
  staged: boolean;
  title: string;
} | null> {
  if (!(await page.evaluate(paintedWord, term))) return null;
  // paintedWord may scroll the term into view, and Chromium follows a scroll with a pointer move of
  // its own a little later, which restarts the dwell: let it pass before measuring.
  await page.waitForTimeout(300);
  const at = (await page.evaluate(paintedWord, term))!;
  await page.mouse.move(5, 5);
  await until(() => inCard(isCardClosed, undefined));
  await inCard(armCardProbe, selectors);
  await around(async () => {
    await page.mouse.move(at.x - 3, at.y);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(() => (window as unknown as CardProbe).paintedAt !== null, undefined, {
      timeout: 5000,
    });
  });
  const probe = await page.evaluate(() => {
    const { lastMove, readyAt, frameAt, paintedAt, ticks, staged } = window as unknown as CardProbe;
    return { lastMove, readyAt: readyAt!, frameAt: frameAt!, paintedAt: paintedAt!, ticks, staged };
  });
  const dwellEnd = probe.lastMove + DWELL_MS;
  // Which frame paints the card, counted from the frame nearest the dwell's end (1): a frame that
  // starts less than half a frame before the dwell's end is the reader's dwell ending on a frame.
  const frames = probe.ticks.filter((tick) => tick > dwellEnd - FRAME_MS / 2 && tick <= probe.frameAt).length;
  const title = await inCard((root) => root?.querySelector('.title')?.textContent ?? '', undefined);
  return {
    ready: probe.readyAt - dwellEnd,
    painted: probe.paintedAt - dwellEnd,
    felt: probe.paintedAt - probe.lastMove,
    frames,
    staged: probe.staged,
    title,
  };
}

export async function runCardBench(): Promise<void> {
  const executablePath = findBrowser('chromium');
  if (!executablePath) {
    console.error('Card bench: Chromium not found (apt-get install chromium, or set CHROMIUM_PATH).');
    process.exitCode = 1;
    return;
  }
  const missing = BUILDS.find((build) => !existsSync(join(build, 'manifest.json')));
  if (missing) {
    console.error(`Card bench: no build in ${missing}. Run \`npm run build\` first.`);
    process.exitCode = 1;
    return;
  }
  const server = await serveFixtures();
  const of = (build: string) => (BUILDS.length > 1 ? ` [build ${build}]` : '');
  try {
    for (const build of BUILDS) await anyCard(executablePath, server, build, of(build));
    for (const build of BUILDS) await fullCard(executablePath, server, build, of(build));
  } finally {
    await server.close();
  }
}

type Session = Awaited<ReturnType<typeof launchChromium>>;
type Server = Awaited<ReturnType<typeof serveFixtures>>;
type Sample = NonNullable<Awaited<ReturnType<typeof sample>>>;
const stat = (xs: number[]) => `median ${ms(median(xs))}, max ${ms(Math.max(...xs))}`;
/**
 * How many cards were painted within one frame of the dwell's end, and by the frame nearest it;
 * the latest frame any waited for.
 */
const withinFrame = (xs: Sample[]) =>
  `${xs.filter((s) => s.painted <= FRAME_MS).length} of ${xs.length}; by the frame nearest the dwell's end ` +
  `${xs.filter((s) => s.frames <= 1).length}, latest frame ${Math.max(...xs.map((s) => s.frames))}` +
  ` (built during the dwell: ${xs.filter((s) => s.staged).length})`;
/** The dwell the reader felt, so that a shorter dwell cannot pass for a faster card. */
const felt = (xs: Sample[]) => {
  const values = xs.map((s) => s.felt);
  return `median ${ms(median(values))}, min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))}`;
};

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
async function anyCard(executablePath: string, server: Server, build: string, label: string): Promise<void> {
  const session = await launchChromium(executablePath, { build });
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
      `\nCard: from the end of the hover dwell (${DWELL_MS} ms) on the demo article, ${TERMS.length} terms${label}`,
    );
    line('card shown with its facts, first card of each term', stat(first.map((s) => s.ready)));
    line('card shown with its facts, the same cards again', stat(again.map((s) => s.ready)));
    line('card painted (its frame rendered), first card of each term', stat(first.map((s) => s.painted)));
    line('card painted (its frame rendered), the same cards again', stat(again.map((s) => s.painted)));
    line('painted within one frame of the dwell, all cards', withinFrame([...first, ...again]));
    line(`the dwell as felt, last move to painted (setting ${DWELL_MS} ms)`, felt([...first, ...again]));
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
async function fullCard(executablePath: string, server: Server, build: string, label: string): Promise<void> {
  console.log(
    `\nFull card (issue 16: facts, Mexico section, figures behind the story) from the end of the hover dwell, ${FULL_CARD_ROUNDS} rounds${label}`,
  );
  for (const run of FULL_CARD_RUNS) {
    const session = await launchChromium(executablePath, {
      build,
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
        line(`${label}, first card: painted`, `${ms(xs[0]!.painted)} (shown ${ms(xs[0]!.ready)})`);
        line(`${label}, again: painted`, stat(xs.slice(1).map((s) => s.painted)));
        line(`${label}, again: shown`, stat(xs.slice(1).map((s) => s.ready)));
        line(`${label}, painted within one frame of the dwell`, withinFrame(xs));
        line(`${label}, the dwell as felt`, felt(xs));
      }
    } finally {
      await session.close();
    }
  }
  line('goal: painted within one frame of the dwell', ms(FRAME_MS));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runCardBench();
