import './highlights.css';
import { findMentions } from '@/lib/recognize/find-mentions';
import { paintMentions } from '@/lib/page/paint';
import { collectTextBlocks } from '@/lib/page/walk';

// Thin wiring only: the page engine (lib/page) and recognizer (lib/recognize) do the work.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const blocks = collectTextBlocks(document.body);
    const painted = paintMentions(
      blocks.flatMap((block) =>
        findMentions(block.text).map((m) => block.toRange(m.start, m.end, m.category)),
      ),
    );
    ctx.onInvalidated(() => painted.clear());
  },
});
