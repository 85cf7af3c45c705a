import './highlights.css';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import { compileMatcher, createPageContext, findMentions } from '@/lib/recognize';
import { paintMentions } from '@/lib/page/paint';
import { collectTextBlocks } from '@/lib/page/walk';

// Thin wiring only: the page engine (lib/page) and recognizer (lib/recognize) do the work.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const matcher = compileMatcher(MATCH_INDEX);
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
