// Whose time a CPU profile's samples are, for the start-up bench: kept apart from the browser
// driving so the accounting is tested in Node. The page's profile counts samples with one of our
// frames anywhere on the stack (the page's code calling ours counts, ours calling a builtin too);
// the extension's service worker runs nothing but ours, so there every JavaScript frame counts.

export interface CallFrame {
  url: string;
  functionName: string;
  lineNumber: number;
}
export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The bench's sampling interval (µs), the page's and the worker's alike. */
export const SAMPLING_US = 500;

/** V8's own nodes: the tree's root and samples that ran no JavaScript. */
const NOT_JS = new Set(['(root)', '(idle)', '(program)', '(garbage collector)']);

/** Any JavaScript frame (a builtin has no url), for a thread whose every script is ours. */
export const anyScript = (frame: CallFrame): boolean => frame.url !== '' || !NOT_JS.has(frame.functionName);

/**
 * Time of the samples whose stack holds a frame `isOurs` accepts, and the longest unbroken run of
 * them (a lower bound on our longest task). `intervalUs` charges the last sample, which has no next.
 */
export function samplesOf(
  profile: Profile,
  isOurs: (frame: CallFrame) => boolean,
  intervalUs = SAMPLING_US,
): { ms: number; stretchMs: number } {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const ours = new Map<number, boolean>();
  const isOursNode = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const result = isOurs(byId.get(id)!.callFrame) || (up !== undefined && isOursNode(up));
    ours.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  let stretch = 0;
  let longest = 0;
  // A sample's delta is the time since the previous sample: charge the interval to the sample ending it.
  for (let i = 0; i < samples.length; i++) {
    const delta = deltas[i + 1] ?? intervalUs;
    if (isOursNode(samples[i]!)) {
      us += delta;
      stretch += delta;
      longest = Math.max(longest, stretch);
    } else stretch = 0;
  }
  return { ms: us / 1000, stretchMs: longest / 1000 };
}
