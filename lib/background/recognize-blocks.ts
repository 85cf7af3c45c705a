import { loadMatcherData, loadMatchIndex } from '@/lib/dataset/matcher-data';
import { judgeBlock, type BlockJudgement } from '@/lib/recognize/block-judgement';
import { instantiateMatcher, type Matcher } from '@/lib/recognize/instantiate-matcher';
import type { Lang } from '@/lib/recognize/match-index';

/**
 * The extension's one recognizer: frames send it their blocks of text (`recognize/blocks`) and
 * decide the mentions themselves (lib/page/remote-recognizer.ts). Judging text cold is what a page
 * paid most for: an article's blocks take some 45 ms in a fresh context and 2-3 ms in one whose
 * regexes are compiled and code optimised, and the background stays warm from page to page. It
 * keeps nothing of any page: a suspended worker loses nothing, and one made again costs only its
 * warm-up.
 */
export type RecognizeBlocks = (
  texts: readonly string[],
  languages: readonly Lang[],
) => Promise<BlockJudgement[]>;

/** Judging runs in slices this long: the background also writes settings and relays frames. */
const SLICE_MS = 20;
/**
 * Characters of short blocks judged between readings of the clock: a reading per block was some
 * 10 ms of a 100,000-word page's judging in the worker (5,700 blocks, a microsecond and more a
 * reading). Judged cold, this many take a few milliseconds; a block's every step after its first
 * (a window, a chunk of candidates) still reads it.
 */
const CHARS_PER_READING = 1000;

export function createBlockRecognizer(now: () => number = () => performance.now()): RecognizeBlocks {
  let matcher: Matcher | undefined;
  return async (texts, languages) => {
    // Its key finder never compiles every key's regex (GLOBAL_AFTER_CHARS, a frame's bound): read
    // by all frames, the worker passed that bound within a few long pages and paid some 30-40 ms
    // of compile, un-sliced, for regexes that judged no faster in Chromium (background-judge.ts).
    matcher ??= instantiateMatcher(loadMatchIndex(), loadMatcherData(), Infinity);
    const judged: BlockJudgement[] = [];
    let deadline = now() + SLICE_MS;
    // Characters judged since the clock was last read.
    let unread = 0;
    for (const text of texts) {
      const steps = judgeBlock(matcher, text, languages);
      unread += text.length;
      let first = true;
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) {
          judged.push(step.value);
          break;
        }
        if (first && unread < CHARS_PER_READING) {
          first = false;
          continue;
        }
        first = false;
        unread = 0;
        if (now() < deadline) continue;
        // A hostile page's megabyte of text is judged across many tasks, not one.
        await new Promise((resolve) => setTimeout(resolve, 0));
        deadline = now() + SLICE_MS;
      }
    }
    return judged;
  };
}
