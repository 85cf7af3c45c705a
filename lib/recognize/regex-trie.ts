/**
 * The regexes for every alias key, written as tries of literals: "li(?:thium|tio)" instead of
 * "lithium|litio". Measured in V8 on 5 MB of news text (scripts/bench/recognizer.ts): a literal
 * trie runs as fast as the naive alternation with a quarter of its source, while character classes
 * inside the alternatives (accents) cost 3-4x, and so does a pattern longer than V8's 20 kB
 * "too large to optimize" limit (RegExp::kRegExpTooLargeToOptimize), which is why the source
 * length is reported.
 */
import { APOSTROPHES, classOf, MATCHED_HYPHEN_RANGE } from '@/lib/text/punctuation';
import { isWordCharAt } from './char-class';

/**
 * Whitespace and hyphens (-, U+2010 hyphen, U+2011 non-breaking, U+2012, en dash), as a class; the
 * rarer hyphens of lib/text/punctuation.ts reach it as "-" (canonical-text.ts folds them).
 */
// Written as short as it can be: it stands between every two words of every alias, and is
// four tenths of the regex.
export const SEPARATOR_CLASS = `[-\\s${MATCHED_HYPHEN_RANGE}]`;
/** Any run of them: how the words of an alias may be joined on a page. */
export const SEPARATOR_PATTERN = `${SEPARATOR_CLASS}+`;
const APOSTROPHE_PATTERN = `[${classOf(APOSTROPHES)}]`;
/** A word character to the match regex: ASCII \w, and the Latin-1 and Latin Extended letters. */
export const WORD_CHAR_CLASS = '[\\w\u00C0-\u024F]';
/** Letters of Latin-1 and Latin Extended stop a match too; rarer scripts are checked after. */
export const WORD_END_PATTERN = `(?!${WORD_CHAR_CLASS})`;

type TrieNode = Map<string, TrieNode>;
const END = '';

/**
 * The keys as a trie of literals. `endChecks` gives some keys a zero-width pattern that must hold
 * where they end (see caseCheck): the key is then taken only if it does.
 */
export function trieSource(keys: Iterable<string>, endChecks?: ReadonlyMap<string, string>): string {
  const root: TrieNode = new Map();
  const checks = new Map<TrieNode, string>();
  for (const key of keys) {
    let node = root;
    for (const char of key) {
      let next = node.get(char);
      if (!next) node.set(char, (next = new Map()));
      node = next;
    }
    node.set(END, new Map());
    const check = endChecks?.get(key);
    if (check) checks.set(node, check);
  }
  return emit(root, checks);
}

function emit(node: TrieNode, checks: ReadonlyMap<TrieNode, string>): string {
  const branches: string[] = [];
  let isEnd = false;
  for (const [char, child] of node) {
    if (char === END) isEnd = true;
    else branches.push(charPattern(char) + emit(child, checks));
  }
  const check = checks.get(node);
  if (branches.length === 0) return check ?? '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!isEnd) return body;
  // The longer key first, the key ending here on backtracking (if its check holds).
  if (check) return `(?:${branches.join('|')}|${check})`;
  // One letter needs no group: "minerals?" (a fifth of the optional groups are plural "s").
  if (/^\w$/.test(body)) return `${body}?`;
  return branches.length === 1 ? `(?:${body})?` : `${body}?`;
}

/**
 * A check that the text just matched has exactly one of these shapes (case kept, any separator
 * between words): "SE" but not Spanish "se". It lets the regex itself turn away the lowercase
 * words a short acronym collides with, thousands of times a page, instead of the caller. The
 * `(?-i:…)` modifier needs Chrome 125 and Firefox 132, below the manifest's minimum versions.
 */
export function caseCheck(shapes: readonly string[]): string {
  const patterns = shapes.map((shape) => [...shape].map(charPattern).join(''));
  return `(?<=(?-i:${patterns.join('|')}))`;
}

/** Characters a regex reads as syntax, escaped one by one (a Set: this runs for every trie edge). */
const SYNTAX = new Set('.*+?^${}()|[]\\/-');

function charPattern(char: string): string {
  if (char === ' ') return SEPARATOR_PATTERN;
  if (char === "'") return APOSTROPHE_PATTERN;
  return SYNTAX.has(char) ? `\\${char}` : char;
}

/** A trie's source as a regex of whole words (\\b sees ASCII only: see otherInitialsRegex). */
export const wholeWords = (trie: string): string => `\\b(?:${trie})${WORD_END_PATTERN}`;

/**
 * A trie as the key finder's data holds it (matcher.json), each separator pattern written as a
 * space: they are four tenths of the tries, and a trie writes no space of its own (charPattern).
 */
export function compactTrie(trie: string): string {
  if (trie.includes(' ')) throw new Error(`a trie with a space cannot be compacted: ${trie}`);
  return trie.replaceAll(SEPARATOR_PATTERN, ' ');
}

export const expandTrie = (trie: string): string => trie.replaceAll(' ', SEPARATOR_PATTERN);

/** The whole-word matcher for a set of keys; case is folded by the engine, checked later. */
export function keysRegex(keys: Iterable<string>, endChecks?: ReadonlyMap<string, string>): RegExp {
  return new RegExp(wholeWords(trieSource(keys, endChecks)), 'gi');
}

/** V8 optimises no regex whose source is longer (RegExp::kRegExpTooLargeToOptimize, 20 kB). */
export const REGEX_SOURCE_LIMIT = 20 * 1024;

/** Whether \b can start a key: without the `u` flag it knows ASCII word characters only. */
export const startsWithAsciiWord = (key: string): boolean => /^\w/.test(key);

/**
 * For keys that start with another letter ("étain"), which \b cannot start: their initials in
 * both cases, for the caller to find with indexOf, and a sticky regex to try at each.
 */
export function otherInitialsRegex(keys: readonly string[]): { initials: string[]; regex: RegExp } {
  const initials = new Set<string>();
  for (const key of keys) {
    const initial = [...key][0]!;
    initials.add(initial);
    // A single character either way, as the regex's `i` flag folds it.
    if (initial.toUpperCase().length === initial.length) initials.add(initial.toUpperCase());
  }
  return { initials: [...initials], regex: stickyKeysRegex(keys) };
}

/**
 * Where keys with another initial match in `text`: at each of their initials that starts a word
 * (found by indexOf, which costs next to nothing on text without them), the sticky regex's match.
 */
export function* otherInitialMatches(
  { initials, regex }: { readonly initials: readonly string[]; readonly regex: RegExp },
  text: string,
): Generator<RegExpExecArray> {
  for (const initial of initials) {
    for (let at = text.indexOf(initial); at !== -1; at = text.indexOf(initial, at + 1)) {
      if (at > 0 && isWordCharAt(text, at - 1)) continue;
      regex.lastIndex = at;
      const m = regex.exec(text);
      if (m) yield m;
    }
  }
}

/** The keys at one place only (set `lastIndex`), ending on a word boundary, case folded. */
export function stickyKeysRegex(keys: Iterable<string>): RegExp {
  return new RegExp(`(?:${trieSource(keys)})${WORD_END_PATTERN}`, 'iy');
}
