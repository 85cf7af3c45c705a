import './highlights.css';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import {
  compileMatcherInSteps,
  createPageContext,
  findInWindows,
  findMentions,
  rescoreMentions,
} from '@/lib/recognize';
import { createPageEngine } from '@/lib/page/engine';
import { engineOptionsFor } from '@/lib/page/engine-options';
import { bindRecognizer } from '@/lib/page/recognizer';
import { answerContentMessages } from '@/lib/page/content-messages';
import { startCard } from './card';
import { watchExtensionLife } from '@/lib/page/extension-life';
import { createFrameRelay } from '@/lib/page/frame-relay';
import { createNotebookFeed } from '@/lib/notebook/notebook-feed';
import { guardScriptStart } from '@/lib/page/start-guard';
import { loadSettings, watchSettings } from '@/lib/settings/storage';

// Thin wiring only: the page engine (lib/page) scans and paints, the recognizer (lib/recognize)
// recognizes, the settings decide the options; this file connects them to the extension's APIs.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    guardScriptStart(ctx.signal); // First, before any await: a page must not stop this script.
    const isTop = window === window.top;
    const { settings } = await loadSettings();
    const options = engineOptionsFor(settings, location.hostname);
    if (ctx.isInvalid) return;
    // After an update the old script tears itself down through ctx.signal (lib/page/extension-life.ts).
    const life = watchExtensionLife(ctx);
    const recognizer = bindRecognizer({
      compile: () => compileMatcherInSteps(MATCH_INDEX),
      findMentions,
      findInWindows,
      rescoreMentions,
      createPageContext,
    });
    const engine = createPageEngine({
      document,
      recognizer,
      options,
      signal: ctx.signal,
      // Never called while createPageEngine runs (its first pass comes later), so `relay` and
      // `card` exist by then; later it may be called synchronously, from engine.update and engine.hide.
      onMentionsChange: () => {
        relay.changed();
        card.mentionsChanged();
        notebook.changed();
      },
    });
    const relay = createFrameRelay(engine, isTop, ctx.signal, life.alive);
    const card = startCard(ctx, engine, settings, () => relay.list().mentions);
    const notebook = createNotebookFeed(engine, isTop, settings, ctx.signal);
    // One read and one watcher per frame serve both the engine and the card, live in every tab.
    const stopWatching = watchSettings(({ settings: next }) => {
      engine.update(engineOptionsFor(next, location.hostname));
      card.settingsChanged(next);
      notebook.settingsChanged(next);
    });
    ctx.signal.addEventListener('abort', stopWatching);
    answerContentMessages({ engine, relay, card, isTop, signal: ctx.signal });
  },
});
