import { applyChange, type SettingsArea, type SettingsChange, type SettingsStorage } from './adapter';
import type { SettingsProblem } from './problems';
import { defaultSettings, type Settings } from './schema';
import { exportSettings, importSettings, type ImportError } from './transfer';

export interface SettingsState {
  status: 'loading' | 'ready';
  settings: Settings;
  /** Repairs to tell the user about; they stay until dismissed, even after a save. */
  problems: SettingsProblem[];
  area: SettingsArea;
  /** The last change could not be stored; cleared by the next one that is. */
  saveFailed: boolean;
}

export type ImportOutcome =
  { status: 'imported' } | { status: 'refused'; error: ImportError } | { status: 'save-failed' };

/** The panel's settings state: subscribe/getSnapshot for any UI, actions that persist. */
export interface SettingsStore {
  getSnapshot(): SettingsState;
  subscribe(listener: () => void): () => void;
  /** Resolves once the stored settings have been read. */
  readonly ready: Promise<void>;
  /** Shows the change at once, stores it, and reverts it if storing fails. */
  update(change: SettingsChange): Promise<boolean>;
  reset(): Promise<boolean>;
  /** Validates a settings file and, only if all of it is valid, stores it. */
  importFile(text: string): Promise<ImportOutcome>;
  exportFile(): string;
  dismissProblems(): Promise<void>;
  dispose(): void;
}

export function createSettingsStore(storage: SettingsStorage): SettingsStore {
  let state: SettingsState = {
    status: 'loading',
    settings: defaultSettings(),
    problems: [],
    area: 'sync',
    saveFailed: false,
  };
  const listeners = new Set<() => void>();
  const set = (next: Partial<SettingsState>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  };
  // New problems replace the shown ones; a clean read (after any save) does not hide unread ones.
  const take = (loaded: { settings: Settings; problems: SettingsProblem[]; area: SettingsArea }) =>
    set({
      status: 'ready',
      settings: loaded.settings,
      area: loaded.area,
      problems: loaded.problems.length > 0 ? loaded.problems : state.problems,
    });

  const unwatch = storage.watch(take);
  const ready = storage.load().then(
    (loaded) => void (state.status === 'loading' && take(loaded)),
    () => void (state.status === 'loading' && set({ status: 'ready', problems: [{ code: 'unreadable' }] })),
  );

  async function persist(optimistic: Settings | null, write: () => ReturnType<SettingsStorage['load']>) {
    const before = state.settings;
    if (optimistic) set({ settings: optimistic });
    try {
      take(await write());
      set({ saveFailed: false });
      return true;
    } catch {
      set({ settings: before, saveFailed: true });
      return false;
    }
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready,
    async update(change) {
      let next: Settings;
      try {
        next = applyChange(state.settings, change);
      } catch {
        set({ saveFailed: true });
        return false;
      }
      return persist(next, () => storage.save(change));
    },
    reset: () => persist(defaultSettings(), () => storage.reset()),
    async importFile(text) {
      const result = importSettings(text);
      if (!result.ok) return { status: 'refused', error: result.error };
      if (!(await persist(result.settings, () => storage.replace(result.settings)))) {
        return { status: 'save-failed' };
      }
      if (result.notes.length > 0) set({ problems: result.notes });
      return { status: 'imported' };
    },
    exportFile: () => exportSettings(state.settings),
    async dismissProblems() {
      const shown = state.problems;
      set({ problems: [] });
      await storage.dismissProblems(shown);
    },
    dispose: () => {
      unwatch();
      listeners.clear();
    },
  };
}
