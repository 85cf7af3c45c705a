// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TermCard, type TermCardActions } from '@/components/card/term-card';
import { createCardStore } from '@/lib/card/card-store';
import { createTranslator } from '@/lib/i18n/translate';
import { detailsOf } from './details';

afterEach(cleanup);

// The card reads the page's <html lang>, which the page writes: any value must leave it working.
function renderWithPageLang(pageLang: string) {
  const store = createCardStore({
    open: true,
    trail: [{ id: 'gallium', name: 'gallium' }],
    details: { status: 'ready', details: detailsOf('gallium') },
  });
  const actions = Object.fromEntries(
    ['close', 'back', 'openEntry', 'step', 'copyCitation', 'hide', 'siteOff', 'pin'].map((name) => [
      name,
      vi.fn(),
    ]),
  ) as unknown as TermCardActions;
  render(<TermCard store={store} t={createTranslator('en')} actions={actions} pageLang={pageLang} />);
}

describe('TermCard on a page whose lang is hostile or odd', () => {
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'x-'])(
    'renders with <html lang=%j>, with no local name',
    (pageLang) => {
      renderWithPageLang(pageLang);
      expect(screen.getByRole('dialog', { name: 'Gallium' })).toBeTruthy();
      expect(screen.getByRole('heading', { name: 'Top producers, 2025' })).toBeTruthy();
      expect(document.querySelector('.local-name')).toBeNull();
    },
  );

  test.each([
    ['ES-mx', 'galio', 'es'],
    ['fr_CA', 'gallium', undefined],
    [' es ', 'galio', 'es'],
  ])('with lang=%j the local name is %j', (pageLang, name, lang) => {
    renderWithPageLang(pageLang);
    expect(screen.getByRole('dialog', { name: 'Gallium' })).toBeTruthy();
    const local = document.querySelector('.local-name');
    // French "gallium" is the English name: the card does not repeat it.
    expect(local?.textContent ?? 'gallium').toBe(name);
    expect(local?.getAttribute('lang') ?? undefined).toBe(lang);
  });
});
