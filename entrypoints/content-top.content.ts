import { guardScriptStart } from '@/lib/page/start-guard';
import { startContent } from './content/start-content';

// The top frame's content script: the whole of it, injected by the browser at document_idle. The
// top frame always loads the engine (the panel asks it for the tab's list), and injected directly
// it starts without the small script's round trip to import content-main.js (measured with
// `npm run bench`). Sub-frames keep the small script (content/index.ts), which skips the top frame;
// its stylesheet (highlights.css) is injected in every frame, this one included.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    guardScriptStart(ctx.signal); // First, before any await: a page must not stop this script.
    void startContent(ctx);
  },
});
