/**
 * Counts the characters the recognizer examines, so a test can bound its work per character of
 * text without a clock: every string search, slice and case fold, every character read by code,
 * and every regex run is charged what it must have looked at. Nothing in lib/ knows about it: the
 * string and regex built-ins are wrapped for the duration of one call.
 */

type Method = (this: unknown, ...args: never[]) => unknown;

const proto = String.prototype as unknown as Record<string, Method>;
const regexProto = RegExp.prototype as unknown as Record<string, Method>;

export function measureWork<T>(run: () => T): { result: T; work: number } {
  let work = 0;
  const saved: [Record<string, Method>, string, Method][] = [];
  const wrap = (
    target: Record<string, Method>,
    name: string,
    charge: (self: never, result: never, args: never[]) => number,
  ) => {
    const original = target[name]!;
    saved.push([target, name, original]);
    target[name] = function (this: unknown, ...args: never[]) {
      const before = this instanceof RegExp ? this.lastIndex : 0;
      const result = original.apply(this, args);
      work += charge(this as never, result as never, [before, ...args] as never[]);
      return result;
    };
  };
  const length = (s: string) => String(s).length;
  const searched = (s: string, found: number, from: unknown) => {
    const start = Math.max(0, Math.min(length(s), Number(from ?? 0) || 0));
    return (found === -1 ? length(s) - start : found - start) + 1;
  };
  wrap(proto, 'indexOf', (s: string, found: number, [, , from]) => searched(s, found, from));
  wrap(
    proto,
    'includes',
    (s: string, _found: boolean, [, , from]) => length(s) - (Number(from ?? 0) || 0) + 1,
  );
  wrap(proto, 'lastIndexOf', (s: string, found: number, [, , from]) => {
    const start = from === undefined ? length(s) : Math.max(0, Number(from));
    return (found === -1 ? start : start - found) + 1;
  });
  for (const name of ['slice', 'substring', 'toUpperCase', 'toLowerCase', 'trimStart', 'normalize'])
    wrap(proto, name, (_s: string, result: string) => result.length + 1);
  for (const name of ['charCodeAt', 'codePointAt', 'at']) wrap(proto, name, () => 1);
  wrap(regexProto, 'exec', (regex: RegExp, found: RegExpExecArray | null, [before, input]) => {
    const text = String(input);
    // A sticky regex is tried at one place; a global one searches on from lastIndex; any other
    // from the start. Each is charged the characters up to where it stopped.
    if (regex.sticky) return (found ? found[0].length : 0) + 1;
    const start = regex.global ? Number(before) : 0;
    return (found ? found.index + found[0].length : text.length) - start + 1;
  });
  try {
    return { result: run(), work };
  } finally {
    for (const [target, name, original] of saved.reverse()) target[name] = original;
  }
}
