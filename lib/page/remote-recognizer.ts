import { applyJudgement, type BlockJudgement } from '@/lib/recognize/block-judgement';
import { rescoreMentions } from '@/lib/recognize/decide-mention';
import type { Lang } from '@/lib/recognize/match-index';
import type { PageContext } from '@/lib/recognize/page-context';
import type { Recognizer } from './recognizer';

/**
 * The content script's recognizer: the extension's background judges each block's text
 * (lib/background/recognize-blocks.ts, one warm recognizer for every tab), and the frame decides
 * the mentions under its own page evidence (lib/recognize/block-judgement.ts). A frame so loads
 * neither the matcher nor the judge: it pays for messages and arithmetic, where it compiled and
 * warmed the whole recognizer, cold, in every frame with text.
 */
export type JudgeBlocks = (
  texts: readonly string[],
  languages: readonly Lang[],
) => Promise<readonly BlockJudgement[] | undefined>;

type Pending = Promise<BlockJudgement | undefined>;

export function bindRemoteRecognizer(judge: JudgeBlocks, createPageContext: () => PageContext): Recognizer {
  let page = createPageContext();
  /** Judgements asked for ahead (lookAhead), by language list and text: one message for many blocks. */
  let ahead = new Map<string, Pending>();
  const keyOf = (text: string, languages: readonly Lang[]) => `${languages.join()}\n${text}`;
  // No answer (the extension went away, or refused): the blocks name nothing, as in a frame whose
  // engine cannot run.
  const ask = (texts: readonly string[], languages: readonly Lang[]) =>
    judge(texts, languages).catch(() => undefined);
  const decide = async (text: string, languages: readonly Lang[], key: object) => {
    const asked = page;
    const judged = await (ahead.get(keyOf(text, languages)) ??
      ask([text], languages).then((all) => all?.[0]));
    if (!judged || asked !== page) return [];
    return applyJudgement(text, judged, page, key);
  };
  return {
    *find(text, languages, key) {
      yield decide(text, languages, key);
    },
    lookAhead(texts, languages) {
      // The run before is used up by now: a pass recognizes each run before it reads the next.
      ahead = new Map();
      if (texts.length === 0) return;
      const all = ask(texts, languages);
      texts.forEach((text, i) =>
        ahead.set(
          keyOf(text, languages),
          all.then((judged) => judged?.[i]),
        ),
      );
    },
    revision: () => page.revision,
    rescore: (mentions, key) => rescoreMentions(mentions, { threshold: 0, page, blockKey: key }),
    startPage: () => {
      page = createPageContext();
      ahead = new Map();
    },
    // Nothing to set up here: the background's recognizer is made on its first request.
    ready: () => true,
    prepare: () => undefined,
  };
}
