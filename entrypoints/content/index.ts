import './highlights.css';
import { importScript } from '@/lib/page/lazy-script';
import { whenNameMayAppear } from '@/lib/page/name-watch';
import { createMessageGate } from '@/lib/page/message-gate';
import { guardScriptStart } from '@/lib/page/start-guard';
import type { startContent } from './start-content';

// The content script every frame of every page runs: small on purpose. The engine, recognizer and
// settings (start-content.ts, built as content-main.js) load only into a frame whose text may name
// a term (lib/page/name-watch.ts), now or once the page adds it, or into the top frame when the
// extension asks it something (the panel's list, a sub-frame's mentions). A page naming no term
// costs this file's evaluation and one read of its text; an ad frame with no text, less.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT also posts its start-up notice to the window, where every page and frame script hears it,
  // runtime id and all: a page could tell the extension is installed. Only WXT's document event,
  // which stops an older copy of this script, is needed (start-guard.ts keeps pages from forging it).
  noScriptStartedPostMessage: true,
  main(ctx) {
    guardScriptStart(ctx.signal); // First, before any await: a page must not stop this script.
    let started: Promise<void> | undefined;
    const start = () =>
      (started ??= importScript<typeof startContent>('/content-main.js').then(
        (startContent) => (ctx.isInvalid ? undefined : startContent(ctx, messages)),
        () => undefined, // The extension went away meanwhile (update, reload): nothing to start.
      ));
    const messages = createMessageGate(window === window.top, start, ctx.signal);
    whenNameMayAppear(document, ctx.signal, () => void start());
  },
});
