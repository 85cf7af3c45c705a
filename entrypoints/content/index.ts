import './highlights.css';
import { importScript } from '@/lib/page/lazy-script';
import { whenTextAppears } from '@/lib/page/frame-text';
import { guardScriptStart } from '@/lib/page/start-guard';
import type { startContent } from './start-content';

// The content script every frame of every page runs: small on purpose. The engine, recognizer and
// settings (start-content.ts, built as content-main.js) load only where there is text to read: the
// top frame always (the panel asks it for the tab's list), a sub-frame once it has text. An ad
// frame with none costs this file's evaluation and one TreeWalker step.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    guardScriptStart(ctx.signal); // First, before any await: a page must not stop this script.
    const start = () => {
      importScript<typeof startContent>('/content-main.js').then(
        (startContent) => (ctx.isInvalid ? undefined : startContent(ctx)),
        () => undefined, // The extension went away meanwhile (update, reload): nothing to start.
      );
    };
    if (window === window.top) start();
    else whenTextAppears(document, ctx.signal, start);
  },
});
