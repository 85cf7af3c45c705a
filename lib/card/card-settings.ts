import type { Settings } from '@/lib/settings/schema';

/** The settings the card reads: what opens it, and how long it waits to open and to close. */
export type CardSettings = Pick<Settings, 'trigger' | 'dwellMs' | 'closeDelayMs'>;

export const cardSettingsOf = ({ trigger, dwellMs, closeDelayMs }: Settings): CardSettings => ({
  trigger,
  dwellMs,
  closeDelayMs,
});
