import type { Settings } from '@/lib/settings/schema';

/** The settings the card reads: what opens it, how long it waits to open and close, its text size. */
export type CardSettings = Pick<Settings, 'trigger' | 'dwellMs' | 'closeDelayMs' | 'cardTextSize'>;

export const cardSettingsOf = ({ trigger, dwellMs, closeDelayMs, cardTextSize }: Settings): CardSettings => ({
  trigger,
  dwellMs,
  closeDelayMs,
  cardTextSize,
});

/** The text-size setting as the scale card.css multiplies the card's font size by. */
export function applyTextSize(card: HTMLElement, settings: CardSettings): void {
  card.style.setProperty('--text-scale', String(settings.cardTextSize / 100));
}
