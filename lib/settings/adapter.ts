import type { SettingsProblem } from './problems';
import { SETTINGS_VERSION, SettingsSchema, type Settings, type SettingsPatch } from './schema';

/** Where the settings currently live: browser sync, or this device when sync is off or full. */
export type SettingsArea = 'sync' | 'local';

export interface LoadedSettings {
  settings: Settings;
  /** Repairs made while reading that the user has not dismissed yet. */
  problems: SettingsProblem[];
  area: SettingsArea;
}

/** A patch, or a function of the current settings (safe against another context's write). */
export type SettingsChange = SettingsPatch | ((current: Settings) => SettingsPatch);

/**
 * What the UI store and the content script need from persistence. ./storage.ts implements it on
 * browser.storage; ./memory-storage.ts in memory, for tests and for components rendered alone.
 */
export interface SettingsStorage {
  load(): Promise<LoadedSettings>;
  /** Applies a change to the stored settings; rejects, changing nothing, if the result is invalid. */
  save(change: SettingsChange): Promise<LoadedSettings>;
  /** Replaces every setting (an accepted import). */
  replace(settings: Settings): Promise<LoadedSettings>;
  reset(): Promise<LoadedSettings>;
  /** Called with freshly parsed settings whenever any context changes them. Returns unsubscribe. */
  watch(callback: (loaded: LoadedSettings) => void): () => void;
  /** Stops reporting these problems; new ones are reported again. */
  dismissProblems(problems: readonly SettingsProblem[]): Promise<void>;
}

/** The settings after a change, validated strictly: a bad patch is a bug and throws. */
export function applyChange(current: Settings, change: SettingsChange): Settings {
  const patch = typeof change === 'function' ? change(current) : change;
  return SettingsSchema.parse({ ...current, ...patch, version: SETTINGS_VERSION });
}

/** Writes are read-modify-write; one queue per storage object keeps them from interleaving. */
export function serialQueue() {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
}
