// Why each document gets only the ::highlight() rules it paints (lib/page/highlight-sheet.ts):
// browsers test every ::highlight() rule against every element on each style recalculation. This
// times a full recalculation of an 8,000-element page in Chromium under four stylesheets: none,
// the manifest's (the flash only), the rules a page with every default category shows, and all
// 336 looks at once (what a static stylesheet would need). Minimum of 15 rounds, interleaved.
import { chromium } from 'playwright-core';
import { findBrowser } from '../../test/e2e/support/browsers';
import { MINERAL_CATEGORIES, POLICY_CATEGORIES } from '../../lib/dataset/categories';
import { everyLook, highlightCss, rulesFor } from '../../lib/page/highlight-css';
import { lineStyleOf } from '../../lib/palette';
import { defaultCategoryColour } from '../../lib/settings/category-setting';

const ROUNDS = 15;

function sheets(): Record<string, string> {
  const defaults = [...MINERAL_CATEGORIES, ...POLICY_CATEGORIES].flatMap((c) =>
    rulesFor(
      {
        colour: defaultCategoryColour(c.slug),
        style: 'underline',
        line: lineStyleOf(c.applies),
        thickness: 'medium',
      },
      'light',
    ),
  );
  const all = (['light', 'dark'] as const).flatMap((theme) =>
    everyLook().flatMap((look) => rulesFor(look, theme)),
  );
  return {
    'no rules': '',
    'manifest (flash)': highlightCss(),
    [`16 default looks (${defaults.length} rules)`]: highlightCss() + defaults.join('\n'),
    [`every look (${all.length} rules)`]: highlightCss() + all.join('\n'),
  };
}

export async function runHighlightRulesBench(): Promise<void> {
  const executablePath = findBrowser('chromium');
  if (!executablePath) throw new Error('Chromium not found (set CHROMIUM_PATH)');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.setContent('<div id="root"></div>');
  const result = await page.evaluate(
    ({ css, rounds }) => {
      const root = document.getElementById('root')!;
      for (let i = 0; i < 2000; i++) {
        const p = document.createElement('p');
        p.innerHTML = 'Lithium <b>and</b> <i>cobalt</i> <span>under</span> the act';
        root.append(p);
      }
      const style = document.createElement('style');
      document.head.append(style);
      const probe = root.lastElementChild!.lastElementChild!;
      const best: Record<string, number> = {};
      for (let round = 0; round < rounds; round++) {
        for (const [label, text] of Object.entries(css)) {
          // A class on body that a descendant rule reads: every <p> and <span> restyles.
          style.textContent = `body.x p, body.x span { letter-spacing: 0 }\n${text}`;
          void getComputedStyle(probe).color;
          document.body.classList.toggle('x');
          const started = performance.now();
          void getComputedStyle(probe).color;
          best[label] = Math.min(best[label] ?? Infinity, performance.now() - started);
        }
      }
      return { best, elements: document.getElementsByTagName('*').length };
    },
    { css: sheets(), rounds: ROUNDS },
  );
  await browser.close();
  console.log(`Full style recalculation, ${result.elements} elements, Chromium (min of ${ROUNDS}):`);
  for (const [label, ms] of Object.entries(result.best))
    console.log(`  ${label.padEnd(32)} ${ms.toFixed(1)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runHighlightRulesBench();
