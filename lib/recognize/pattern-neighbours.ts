import { isSeparatorCode } from './char-class';

/**
 * What a context pattern needs right next to its word, found at build time from its source: the
 * strings one of which must end the text before the word (a before-pattern), or start the text
 * after it (an after-pattern), once whitespace and hyphens are stepped over. `/\b(?:will|would)\s+$/`
 * needs "will" or "would" before the word; a page then compiles the pattern only where one is
 * there (see neighbourHolds), not on every ambiguous word it judges.
 *
 * The source is read by a small parser of the regex subset the lexicons use. Whatever it cannot
 * vouch for (a class of letters, a backreference, a flag group) gives no strings: the pattern is
 * then always tested, as before.
 */

type Node =
  | { readonly t: 'char'; readonly c: string }
  | { readonly t: 'class'; readonly separator: boolean }
  | { readonly t: 'assert' }
  | { readonly t: 'group'; readonly alts: readonly Node[][] }
  | { readonly t: 'repeat'; readonly node: Node; readonly min: number; readonly max: number }
  | { readonly t: 'unknown' };

const CLASS_ESCAPES = new Set(['S', 'w', 'W', 'd', 'D']);
const CONTROL: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };
/** Stands where nothing is known: the analysis stops at it. */
const BARRIER: Node = { t: 'unknown' };

class Parser {
  at = 0;
  constructor(readonly source: string) {}

  alternatives(): Node[][] {
    const alts = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')')
      items.push(this.repeat(this.atom()));
    return items;
  }

  private repeat(node: Node): Node {
    const rest = this.source.slice(this.at);
    const m = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(rest);
    if (!m) return node;
    this.at += m[0].length;
    const [min, max] =
      m[1] === '*'
        ? [0, Infinity]
        : m[1] === '+'
          ? [1, Infinity]
          : m[1] === '?'
            ? [0, 1]
            : [Number(m[2]), m[3] === undefined ? Number(m[2]) : m[4] ? Number(m[4]) : Infinity];
    return { t: 'repeat', node, min, max };
  }

  private atom(): Node {
    const char = this.source[this.at++]!;
    if (char === '(') {
      const head = /^\?(?::|=|!|<=|<!)?/.exec(this.source.slice(this.at))![0];
      this.at += head.length;
      const alts = this.alternatives();
      if (this.source[this.at++] !== ')') throw new Error(`unclosed group in /${this.source}/`);
      if (head === '' || head === '?:') return { t: 'group', alts };
      return head === '?' ? { t: 'unknown' } : { t: 'assert' };
    }
    if (char === '[') return this.charClass();
    if (char === '^' || char === '$') return { t: 'assert' };
    if (char === '.') return { t: 'class', separator: false };
    if (char !== '\\') return { t: 'char', c: char };
    const escaped = this.source[this.at++]!;
    if (escaped === 'b' || escaped === 'B') return { t: 'assert' };
    if (escaped === 's') return { t: 'class', separator: true };
    if (CLASS_ESCAPES.has(escaped) || escaped === 'p' || escaped === 'P') return this.skipProperty();
    const code = this.codeEscape(escaped);
    return code === undefined ? { t: 'unknown' } : { t: 'char', c: code };
  }

  private skipProperty(): Node {
    if (this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
    return { t: 'class', separator: false };
  }

  /** The character an escape stands for, or undefined (a backreference, a control letter). */
  private codeEscape(escaped: string): string | undefined {
    const hex = /^(?:u([\da-fA-F]{4})|u\{([\da-fA-F]+)\}|x([\da-fA-F]{2}))/.exec(
      this.source.slice(this.at - 1),
    );
    if (hex) {
      this.at += hex[0].length - 1;
      return String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16));
    }
    if (CONTROL[escaped]) return CONTROL[escaped];
    return /[\dck]/.test(escaped) ? undefined : escaped;
  }

  /** A class is a separator when all it holds is whitespace and hyphens (see isSeparatorCode). */
  private charClass(): Node {
    let separator = this.source[this.at] !== '^';
    if (!separator) this.at++;
    let previous: number | undefined;
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new Error(`unclosed class in /${this.source}/`);
      let code: number | undefined;
      const char = this.source[this.at++]!;
      if (char === '-' && previous !== undefined && this.source[this.at] !== ']') {
        const end = this.classChar();
        for (let c = previous + 1; end !== undefined && c <= end; c++) separator &&= isSeparatorCode(c);
        if (end === undefined) separator = false;
        previous = undefined;
        continue;
      }
      if (char === '\\') {
        const escaped = this.source[this.at++]!;
        if (escaped === 's') code = undefined;
        else if (CLASS_ESCAPES.has(escaped) || escaped === 'p' || escaped === 'P') {
          this.skipProperty();
          separator = false;
        } else {
          const c = this.codeEscape(escaped);
          code = c?.codePointAt(0);
          if (c === undefined) separator = false;
        }
      } else code = char.codePointAt(0);
      if (code !== undefined) separator &&= isSeparatorCode(code);
      previous = code;
    }
    this.at++;
    return { t: 'class', separator };
  }

  private classChar(): number | undefined {
    const char = this.source[this.at++]!;
    if (char !== '\\') return char.codePointAt(0);
    return this.codeEscape(this.source[this.at++]!)?.codePointAt(0);
  }
}

/** Matches only whitespace and hyphens (possibly nothing): stepped over, as the page steps over them. */
function isSeparator(node: Node): boolean {
  if (node.t === 'class') return node.separator;
  if (node.t === 'char') return isSeparatorCode(node.c.charCodeAt(0));
  if (node.t === 'repeat') return isSeparator(node.node) || node.node.t === 'assert';
  return node.t === 'assert';
}

type Strings = Set<string> | undefined;
const union = (a: Strings, b: Strings): Strings => (a && b ? new Set([...a, ...b]) : undefined);

/**
 * The literal strings one of which every match of `items` starts with, separators stepped over
 * (`reverse`: ends with, for a before-pattern read from its end); undefined if not known.
 */
function edge(items: readonly Node[], reverse: boolean): Strings {
  const node = reverse ? items.at(-1) : items[0];
  const rest = reverse ? items.slice(0, -1) : items.slice(1);
  const joined = (inner: readonly Node[]) => (reverse ? [...rest, ...inner] : [...inner, ...rest]);
  if (!node || node.t === 'unknown') return undefined;
  if (isSeparator(node)) return edge(rest, reverse);
  if (node.t === 'group') return node.alts.map((alt) => edge(joined(alt), reverse)).reduce(union);
  if (node.t === 'repeat') {
    // One round at the edge; what lies beyond it (more rounds) is not known.
    const once = edge(reverse ? [BARRIER, node.node] : [node.node, BARRIER], reverse);
    const taken = node.max === 1 ? edge(joined([node.node]), reverse) : once;
    return node.min === 0 ? union(taken, edge(rest, reverse)) : once;
  }
  if (node.t !== 'char') return undefined;
  // The literal run at the edge, up to the first separator or anything else.
  let literal = '';
  for (let i = 0; i < items.length; i++) {
    const item = items[reverse ? items.length - 1 - i : i]!;
    if (item.t !== 'char' || isSeparatorCode(item.c.charCodeAt(0))) break;
    literal = reverse ? item.c + literal : literal + item.c;
  }
  return new Set([literal]);
}

/**
 * Whether toLowerCase folds each character as the regex's case-insensitive match does (flag `i`
 * without `u`: same toUpperCase): ASCII and Latin letters whose case maps one to one.
 */
function foldsSimply(s: string): boolean {
  return [...s].every((c) => {
    const code = c.charCodeAt(0);
    const latin = code < 0x80 || (code >= 0xc0 && code <= 0x24f);
    return latin && c.toLowerCase().length === 1 && c.toUpperCase().length === 1;
  });
}

/**
 * The strings a placed pattern (placed-pattern.ts) needs next to its word, lowercased when the
 * pattern ignores case; undefined when they cannot be known, or when case folding is Unicode's
 * (flags `iu`), which toLowerCase does not follow.
 */
export function patternNeighbours(
  source: string,
  flags: string,
  side: 'before' | 'after',
): string[] | undefined {
  const ignoreCase = flags.includes('i');
  if (ignoreCase && (flags.includes('u') || flags.includes('v'))) return undefined;
  const parser = new Parser(side === 'before' ? source.replace(/^\(\?<=/, '').replace(/\)$/, '') : source);
  const alts = parser.alternatives();
  if (parser.at !== parser.source.length || alts.length !== 1) return undefined;
  const strings = edge(alts[0]!, side === 'before');
  if (!strings || [...strings].some((s) => s === '' || (ignoreCase && !foldsSimply(s)))) return undefined;
  return [...strings].map((s) => (ignoreCase ? s.toLowerCase() : s)).sort();
}
