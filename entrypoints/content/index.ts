import './highlights.css';
import { browser } from 'wxt/browser';
import { importScript } from '@/lib/page/lazy-script';
import { whenNameMayAppear } from '@/lib/page/name-watch';
import { createMessageGate } from '@/lib/page/message-gate';
import { createProbeLoop } from '@/lib/page/probe-loop';
import { guardScriptStart } from '@/lib/page/start-guard';
import type { ProbeAnswer } from '@/lib/background/probe-frame';
import type { ProbeYes } from '@/lib/page/remote-recognizer';
import { SURE_NAME, type NameKind } from '@/lib/recognize/name-kind';
import { startSettingsReads, type SettingsReads } from '@/lib/settings/settings-reads';
import type { startContent } from './start-content';

// The content script every frame of every page runs: small on purpose. The engine, recognizer and
// settings (start-content.ts, built as content-main.js) load only into a frame whose text may name
// a term (lib/page/name-watch.ts), now or once the page adds it, or into the top frame when the
// extension asks it something (the panel's list, a sub-frame's mentions). A frame whose only
// possible names are ambiguous words ("lead", "tin") first asks the background whether any would be
// shown (lib/page/probe-frame.ts), and loads the engine only if so. The name test itself runs in
// the background (`name/test`), warm for every frame. A page naming no term costs this file's
// evaluation, one read of its text and a message or two; an ad frame with no text, less. A frame
// told no hears of a change of settings from the background (lib/page/message-gate.ts).
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
    // Stops the name watch and the probes once the engine loads: it watches the page itself.
    const watching = new AbortController();
    ctx.signal.addEventListener('abort', () => watching.abort(), { once: true });
    let started: Promise<void> | undefined;
    const start = (probed?: ProbeYes) => {
      if (started) return started;
      watching.abort();
      const main = importScript<typeof startContent>('/content-main.js');
      // The settings are read while the engine is fetched and parsed, not after it.
      let reads: SettingsReads | undefined;
      try {
        reads = startSettingsReads(browser.storage);
        reads.local.catch(() => undefined); // Awaited by the engine; unhandled only if it never loads.
      } catch {
        reads = undefined; // The extension went away (update, reload): the import fails too.
      }
      return (started = main
        .then(
          (startContent) => (ctx.isInvalid ? undefined : startContent(ctx, messages, probed, reads)),
          () => undefined, // The extension went away meanwhile (update, reload): nothing to start.
        )
        // The engine's settings watch has taken over from the reads by now, or never will.
        .finally(() => reads?.handOver()));
    };
    const messages = createMessageGate(window === window.top, () => start(), ctx.signal);
    const probe = createProbeLoop(
      document,
      (texts) =>
        browser.runtime.sendMessage({ type: 'probe/frame', texts }) as Promise<ProbeAnswer | undefined>,
      (probed) => void start(probed),
      watching.signal,
      messages.watchSettings,
    );
    whenNameMayAppear(
      document,
      watching.signal,
      (kind) => (kind === SURE_NAME ? void start() : probe()),
      (text) => browser.runtime.sendMessage({ type: 'name/test', text }) as Promise<NameKind | undefined>,
    );
  },
});
