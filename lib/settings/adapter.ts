import type { SettingsProblem } from './problems';
import { updateCategory } from './category-setting';
import { toggleSite } from './sites';
import {
  CategorySettingSchema,
  SETTINGS_VERSION,
  SettingsSchema,
  type CategorySetting,
  type Settings,
  type SettingsPatch,
} from './schema';

/** Where the settings currently live: browser sync, or this device when sync is off or full. */
export type SettingsArea = 'sync' | 'local';

export interface LoadedSettings {
  settings: Settings;
  /** Repairs made while reading that the user has not dismissed yet. */
  problems: SettingsProblem[];
  area: SettingsArea;
}

/** Flip highlighting on one site (./sites.ts toggleSite), decided against the latest stored list. */
export interface SiteToggle {
  op: 'toggle-site';
  hostname: string;
}

/** Change one category, keeping the others as they are at the moment the change is applied. */
export interface CategoryChange {
  op: 'set-category';
  id: string;
  change: CategorySetting;
}

/**
 * A change as data, so the one writer (the background) applies it to the latest stored value:
 * a patch sets fields; a site toggle is decided there, not from the panel's possibly stale copy.
 */
export type SettingsChange = SettingsPatch | SiteToggle | CategoryChange;

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
  const patch = isOperation(change) ? applyOperation(current, change) : change;
  return SettingsSchema.parse({ ...current, ...patch, version: SETTINGS_VERSION });
}

function isOperation(change: SettingsChange): change is SiteToggle | CategoryChange {
  return typeof (change as { op?: unknown }).op === 'string';
}

function applyOperation(current: Settings, operation: SiteToggle | CategoryChange): SettingsPatch {
  if (operation.op === 'toggle-site') return toggleSite(current, operation.hostname);
  return updateCategory(current, operation.id, CategorySettingSchema.parse(operation.change));
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
