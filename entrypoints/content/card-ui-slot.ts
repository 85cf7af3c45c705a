import type { createCardUi } from './card-mount';

/**
 * Where card-ui.js leaves `createCardUi` for the content script that imported it (card-ui-loader.ts):
 * a symbol on the content script's own global, which the page's world never sees. No imports here,
 * so the card's script carries nothing of the content script's start-up code.
 */
export type CreateCardUi = typeof createCardUi;

const SLOT = Symbol.for('mineral-lens:card-ui');

export function registerCardUi(create: CreateCardUi): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = create;
}

export function registeredCardUi(): CreateCardUi | undefined {
  return (globalThis as Record<symbol, unknown>)[SLOT] as CreateCardUi | undefined;
}
