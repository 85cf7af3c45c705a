import './highlights.css';
import { importScript } from '@/lib/page/lazy-script';
import { whenTextAppears } from '@/lib/page/frame-text';
import { guardScriptStart } from '@/lib/page/start-guard';
import type { startContent } from './start-content';

// The content script every sub-frame runs: small on purpose. The engine, recognizer and settings
// (start-content.ts, built as content-main.js) load only once a frame has text to read: an ad frame
// with none costs this file's evaluation and one TreeWalker step. The top frame gets the whole
// script injected directly (entrypoints/content-top.content.ts); the browser cannot leave it out of
// this file's injection, so this file stops there at once.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    if (window === window.top) return;
    guardScriptStart(ctx.signal); // First, before any await: a page must not stop this script.
    const start = () => {
      importScript<typeof startContent>('/content-main.js').then(
        (startContent) => (ctx.isInvalid ? undefined : startContent(ctx)),
        () => undefined, // The extension went away meanwhile (update, reload): nothing to start.
      );
    };
    whenTextAppears(document, ctx.signal, start);
  },
});
