// The pages of the start-up bench (issue 15), built from the recognizer's corpus (news in the
// register of real articles): what readers open every day, not a page stuffed with terms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, parsePage } from '../../test/corpus/parse-corpus';

/** Minerals and policy stories, in this order, until the article has 1,500 words. */
const ARTICLE_FILES = [
  'battery-supply-chain',
  'minerals-ministerial-stockpile',
  'wire-briefs',
  'andes-copper-smelters',
  'rare-earths-export-controls',
  'ira-clean-energy-politics',
  'lme-metals-wrap',
];

/**
 * The corpus's news whose annotations expect no mention at all, trap words included ("lead",
 * "silver", "tin", "IRA"): what most pages a reader opens look like (issue 15's "no term" row). Some
 * 1,300 words: the page reads them again from the top until it has 1,500.
 */
const NONE_FILES = [
  'sport-championships',
  'music-charts',
  'politics-idioms',
  'uk-politics-traps',
  'business-deals-traps',
  'held-nba-playoffs',
  'held-tech-business-traps',
  'held-awards-olympics',
];
/** The same news, then two stories that name a term in passing: at most a stray mention. */
const PLAIN_FILES = [...NONE_FILES, 'personal-finance-retirement', 'tech-browsers-chips'];
const WORDS = 1500;
export const AD_FRAMES = 20;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Paragraphs of the corpus files, in order, until `words` words (from the top again if `cycle`). */
function paragraphs(files: string[], words: number, cycle = false): string[] {
  const out: string[] = [];
  let count = 0;
  do {
    for (const file of files) {
      const page = parsePage(file, 'en', readFileSync(join(CORPUS_DIR, 'en', `${file}.txt`), 'utf8'));
      for (const block of page.blocks) {
        if (count >= words) return out;
        out.push(block.text);
        count += wordCount(block.text);
      }
    }
  } while (cycle);
  return out;
}

function html(title: string, blocks: string[], extra = ''): string {
  const body = blocks.map((b) => `<p>${escapeHtml(b)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto}iframe{border:0;display:block;margin:1rem 0}</style></head>
<body><header><h1>${escapeHtml(title)}</h1></header>
<article id="story">
${body}
</article>${extra}</body></html>
`;
}

export interface StartUpPage {
  name: string;
  label: string;
  file: string;
  words: number;
  frames: number;
  /** For a page of the article and AD_FRAMES ad frames: what each frame is, for its per-frame cost. */
  adFrame?: string;
}

/** The paragraphs of the article and of the pages naming (almost) no term, for benches without a browser. */
export const startUpTexts = (): { article: string[]; plain: string[]; none: string[] } => ({
  article: paragraphs(ARTICLE_FILES, WORDS),
  plain: paragraphs(PLAIN_FILES, WORDS),
  none: paragraphs(NONE_FILES, WORDS, true),
});

/** Files to serve, by name, and the pages to open. */
export function startUpPages(): { files: Record<string, string>; pages: StartUpPage[] } {
  const article = paragraphs(ARTICLE_FILES, WORDS);
  const plain = paragraphs(PLAIN_FILES, WORDS);
  const none = paragraphs(NONE_FILES, WORDS, true);
  const big: string[] = [];
  for (let words = 0; words < 100_000; words += wordCount(article.join(' '))) big.push(...article);
  // An ad slot: a sized box, an image-like fill, no text node at all.
  const ad =
    '<!doctype html><html><body style="margin:0"><div style="width:300px;height:250px;background:#ddd"></div></body></html>\n';
  // The same slot with an advertiser's text, naming no term: most ads have some.
  const textAd = ad.replace(
    '></div>',
    '><p>Summer sale: running shoes from $39. Free delivery on orders over $50.</p><p>Shop now</p></div>',
  );
  const frames = (src: string) =>
    Array.from({ length: AD_FRAMES }, () => `<iframe src="${src}" width="300" height="250"></iframe>`).join(
      '\n',
    );
  const words = (blocks: string[]) => wordCount(blocks.join(' '));
  return {
    files: {
      'article.html': html('Minerals desk', article),
      'plain.html': html('News desk', plain),
      'none.html': html('News desk', none),
      'ads.html': html('Minerals desk', article, `\n<aside>${frames('ad.html')}</aside>`),
      'ad.html': ad,
      'text-ads.html': html('Minerals desk', article, `\n<aside>${frames('text-ad.html')}</aside>`),
      'text-ad.html': textAd,
      // The ad frames alone, in a page with no text of its own: every one of its frames is a text-less
      // frame, so the page's cost divided by its frames is what one of them costs, nothing else.
      'ad-frames.html': `<!doctype html><html><body>\n${frames('ad.html')}\n</body></html>\n`,
      'big.html': html('Minerals desk, archive', big),
    },
    pages: [
      {
        name: 'article',
        label: 'article, ~1,500 words of news',
        file: 'article.html',
        words: words(article),
        frames: 1,
      },
      {
        name: 'none',
        label: '~1,500 words naming no term, trap words included',
        file: 'none.html',
        words: words(none),
        frames: 1,
      },
      {
        name: 'plain',
        label: '~1,500 words naming almost no term (one: "platinum" coins)',
        file: 'plain.html',
        words: words(plain),
        frames: 1,
      },
      {
        name: 'ads',
        label: `article + ${AD_FRAMES} text-less ad frames`,
        file: 'ads.html',
        words: words(article),
        frames: 1 + AD_FRAMES,
        adFrame: 'text-less frame',
      },
      {
        name: 'text-ads',
        label: `article + ${AD_FRAMES} ad frames with text naming no term`,
        file: 'text-ads.html',
        words: words(article),
        frames: 1 + AD_FRAMES,
        adFrame: 'ad frame with text',
      },
      {
        name: 'ad-frames',
        label: `${AD_FRAMES} text-less ad frames in a text-less page`,
        file: 'ad-frames.html',
        words: 0,
        frames: 1 + AD_FRAMES,
      },
      {
        name: 'big',
        label: '100,000 words (the article repeated)',
        file: 'big.html',
        words: words(big),
        frames: 1,
      },
    ],
  };
}

/** Every alias of the match index: what mark.js is given, as most highlighters would. */
export function markJsTerms(index: { terms: { aliases: { text: string }[] }[] }): string[] {
  return [...new Set(index.terms.flatMap((t) => t.aliases.map((a) => a.text)))];
}
