/**
 * The match regexes read together as if they were one. The keys are split between regexes by their
 * first character (keysRegexes in regex-trie.ts), each under V8's size limit for optimised regexes,
 * so at any place at most one of them can match and the first match after a place is the earliest
 * of theirs. Each regex keeps its next match until the scan passes it: every one reads the text
 * once, and the scan stays linear.
 */

/** The first key match at or after `from`, or null: call with growing `from`, as a `g` regex. */
export type NextKeyMatch = (from: number) => RegExpExecArray | null;

export function keyMatches(regexes: readonly RegExp[], text: string): NextKeyMatch {
  if (regexes.length === 1) {
    const regex = regexes[0]!;
    return (from) => {
      regex.lastIndex = from;
      return regex.exec(text);
    };
  }
  // Each regex's next match, null once it has none left, undefined when it must look again.
  const pending: (RegExpExecArray | null | undefined)[] = regexes.map(() => undefined);
  return (from) => {
    let first = -1;
    regexes.forEach((regex, i) => {
      let m = pending[i];
      if (m === undefined || (m !== null && m.index < from)) {
        regex.lastIndex = from;
        m = pending[i] = regex.exec(text);
      }
      if (m && (first === -1 || m.index < pending[first]!.index)) first = i;
    });
    if (first === -1) return null;
    const m = pending[first]!;
    pending[first] = undefined;
    return m;
  };
}
