import { applyJudgement, type BlockJudgement } from '@/lib/recognize/block-judgement';
import { rescoreMentions, type Mention } from '@/lib/recognize/decide-mention';
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

/**
 * Judgements a frame already holds before its engine starts: the background's answer to the
 * frame's probe (lib/page/probe-frame.ts), which judged every block to say yes. Judging depends only
 * on a block's text and the languages, so the engine asks the background only for what is not here.
 */
export interface ProbeYes {
  readonly languages: readonly Lang[];
  readonly texts: readonly string[];
  readonly judged: readonly BlockJudgement[];
}

/**
 * The last run told ahead: one message for many blocks, each block's place in it by its text. Once
 * answered, its blocks are decided as the engine reaches them, without a promise each: a long
 * page's thousands of blocks paid a chain of awaits apiece.
 */
interface Run {
  languages: string;
  places: Map<string, number>;
  judged: Promise<readonly BlockJudgement[] | undefined>;
  /** The answer, once it came (undefined: none); `judged` still pending while absent. */
  answer?: { judged: readonly BlockJudgement[] | undefined };
}

export function bindRemoteRecognizer(
  judge: JudgeBlocks,
  createPageContext: () => PageContext,
  probed?: ProbeYes,
): Recognizer {
  let page = createPageContext();
  let ahead: Run | undefined;
  let known = probed && {
    languages: probed.languages.join(),
    byText: new Map(probed.texts.map((text, i) => [text, probed.judged[i]!])),
  };
  const knownFor = (languages: readonly Lang[]) =>
    known?.languages === languages.join() ? known.byText : undefined;
  // No answer (the extension went away, or refused): the blocks name nothing, as in a frame whose
  // engine cannot run.
  const ask = (texts: readonly string[], languages: readonly Lang[]) =>
    judge(texts, languages).catch(() => undefined);
  const decide = (text: string, judged: BlockJudgement | undefined, key: object) =>
    judged ? applyJudgement(text, judged, page, key) : [];
  /** The block's mentions, once `judged` is answered, unless the page moved on meanwhile. */
  const decideLater = async (
    text: string,
    judged: Promise<BlockJudgement | undefined>,
    key: object,
  ): Promise<Mention[]> => {
    const asked = page;
    const judgement = await judged;
    return asked === page ? decide(text, judgement, key) : [];
  };
  return {
    *find(text, languages, key) {
      // Looked up by the block's own text string, whose hash the engine computes once: a key made
      // of languages and text was a new string per block, hashed whole twice, on a 100,000-word page.
      const place = ahead?.languages === languages.join() ? ahead.places.get(text) : undefined;
      if (place !== undefined) {
        const run = ahead!;
        if (run.answer) yield decide(text, run.answer.judged?.[place], key);
        else
          yield decideLater(
            text,
            run.judged.then((judged) => judged?.[place]),
            key,
          );
        return;
      }
      const known = knownFor(languages)?.get(text);
      if (known) yield decide(text, known, key);
      else
        yield decideLater(
          text,
          ask([text], languages).then((judged) => judged?.[0]),
          key,
        );
    },
    lookAhead(texts, languages) {
      // The run before is used up by now: a pass recognizes each run before it reads the next.
      ahead = undefined;
      const kept = knownFor(languages);
      const fresh = kept ? texts.filter((text) => !kept.has(text)) : texts;
      if (fresh.length === 0) return;
      const places = new Map<string, number>();
      fresh.forEach((text, i) => places.set(text, i));
      const run: Run = { languages: languages.join(), places, judged: ask(fresh, languages) };
      void run.judged.then((judged) => (run.answer = { judged }));
      ahead = run;
    },
    judgesElsewhere: true,
    revision: () => page.revision,
    rescore: (mentions, key) => rescoreMentions(mentions, { threshold: 0, page, blockKey: key }),
    startPage: () => {
      page = createPageContext();
      ahead = undefined;
      known = undefined; // Another page of a single-page app: its texts are mostly new.
    },
    // Nothing to set up here: the background's recognizer is made on its first request.
    ready: () => true,
    prepare: () => undefined,
  };
}
