import './highlights.css';
import { compileMatcher, createPageContext, findMentions, type MatchIndex } from '@/lib/recognize';
import { paintMentions } from '@/lib/page/paint';
import { collectTextBlocks } from '@/lib/page/walk';

// Until the dataset's generated index lands, the content script knows the placeholder's one term.
const PLACEHOLDER_INDEX: MatchIndex = {
  version: '0',
  terms: [
    {
      id: 'lithium',
      kind: 'mineral',
      category: 'mineral',
      label: 'Lithium',
      aliases: [{ text: 'lithium', lang: 'en', caseSensitive: false, ambiguous: false }],
      negatives: [],
    },
  ],
};

// Thin wiring only: the page engine (lib/page) and recognizer (lib/recognize) do the work.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const matcher = compileMatcher(PLACEHOLDER_INDEX);
    const page = createPageContext();
    const blocks = collectTextBlocks(document.body);
    const painted = paintMentions(
      blocks.flatMap((block) =>
        findMentions(matcher, block.text, { page }).map((m) => block.toRange(m.start, m.end, m.category)),
      ),
    );
    ctx.onInvalidated(() => painted.clear());
  },
});
