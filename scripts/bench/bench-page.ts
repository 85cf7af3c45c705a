/**
 * A deterministic news-like page for the bench: paragraphs of ordinary words with a term alias every
 * ~28 words (the density of a minerals story), some inside links and bold, some multi-word aliases
 * split across inline elements, as real articles mark them up.
 */
const FILLER = `the a of to and in that for on with as at by from its was were has have had will would
said says say officials market markets supply demand prices price rose fell week year years month
government trade deal deals plan plans new first last more less than about after before while since
company companies producers buyers investors analysts report reports data figures percent million
billion tons output exports imports mine mines mining refining refinery smelter plant plants project
projects permit permits state states country countries region local national global industry sector
energy battery batteries vehicle vehicles electric cars factory factories workers jobs costs cost
capacity growth shortage surplus contract contracts agreement talks minister ministry policy rules
law tariffs tax credit credits subsidies funding bank loan loans stake shares stock deposits ore
grade quality source sources chain chains security risk risks concern concerns pressure reliance
expected planned announced agreed signed approved rejected delayed reported noted warned added
north south east west central coast border port rail road power grid water land community communities`
  .split(/\s+/)
  .filter(Boolean);

/** mulberry32: a tiny seeded PRNG, so every run measures the same page. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One term, marked up the way articles do now and then. */
function markUp(term: string, r: number): string {
  const text = escapeHtml(term);
  const space = text.indexOf(' ');
  if (r < 0.08) return `<a href="#t">${text}</a>`;
  if (r < 0.12) return `<b>${text}</b>`;
  if (r < 0.16 && space > 0) return `${text.slice(0, space)} <em>${text.slice(space + 1)}</em>`;
  return text;
}

export interface BenchPage {
  html: string;
  /** Paragraph markup without the page around it, for the append measurement. */
  paragraphs: string[];
  words: number;
}

export function generateParagraphs(
  count: number,
  terms: string[],
  seed = 1,
): { paragraphs: string[]; words: number } {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const paragraphs: string[] = [];
  let words = 0;
  for (let p = 0; p < count; p++) {
    const length = 40 + Math.floor(next() * 37); // 40-76 words, 58 on average.
    const parts: string[] = [];
    for (let w = 0; w < length; w++) {
      if (next() < 1 / 28) {
        const term = pick(terms);
        parts.push(markUp(term, next()));
        words += term.split(' ').length;
      } else {
        parts.push(pick(FILLER));
        words += 1;
      }
    }
    const sentence = parts.join(' ');
    paragraphs.push(`<p>${sentence[0]!.toUpperCase()}${sentence.slice(1)}.</p>`);
  }
  return { paragraphs, words };
}

export function generateBenchPage(paragraphCount: number, terms: string[]): BenchPage {
  const { paragraphs, words } = generateParagraphs(paragraphCount, terms);
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bench: ${paragraphCount} paragraphs</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:44rem;margin:2rem auto}</style></head>
<body><header><h1>Minerals desk</h1></header>
<article id="story">
${paragraphs.join('\n')}
</article></body></html>
`;
  return { html, paragraphs, words };
}
