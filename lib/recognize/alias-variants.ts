import type { MatchAlias } from './match-index';
import { inflectPhrase } from './inflect';
import { APOSTROPHES, classOf } from '@/lib/text/punctuation';
import { SEPARATOR_PATTERN } from './regex-trie';

/**
 * The literal forms under which an alias may appear, as lookup keys. V8's regex engine runs a
 * trie of plain literals almost as fast as one literal, but slows several-fold once character
 * classes for accents appear inside it, so accents and inflections become extra literals here,
 * while case, hyphen and space variants are left to the regex (flag `i`, one separator class).
 */

const SEPARATORS = /* @__PURE__ */ new RegExp(SEPARATOR_PATTERN, 'g');
const CURLY_APOSTROPHES = /* @__PURE__ */ new RegExp(`[${classOf(APOSTROPHES.slice(1))}]`, 'g');

/** The key of a string as matched: lowercase, any run of spaces or hyphens as one space. */
export function keyOf(text: string): string {
  return text.toLowerCase().replace(SEPARATORS, ' ').replace(CURLY_APOSTROPHES, "'").trim();
}

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Same shape as written, case kept: how a case-sensitive alias is compared with the page. */
export function shapeOf(text: string): string {
  const plain = /^[\x20-\x7E]*$/.test(text) ? text : stripAccents(text);
  return plain.replace(SEPARATORS, ' ').replace(CURLY_APOSTROPHES, "'").trim();
}

// A long proper name ("Plan de Acción México-Estados Unidos sobre Minerales Críticos") is written
// whole or not at all: its inflections and accent mixes would cost regex size for nothing.
const SHORT_ALIAS_WORDS = 4;

export function aliasVariants(alias: MatchAlias): string[] {
  const base = keyOf(alias.text);
  const short = base.split(' ').length <= SHORT_ALIAS_WORDS;
  const forms = new Set([base]);
  if (!alias.caseSensitive && short) {
    for (const form of inflectPhrase(base, alias.lang)) forms.add(form);
  }
  if (!alias.caseSensitive) {
    for (const form of [...forms])
      for (const spelled of spellingVariants(form, alias.lang)) forms.add(spelled);
  }
  for (const form of [...forms]) for (const dotted of abbreviationVariants(form)) forms.add(dotted);
  for (const form of [...forms]) for (const plain of accentVariants(form, short)) forms.add(plain);
  return [...forms];
}

/**
 * Pages drop accents, sometimes word by word ("Secretaria de Economía"): every mix of up to two
 * accented words of a short alias, and otherwise the accent-free form.
 */
function accentVariants(key: string, short: boolean): string[] {
  const words = key.split(' ');
  const accented = words.map((word, i) => (stripAccents(word) === word ? -1 : i)).filter((i) => i >= 0);
  if (accented.length === 0) return [];
  const masks = short && accented.length <= 2 ? 1 << accented.length : 2;
  const out: string[] = [];
  for (let mask = 1; mask < masks; mask++) {
    const all = masks === 2;
    out.push(words.map((w, i) => (all || (mask >> accented.indexOf(i)) & 1 ? stripAccents(w) : w)).join(' '));
  }
  return out;
}

const SPELLINGS: [RegExp, string][] = [
  [/ization\b/g, 'isation'],
  [/isation\b/g, 'ization'],
  [/\bdefense\b/g, 'defence'],
  [/\bsulfate\b/g, 'sulphate'],
  [/\bcenter\b/g, 'centre'],
];

function spellingVariants(key: string, lang: string): string[] {
  if (lang !== 'en') return [];
  return SPELLINGS.filter(([pattern]) => pattern.test(key)).map(([pattern, to]) => key.replace(pattern, to));
}

/** "U.S." and "US", "EE.UU.", "EE. UU." and "EEUU": news copy writes all of them. */
function abbreviationVariants(key: string): string[] {
  const out: string[] = [];
  if (key.includes('u.s.')) out.push(key.replace(/\bu\.s\./g, 'us'));
  if (key.includes('ee.uu.'))
    out.push(key.replace(/\bee\.uu\./g, 'eeuu'), key.replace(/\bee\.uu\./g, 'ee. uu.'));
  return out;
}
