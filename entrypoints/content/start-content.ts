import type { ContentScriptContext } from 'wxt/utils/content-script-context';
// Not through lib/recognize/index.ts: the page takes only what decides mentions, never the judge.
import { createPageContext } from '@/lib/recognize/page-context';
import { createPageEngine } from '@/lib/page/engine';
import { engineOptionsFor } from '@/lib/page/engine-options';
import { bindRemoteRecognizer, type ProbeYes } from '@/lib/page/remote-recognizer';
import { sendMessage } from '@/lib/messaging/send-message';
import { answerContentMessages } from '@/lib/page/content-messages';
import type { MessageEvents } from '@/lib/messaging/handle-messages';
import { startCard } from './card';
import { watchExtensionLife } from '@/lib/page/extension-life';
import { createFrameRelay } from '@/lib/page/frame-relay';
import { createNotebookFeed } from '@/lib/notebook/notebook-feed';
import { createMetadataReader } from '@/lib/page/page-metadata-reader';
import { loadSettings, watchSettings } from '@/lib/settings/storage';
import type { SettingsReads } from '@/lib/settings/settings-reads';

// Thin wiring only: the page engine (lib/page) scans and paints, the background's recognizer
// (lib/background/recognize-blocks.ts) judges the text, the settings decide the options; this file
// connects them to the extension's APIs. It is the bulk of the content script, loaded by the small
// one (index.ts) in a frame with text.
export async function startContent(
  ctx: ContentScriptContext,
  messages: MessageEvents,
  /** The background's judgements of the frame's blocks, when its probe said yes (probe-frame.ts). */
  probed?: ProbeYes,
  /** The settings' storage reads, which content.js started as it imported this script. */
  reads?: SettingsReads,
): Promise<void> {
  const isTop = window === window.top;
  const { settings } = await loadSettings(reads);
  const options = engineOptionsFor(settings, location.hostname);
  if (ctx.isInvalid) return;
  // After an update the old script tears itself down through ctx.signal (lib/page/extension-life.ts).
  const life = watchExtensionLife(ctx);
  // The background judges the text; this frame decides under its own page's evidence.
  const recognizer = bindRemoteRecognizer(
    (texts, languages) =>
      sendMessage({ type: 'recognize/blocks', texts: [...texts], languages: [...languages] }),
    createPageContext,
    probed,
  );
  const engine = createPageEngine({
    document,
    recognizer,
    options,
    signal: ctx.signal,
    // Never called while createPageEngine runs (its first pass comes later), so `relay` and
    // `card` exist by then; later it may be called synchronously, from engine.update and engine.hide.
    onMentionsChange: () => {
      // The life port opens only once the frame has something to tear down.
      if (engine.stats().candidates > 0) life.connect();
      relay.changed();
      card.mentionsChanged();
      notebook.changed();
    },
    // The card must answer a highlight the reader points at before the first pass has reported.
    onFirstPaint: () => card.painted(),
  });
  const relay = createFrameRelay(engine, isTop, ctx.signal, life.alive);
  const card = startCard(ctx, engine, settings, () => relay.list().mentions);
  const metadata = createMetadataReader();
  const notebook = createNotebookFeed(engine, isTop, settings, metadata, ctx.signal);
  // One read and one watcher per frame serve both the engine and the card, live in every tab.
  // It takes over from the early reads, their storage listener too: settings changed since they
  // started are read again.
  const stopWatching = watchSettings(({ settings: next }) => {
    engine.update(engineOptionsFor(next, location.hostname));
    card.settingsChanged(next);
    notebook.settingsChanged(next);
  }, reads);
  ctx.signal.addEventListener('abort', stopWatching);
  answerContentMessages({ engine, relay, card, isTop, metadata, signal: ctx.signal, events: messages });
}
