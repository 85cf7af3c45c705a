/**
 * "Look up in Mineral Lens": the background leaves the selected text here and opens the panel,
 * which takes it on start. Session storage, so a lookup never outlives the browser session, and
 * a time limit, so a lookup whose panel never opened does not pop up an hour later; the
 * background also removes the text once its minute is up (lib/background/lookup-menu.ts), so a selection is
 * never kept longer than that even if no panel ever opens.
 */
export const PENDING_LOOKUP_KEY = 'pendingLookup';
export const PENDING_LOOKUP_TTL_MS = 60_000;

export interface PendingLookup {
  text: string;
  at: number;
}

type Items = Record<string, unknown>;
export interface LookupArea {
  get(key: string): Promise<Items>;
  set(items: Items): Promise<void>;
  remove(key: string): Promise<void>;
}
export interface LookupChanges {
  addListener(listener: (changes: Items, area: string) => void): void;
  removeListener(listener: (changes: Items, area: string) => void): void;
}

export function savePendingLookup(area: LookupArea, text: string, now = Date.now()): Promise<void> {
  return area.set({ [PENDING_LOOKUP_KEY]: { text, at: now } satisfies PendingLookup });
}

/** The waiting lookup's text, removed as it is read; null if none or too old. */
export async function takePendingLookup(area: LookupArea, now = Date.now()): Promise<string | null> {
  const stored = (await area.get(PENDING_LOOKUP_KEY))[PENDING_LOOKUP_KEY];
  if (stored === undefined) return null;
  await area.remove(PENDING_LOOKUP_KEY);
  return readLookup(stored, now);
}

/** Removes the waiting lookup if its minute is up (or it is unreadable); a fresh one stays. */
export async function forgetStaleLookup(area: LookupArea, now = Date.now()): Promise<void> {
  const stored = (await area.get(PENDING_LOOKUP_KEY))[PENDING_LOOKUP_KEY];
  if (stored !== undefined && readLookup(stored, now) === null) await area.remove(PENDING_LOOKUP_KEY);
}

function readLookup(value: unknown, now: number): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { text, at } = value as Partial<PendingLookup>;
  if (typeof text !== 'string' || typeof at !== 'number' || !text.trim()) return null;
  return now - at >= 0 && now - at <= PENDING_LOOKUP_TTL_MS ? text : null;
}

/**
 * Takes the lookup now, or if it lands within `waitMs` (Firefox opens the popup in the click's
 * own turn, so it may start before the background's write has landed). Calls back at most once.
 */
export function receivePendingLookup(
  area: LookupArea,
  changes: LookupChanges,
  onLookup: (text: string) => void,
  waitMs = 2000,
): () => void {
  let done = false;
  const stop = () => {
    done = true;
    changes.removeListener(listener);
    clearTimeout(timer);
  };
  const take = () =>
    void takePendingLookup(area).then(
      (text) => {
        if (text !== null && !done) {
          stop();
          onLookup(text);
        }
      },
      () => undefined,
    );
  const listener = (items: Items) => {
    if (Object.hasOwn(items, PENDING_LOOKUP_KEY)) take();
  };
  changes.addListener(listener);
  const timer = setTimeout(stop, waitMs);
  take();
  return stop;
}
