// The page engine and recognizer as one script for a page's main world: the bench and the engine's
// own real-browser tests inject it (bundled by engine-bundle.ts) into pages that have no extension.
import type { PaletteId } from '@/lib/palette';
import { createPageEngine, type PageEngine } from '@/lib/page/engine';
import { defaultEngineOptions, engineOptionsFor, type EngineOptions } from '@/lib/page/engine-options';
import { defaultSettings, SettingsSchema } from '@/lib/settings/schema';
import { bindRecognizer } from '@/lib/page/recognizer';
import { compileMatcherInSteps, createPageContext, findInWindows, rescoreMentions } from '@/lib/recognize';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';

/** Options as a test can serialise them: the colours given replace those categories' defaults. */
export type PlainOptions = Partial<Omit<EngineOptions, 'colours'>> & {
  colours?: Record<string, PaletteId | null>;
  /** Stored settings instead: the options derived from them as the content script derives them. */
  settings?: object;
  hitTestMode?: 'auto' | 'caret';
};

export interface EngineHandle {
  engine?: PageEngine;
  start(options?: PlainOptions): PageEngine;
  update(options: PlainOptions): void;
  /** Every alias string of the term set, for running mark.js with the same terms. */
  aliases(): string[];
  termCount(): number;
}

const index = MATCH_INDEX;

// The bench and the engine's own tests run on a fresh install's options (the settings defaults).
const defaults = defaultEngineOptions();

function toOptions({ colours, settings, hitTestMode: _, ...rest }: PlainOptions): Partial<EngineOptions> {
  if (settings) return engineOptionsFor(SettingsSchema.parse({ ...defaultSettings(), ...settings }));
  return colours ? { ...rest, colours: { ...defaults.colours, ...colours } } : rest;
}

const handle: EngineHandle = {
  start(options = {}) {
    const recognizer = bindRecognizer({
      compile: () => compileMatcherInSteps(index),
      findInWindows,
      rescoreMentions,
      createPageContext,
    });
    handle.engine = createPageEngine({
      document,
      recognizer,
      options: { ...defaults, ...toOptions(options) },
      hitTestMode: options.hitTestMode,
    });
    return handle.engine;
  },
  update: (options) => handle.engine?.update(toOptions(options)),
  aliases: () => index.terms.flatMap((t) => t.aliases.map((a) => a.text)),
  termCount: () => index.terms.length,
};

(globalThis as unknown as { mineralLens: EngineHandle }).mineralLens = handle;
