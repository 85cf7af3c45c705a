import type { Candidate } from './scan-candidates';

/**
 * Which terms are named without ambiguity around a candidate, further off than its sentence: the
 * paragraph hints of sentence-evidence.ts. Walking the candidates around every ambiguous word made
 * a run of candidates ("lead lead lead…", an ad frame's gift) cost hundreds of steps per word; the
 * named candidates are indexed once per block instead, and each question is a few binary searches.
 */

type Term = Candidate['entry']['term'];

/** Named candidates of one kind, in order, and for each the nearest either side of another term. */
interface Named {
  /** Candidate indices. */
  readonly at: number[];
  /** For each position of `at`, the nearest earlier position whose term differs from its own (or -1). */
  readonly otherBefore: number[];
  /** For each position of `at`, the nearest later position whose term differs (or at.length). */
  readonly otherAfter: number[];
}

function named(candidates: readonly Candidate[], at: number[]): Named {
  const termAt = (p: number) => candidates[at[p]!]!.entry.term;
  const otherBefore: number[] = new Array<number>(at.length);
  const otherAfter: number[] = new Array<number>(at.length);
  for (let p = 0; p < at.length; p++)
    otherBefore[p] = p > 0 && termAt(p - 1) === termAt(p) ? otherBefore[p - 1]! : p - 1;
  for (let p = at.length - 1; p >= 0; p--)
    otherAfter[p] = p + 1 < at.length && termAt(p + 1) === termAt(p) ? otherAfter[p + 1]! : p + 1;
  return { at, otherBefore, otherAfter };
}

/** The first position of a sorted list whose value is >= `value`. */
export function lowerBound(length: number, valueAt: (k: number) => number, value: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class NearbyTerms {
  private readonly any: Named;
  /** Named candidates that are not policy terms: what speaks for a mineral word's meaning. */
  private readonly minerals: Named;
  private readonly byTerm = new Map<Term, number[]>();

  /** `isNamed(j)`: candidate j is neither ambiguous nor settled as something else. */
  constructor(
    private readonly candidates: readonly Candidate[],
    isNamed: (j: number) => boolean,
  ) {
    const any: number[] = [];
    const minerals: number[] = [];
    for (let j = 0; j < candidates.length; j++) {
      if (!isNamed(j)) continue;
      const term = candidates[j]!.entry.term;
      any.push(j);
      if (term.kind !== 'policy') minerals.push(j);
      let list = this.byTerm.get(term);
      if (!list) this.byTerm.set(term, (list = []));
      list.push(j);
    }
    this.any = named(candidates, any);
    this.minerals = named(candidates, minerals);
  }

  /** Whether `term` is named by a candidate whose index is in [lo, hi]. */
  names(term: Term, lo: number, hi: number): boolean {
    const list = this.byTerm.get(term);
    if (!list) return false;
    const p = lowerBound(list.length, (k) => list[k]!, lo);
    return p < list.length && list[p]! <= hi;
  }

  /**
   * The nearest named candidate of a term other than `term` with index in [lo, before), or in
   * [from, hi] after; minerals only unless `policyCounts`. Undefined if none.
   */
  otherBefore(term: Term, policyCounts: boolean, lo: number, before: number): number | undefined {
    const { at, otherBefore } = policyCounts ? this.any : this.minerals;
    let p = lowerBound(at.length, (k) => at[k]!, before) - 1;
    if (p >= 0 && this.candidates[at[p]!]!.entry.term === term) p = otherBefore[p]!;
    return p >= 0 && at[p]! >= lo ? at[p] : undefined;
  }

  otherAfter(term: Term, policyCounts: boolean, from: number, hi: number): number | undefined {
    const { at, otherAfter } = policyCounts ? this.any : this.minerals;
    let p = lowerBound(at.length, (k) => at[k]!, from);
    if (p < at.length && this.candidates[at[p]!]!.entry.term === term) p = otherAfter[p]!;
    return p < at.length && at[p]! <= hi ? at[p] : undefined;
  }
}
