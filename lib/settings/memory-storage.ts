import { applyChange, serialQueue, type LoadedSettings, type SettingsStorage } from './adapter';
import { parseSettings } from './parse';
import { problemsFingerprint } from './problems';
import { defaultSettings, type Settings } from './schema';

export interface MemorySettingsStorage extends SettingsStorage {
  /** The value as "stored", for assertions. */
  readonly stored: unknown;
  /** Makes the next saves fail, as a full or broken storage would. */
  failWrites: boolean;
}

/**
 * SettingsStorage without an extension: for component tests and for rendering the panel or the
 * card outside the browser. `initial` is a raw stored value, parsed like real storage would be.
 */
export function createMemorySettingsStorage(initial?: unknown): MemorySettingsStorage {
  let stored: unknown = initial;
  let dismissed: string | undefined;
  const watchers = new Set<(loaded: LoadedSettings) => void>();
  const serial = serialQueue();

  const load = async (): Promise<LoadedSettings> => {
    const { settings, problems } = parseSettings(stored);
    const seen = problems.length > 0 && dismissed === problemsFingerprint(problems);
    return { settings, problems: seen ? [] : problems, area: 'sync' };
  };
  const write = async (settings: Settings): Promise<LoadedSettings> => {
    if (storage.failWrites) throw new Error('write failed');
    stored = JSON.parse(JSON.stringify(settings));
    const loaded = await load();
    watchers.forEach((watcher) => watcher(loaded));
    return loaded;
  };

  const storage: MemorySettingsStorage = {
    get stored() {
      return stored;
    },
    failWrites: false,
    load,
    save: (change) => serial(async () => write(applyChange((await load()).settings, change))),
    replace: (settings) => serial(async () => write(applyChange(settings, {}))),
    reset: () => serial(() => write(defaultSettings())),
    dismissProblems: async (problems) => {
      dismissed = problemsFingerprint(problems);
    },
    watch(callback) {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
  };
  return storage;
}
