import { loadSettings, watchSettings } from '@/lib/settings/storage';
import type { Settings } from '@/lib/settings/schema';

/** The settings the card reads: what opens it, and how long it waits to open and to close. */
export type CardSettings = Pick<Settings, 'trigger' | 'dwellMs' | 'closeDelayMs'>;

const pick = ({ trigger, dwellMs, closeDelayMs }: Settings): CardSettings => ({
  trigger,
  dwellMs,
  closeDelayMs,
});

/** Calls back with the card's settings now and whenever they change, in every open tab, live. */
export async function watchCardSettings(signal: AbortSignal, onChange: (settings: CardSettings) => void) {
  let changed = false;
  const stop = watchSettings(({ settings }) => {
    changed = true;
    onChange(pick(settings));
  });
  signal.addEventListener('abort', stop);
  const { settings } = await loadSettings();
  if (!changed) onChange(pick(settings)); // A change that arrived first is newer than this read.
}
