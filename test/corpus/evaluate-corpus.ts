import fs from 'node:fs';
import path from 'node:path';
import {
  createPageContext,
  findMentions,
  rescoreMentions,
  type Lang,
  type Matcher,
  type MatchIndex,
  type Mention,
} from '@/lib/recognize';
import { explanationInWords } from '@/lib/i18n/reason-words';
import { canonicalText } from '@/lib/recognize/canonical-text';
import { scanCandidates } from '@/lib/recognize/scan-candidates';
import type { CorpusBlock, CorpusPage } from './parse-corpus';

/**
 * Scores the recognizer on the corpus the way the page engine runs it: one PageContext per
 * file, blocks in order, then a rescoring pass once the whole page is known.
 */

export type Group = 'minerals' | 'policy';

export interface Outcome {
  readonly verdict: 'hit' | 'miss' | 'false positive';
  readonly file: string;
  readonly line: number;
  readonly lang: Lang;
  readonly group: Group;
  readonly category: string;
  readonly termId: string;
  readonly text: string;
  readonly context: string;
  readonly reason: string;
}

export interface Tally {
  hits: number;
  misses: number;
  falsePositives: number;
}

export interface CorpusScore {
  readonly outcomes: readonly Outcome[];
  readonly trueMentions: number;
  /** Alias occurrences the corpus does not label: the places a keyword highlighter goes wrong. */
  readonly traps: number;
}

/** The index to score against: the generated one, or one named by MATCH_INDEX. */
export function corpusIndexPath(): string {
  return path.resolve(process.env.MATCH_INDEX ?? 'data/generated/match-index.json');
}

export function loadCorpusIndex(): MatchIndex | undefined {
  const file = corpusIndexPath();
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as MatchIndex) : undefined;
}

const groupOf = (kind: string): Group => (kind === 'policy' ? 'policy' : 'minerals');

function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 50);
  return `${from > 0 ? '…' : ''}${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, end + 50)}${end + 50 < text.length ? '…' : ''}`;
}

/** The term a label without an id stands for: the one the index gives that exact string. */
function goldTerm(matcher: Matcher, page: CorpusPage, block: CorpusBlock, surface: string) {
  const plain = canonicalText(surface).text;
  const found = scanCandidates(matcher, plain);
  const whole = found.length === 1 && found[0]!.start === 0 && found[0]!.end === plain.length;
  if (!whole)
    throw new Error(
      `${page.file}:${block.line}: [[${surface}]] is not an alias of the index; use [[text|term-id]]`,
    );
  return found[0]!.entry.term;
}

export function scoreCorpus(matcher: Matcher, pages: readonly CorpusPage[], threshold?: number): CorpusScore {
  const terms = new Map(
    matcher.entries.values().flatMap((list) => list.map((e) => [e.term.id, e.term] as const)),
  );
  const outcomes: Outcome[] = [];
  let traps = 0;
  let trueMentions = 0;
  for (const page of pages) {
    const context = createPageContext();
    const found = page.blocks.map((block, i) =>
      findMentions(matcher, block.text, { page: context, blockKey: i, includeHeld: true, threshold }),
    );
    page.blocks.forEach((block, i) => {
      const kept: Mention[] = rescoreMentions(found[i]!, { page: context, blockKey: i, threshold });
      const gold = block.gold.map((g) => {
        const term = g.termId ? terms.get(g.termId) : goldTerm(matcher, page, block, g.surface);
        if (!term) throw new Error(`${page.file}:${block.line}: unknown term id "${g.termId}"`);
        return { ...g, term };
      });
      trueMentions += gold.length;
      traps += scanCandidates(matcher, canonicalText(block.text).text).filter(
        (c) => !gold.some((g) => g.start < c.end && c.start < g.end),
      ).length;
      const base = { file: page.file, line: block.line, lang: page.lang };
      for (const g of gold) {
        const hit = kept.find((m) => m.start === g.start && m.end === g.end && m.termId === g.term.id);
        const near = found[i]!.find((m) => m.start < g.end && g.start < m.end);
        outcomes.push({
          ...base,
          verdict: hit ? 'hit' : 'miss',
          group: groupOf(g.term.kind),
          category: g.term.category,
          termId: g.term.id,
          text: g.surface,
          context: contextOf(block.text, g.start, g.end),
          reason: (hit ?? near) ? explanationInWords((hit ?? near)!.why, 'en') : 'not matched at all',
        });
      }
      for (const m of kept) {
        if (gold.some((g) => m.start === g.start && m.end === g.end && m.termId === g.term.id)) continue;
        outcomes.push({
          ...base,
          verdict: 'false positive',
          group: groupOf(m.kind),
          category: m.category,
          termId: m.termId,
          text: m.text,
          context: contextOf(block.text, m.start, m.end),
          reason: explanationInWords(m.why, 'en'),
        });
      }
    });
  }
  return { outcomes, trueMentions, traps };
}

export function tally(outcomes: readonly Outcome[], keep: (o: Outcome) => boolean = () => true): Tally {
  const t = { hits: 0, misses: 0, falsePositives: 0 };
  for (const o of outcomes.filter(keep)) {
    if (o.verdict === 'hit') t.hits++;
    else if (o.verdict === 'miss') t.misses++;
    else t.falsePositives++;
  }
  return t;
}

export const precision = (t: Tally) =>
  t.hits + t.falsePositives === 0 ? 1 : t.hits / (t.hits + t.falsePositives);
export const recall = (t: Tally) => (t.hits + t.misses === 0 ? 1 : t.hits / (t.hits + t.misses));
