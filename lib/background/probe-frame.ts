import { engineOptionsFor, colourOf, type EngineOptions } from '@/lib/page/engine-options';
import { applyJudgement, type BlockJudgement } from '@/lib/recognize/block-judgement';
import { rescoreMentions } from '@/lib/recognize/decide-mention';
import type { Mention } from '@/lib/recognize/find-mentions';
import { createPageContext } from '@/lib/recognize/page-context';
import type { ProbeYes } from '@/lib/page/remote-recognizer';
import type { Settings } from '@/lib/settings/schema';
import type { RecognizeBlocks } from './recognize-blocks';

/**
 * Whether a frame whose text names only ambiguous words ("lead", "tin", "silver") would show any
 * mention, asked by its small content script before it loads the engine (`probe/frame`,
 * lib/page/probe-frame.ts): most news pages name none, and each paid the whole engine to find it
 * out. The background judges the frame's blocks with its warm recognizer, decides them as the
 * frame's engine would (a fresh page context, block after block, then again once the whole page is
 * heard: lib/page/remote-recognizer.ts) under the user's current settings, and answers yes or no.
 * It keeps nothing of the text.
 */
export type ProbeFrame = (texts: readonly string[], frameUrl: string) => Promise<ProbeAnswer>;

/**
 * No, or yes with the judgements made to say it: the engine the frame then loads need not ask for
 * them again (lib/page/remote-recognizer.ts).
 */
export type ProbeAnswer = false | Omit<ProbeYes, 'texts'>;

/** Whether the engine, given these blocks and options, would accept any mention. */
export function showsAnyMention(
  texts: readonly string[],
  judgements: readonly BlockJudgement[],
  options: EngineOptions,
): boolean {
  if (!options.enabled) return false;
  const accepted = (m: Mention) =>
    m.confidence >= options.threshold && colourOf(options, m.category) !== null;
  const page = createPageContext();
  const decided: Mention[][] = [];
  for (const [i, text] of texts.entries()) {
    const mentions = applyJudgement(text, judgements[i]!, page, i);
    // Accepted as the block is decided, before the rest of the page is heard: the engine paints
    // it then, so the probe says yes even if the page's evidence would take it back later.
    if (mentions.some(accepted)) return true;
    decided.push(mentions);
  }
  return decided.some((mentions, i) =>
    rescoreMentions(mentions, { threshold: 0, page, blockKey: i }).some(accepted),
  );
}

export function createFrameProbe(
  recognize: RecognizeBlocks,
  loadSettings: () => Promise<{ settings: Settings }>,
): ProbeFrame {
  return async (texts, frameUrl) => {
    const { settings } = await loadSettings();
    const options = engineOptionsFor(settings, new URL(frameUrl).hostname);
    if (!options.enabled) return false;
    const judged = await recognize(texts, options.languages);
    // The texts are the frame's own: not sent back.
    return showsAnyMention(texts, judged, options) && { languages: options.languages, judged };
  };
}
