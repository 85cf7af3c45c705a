import type { ProbeAnswer } from '@/lib/background/probe-frame';
import { MAX_PROBE_BLOCKS, MAX_PROBE_CHARS } from '@/lib/messaging/probe-limits';
import type { ProbeYes } from './remote-recognizer';
import { collectBlocks, StaleWalkError } from './text-blocks';

/**
 * A frame whose text may name only ambiguous words ("lead", "tin", "silver": name-watch.ts) asks
 * the background whether any would be a mention before it loads the engine: most news pages name
 * none, and evaluating the engine, reading the settings and scanning cost such a page some 28 ms
 * for nothing shown. The blocks sent are the engine's own (collectBlocks over the body, then each
 * open shadow root, as scan-passes.ts's fullScan reads them), so the background judges exactly what
 * the engine would (lib/background/probe-frame.ts). Read a slice at a time: a hostile page's
 * megabyte of text never holds the main thread.
 *
 * Resolves false when the frame stays as it is; otherwise the engine must load: with the
 * background's judgements when it said yes (the engine's recognizer starts with them), or true when
 * it did not answer, or the frame has more text than one probe carries, or keeps pulling its text
 * out from under the read.
 */
export type AskProbe = (texts: string[]) => Promise<ProbeAnswer | undefined>;
export type ProbeResult = boolean | ProbeYes;

const SLICE_MS = 8;
/** Blocks collected between two looks at the clock. */
const BLOCKS_PER_LOOK = 32;
const MAX_RESTARTS = 3;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export async function probeFrame(doc: Document, ask: AskProbe, signal: AbortSignal): Promise<ProbeResult> {
  for (let restarts = 0; restarts <= MAX_RESTARTS; restarts++) {
    let texts: string[] | null | undefined;
    try {
      texts = await readBlocks(doc, signal);
    } catch (error) {
      if (!(error instanceof StaleWalkError)) throw error;
      continue;
    }
    if (signal.aborted) return false;
    if (!texts) return true; // More than one probe carries: readBlocks stops at fitsProbe's limits.
    if (texts.length === 0) return false;
    const asked = texts;
    return ask(asked).then(
      (answer) => answer !== false && (isJudged(answer, asked.length) ? { ...answer, texts: asked } : true),
      () => true,
    );
  }
  return true;
}

/** A yes that carries a judgement for every block sent. */
const isJudged = (answer: ProbeAnswer | undefined, blocks: number): answer is Exclude<ProbeAnswer, false> =>
  typeof answer === 'object' && answer !== null && answer.judged?.length === blocks;

/** The frame's block texts, or null past the probe's limits. */
async function readBlocks(doc: Document, signal: AbortSignal): Promise<string[] | null> {
  const texts: string[] = [];
  let chars = 0;
  const roots: Node[] = [doc.body ?? doc.documentElement];
  const onShadowRoot = (root: ShadowRoot) => void roots.push(root);
  let deadline = performance.now() + SLICE_MS;
  for (const root of roots) {
    let n = 0;
    for (const block of collectBlocks(root, { onShadowRoot })) {
      texts.push(block.text);
      chars += block.text.length;
      if (texts.length > MAX_PROBE_BLOCKS || chars > MAX_PROBE_CHARS) return null;
      if (++n % BLOCKS_PER_LOOK !== 0 || performance.now() < deadline) continue;
      await nextTask();
      if (signal.aborted) return texts;
      deadline = performance.now() + SLICE_MS;
    }
  }
  return texts;
}
