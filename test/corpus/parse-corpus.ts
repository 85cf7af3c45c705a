import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '@/lib/recognize';

/**
 * Reads the labelled corpus (format in test/corpus/README.md): one file per page, one block per
 * line, `[[surface]]` or `[[surface|term-id]]` around every true mention.
 */

export interface GoldMention {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  /** Given in the label, or left for the index to say (see evaluate-corpus.ts). */
  readonly termId: string | undefined;
}

export interface CorpusBlock {
  readonly text: string;
  readonly gold: readonly GoldMention[];
  /** 1-based line in the corpus file, for reports. */
  readonly line: number;
}

export interface CorpusPage {
  readonly file: string;
  readonly lang: Lang;
  readonly blocks: readonly CorpusBlock[];
}

export const CORPUS_DIR = path.resolve(import.meta.dirname);
const LANGS: readonly Lang[] = ['en', 'es'];
const LABEL = /\[\[([^\]|]+)(?:\|([a-z0-9-]+))?\]\]/g;
const ESCAPE = /\\u([0-9a-fA-F]{4})/g;

/** `\u2011` in the source stands for the character: invisible ones stay visible to editors. */
function unescape(text: string): string {
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function parseBlock(source: string, line: number): CorpusBlock {
  const gold: GoldMention[] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(LABEL)) {
    text += unescape(source.slice(last, m.index));
    const surface = unescape(m[1]!);
    gold.push({ start: text.length, end: text.length + surface.length, surface, termId: m[2] });
    text += surface;
    last = m.index + m[0].length;
  }
  text += unescape(source.slice(last));
  if (/\[\[|\]\]/.test(text)) throw new Error(`line ${line}: unbalanced [[ ]] in ${JSON.stringify(source)}`);
  return { text, gold, line };
}

export function parsePage(file: string, lang: Lang, source: string): CorpusPage {
  const blocks: CorpusBlock[] = [];
  source.split('\n').forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    blocks.push(parseBlock(raw, i + 1));
  });
  return { file, lang, blocks };
}

export function readCorpus(dir = CORPUS_DIR): CorpusPage[] {
  return LANGS.flatMap((lang) => {
    const langDir = path.join(dir, lang);
    if (!fs.existsSync(langDir)) return [];
    return fs
      .readdirSync(langDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => parsePage(`${lang}/${f}`, lang, fs.readFileSync(path.join(langDir, f), 'utf8')));
  });
}
