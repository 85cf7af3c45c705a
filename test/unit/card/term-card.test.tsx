// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TermCard, type TermCardActions } from '@/components/card/term-card';
import { createCardStore, type CardState } from '@/lib/card/card-store';
import type { PageMention } from '@/lib/messaging';
import { createTranslator } from '@/lib/i18n/translate';
import { detailsOf } from './details';

afterEach(cleanup);

const mention = (index: number, termId = 'gallium', text = 'gallium'): PageMention => ({
  index,
  frameId: 0,
  frameUrl: 'https://news.example.com/a',
  termId,
  kind: 'mineral',
  category: 'technology-metal',
  text,
  context: `China produced nearly all of its ${text} last year.`,
  confidence: 0.92,
  why: { verdict: 'name' },
});

function renderCard(state: Partial<CardState>, { language = 'en', pageLang = 'en' } = {}) {
  const store = createCardStore({ open: true, ...state });
  const actions: TermCardActions = {
    close: vi.fn(),
    back: vi.fn(),
    openEntry: vi.fn(),
    step: vi.fn(),
    copyCitation: vi.fn(),
    hide: vi.fn(),
    siteOff: vi.fn(),
    pin: vi.fn(),
  };
  const onRendered = vi.fn();
  const view = render(
    <TermCard
      store={store}
      t={createTranslator(language)}
      actions={actions}
      pageLang={pageLang}
      onRendered={onRendered}
    />,
  );
  return { ...view, store, actions, onRendered };
}

const galliumCard = (patch: Partial<CardState> = {}) => ({
  mention: mention(4),
  trail: [{ id: 'gallium', name: 'gallium' }],
  details: { status: 'ready' as const, details: detailsOf('gallium') },
  mentions: [mention(2), mention(4), mention(9)],
  current: 1,
  ...patch,
});

describe('TermCard', () => {
  test('is a dialog named by the entry, with its body, mentions and actions', () => {
    const { onRendered } = renderCard(galliumCard());
    const dialog = screen.getByRole('dialog', { name: 'Gallium' });
    expect(within(dialog).getByText('3 mentions on this page')).toBeTruthy();
    expect(within(dialog).getByText('· 2 of 3')).toBeTruthy();
    expect(within(dialog).getByRole('heading', { name: 'Top producers, 2025' })).toBeTruthy();
    for (const name of [
      'Copy citation',
      'Not the mineral here',
      'Don’t highlight on this site',
      'Why is this highlighted?',
    ]) {
      expect(within(dialog).getByRole('button', { name })).toBeTruthy();
    }
    expect(onRendered).toHaveBeenCalledWith(dialog);
  });

  test('while loading, shows the term as written and says it is loading', () => {
    renderCard(galliumCard({ details: { status: 'loading' } }));
    expect(screen.getByRole('dialog', { name: 'gallium' })).toBeTruthy();
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy citation' })).toBeNull();
  });

  test('a load that failed says so', () => {
    renderCard(galliumCard({ details: { status: 'error' } }));
    expect(screen.getByText(/could not be loaded/)).toBeTruthy();
  });

  test('renders nothing inside while closed', () => {
    renderCard({ open: false });
    expect(screen.getByRole('dialog', { hidden: true }).textContent).toBe('');
  });

  test('a staged card is built and placed but hidden from everyone; opening it rebuilds nothing', async () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const { store, onRendered } = renderCard(galliumCard({ open: false, staged: true }));
    // Inert: out of focus and the accessibility tree; `.staged` hides it (card.css).
    const card = screen.getByRole('dialog', { hidden: true });
    expect(card.hasAttribute('inert')).toBe(true);
    expect(card.classList.contains('staged')).toBe(true);
    expect(within(card).getByRole('heading', { name: 'Top producers, 2025', hidden: true })).toBeTruthy();
    expect(onRendered).toHaveBeenCalledWith(card); // Placed already.
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(card, { childList: true, subtree: true, characterData: true });
    store.set({ open: true, staged: false });
    await vi.waitFor(() => expect(screen.queryByRole('dialog', { name: 'Gallium' })).toBe(card));
    observer.takeRecords().forEach((record) => changes.push(record));
    observer.disconnect();
    // Shown: no node added, removed or rewritten; a hover card leaves focus where it was.
    expect(changes).toEqual([]);
    expect(card.hasAttribute('inert')).toBe(false);
    expect(document.activeElement).toBe(before);
    before.remove();
  });

  test('links, back, close, previous/next call the card’s actions', () => {
    const { actions } = renderCard(
      galliumCard({
        trail: [
          { id: 'gallium', name: 'gallium' },
          { id: 'rare-earth-elements', name: 'Rare earth elements' },
        ],
        details: { status: 'ready', details: detailsOf('rare-earth-elements') },
        mentions: [],
        current: null,
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Back to gallium' }));
    expect(actions.back).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cerium Ce' }));
    expect(actions.openEntry).toHaveBeenCalledWith('cerium');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(actions.close).toHaveBeenCalled();
    expect(screen.getByText('Not mentioned on this page')).toBeTruthy();
    // Another entry than the mention's: hiding or explaining the mention does not apply here.
    expect(screen.queryByRole('button', { name: 'Not the mineral here' })).toBeNull();
  });

  test('previous and next mention', () => {
    const { actions } = renderCard(galliumCard());
    fireEvent.click(screen.getByRole('button', { name: 'Next mention' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous mention' }));
    expect(actions.step).toHaveBeenNthCalledWith(1, 'next');
    expect(actions.step).toHaveBeenNthCalledWith(2, 'previous');
  });

  test('Escape closes; pressing inside a hover card pins it', () => {
    const { actions } = renderCard(galliumCard());
    const dialog = screen.getByRole('dialog');
    fireEvent.pointerDown(dialog);
    expect(actions.pin).toHaveBeenCalled();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(actions.close).toHaveBeenCalled();
  });

  test('a pinned card takes focus, keeps Tab inside, and gives focus back when it closes', async () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const { store } = renderCard(galliumCard({ pinned: true }));
    const dialog = screen.getByRole('dialog');
    await vi.waitFor(() => expect(document.activeElement).toBe(dialog));
    const buttons = within(dialog).getAllByRole('button');
    buttons.at(-1)!.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(within(dialog).getAllByRole('button').at(-1));
    store.set({ open: false, pinned: false });
    await vi.waitFor(() => expect(document.activeElement).toBe(before));
    before.remove();
  });

  test('why is this highlighted: the recognizer’s reason and confidence', () => {
    renderCard(galliumCard());
    const why = screen.getByRole('button', { name: 'Why is this highlighted?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('“gallium”: Unambiguous name. Confidence 92%.')).toBeTruthy();
  });

  test('notices, and the citation to copy by hand when the clipboard is unavailable', () => {
    renderCard(
      galliumCard({ notice: 'copy-fallback', citation: 'Gallium. U.S. Geological Survey, 2026, ...' }),
    );
    expect(screen.getByRole('status').textContent).toMatch(/copy the citation from the box below/);
    expect((screen.getByRole('textbox', { name: 'Citation' }) as HTMLTextAreaElement).value).toContain(
      'Gallium.',
    );
  });

  test('in Spanish on a Spanish page, the Spanish name is the title, not repeated below', () => {
    renderCard(galliumCard(), { language: 'es', pageLang: 'es-MX' });
    expect(screen.getByRole('dialog', { name: 'Galio' })).toBeTruthy();
    expect(document.querySelector('.local-name')).toBeNull();
    expect(screen.getByRole('button', { name: 'Cerrar' })).toBeTruthy();
    expect(screen.getByText('3 menciones en esta página')).toBeTruthy();
  });

  test('in Spanish on an English page, the page’s own word goes below the Spanish title', () => {
    renderCard(galliumCard(), { language: 'es', pageLang: 'en-US' });
    expect(screen.getByRole('dialog', { name: 'Galio' })).toBeTruthy();
    expect(document.querySelector('.local-name')?.textContent).toBe('Gallium');
    expect(document.querySelector('.local-name')?.getAttribute('lang')).toBe('en');
  });

  test('in English on a Spanish page, the Spanish name; UI strings in English', () => {
    renderCard(galliumCard(), { language: 'en', pageLang: 'es-MX' });
    expect(screen.getByText('galio').getAttribute('lang')).toBe('es');
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  // axe over five full cards is slow on a loaded machine; the limit guards a hang, not speed.
  test('axe: no serious or critical violations, for every entry kind', async () => {
    // Silver opens the Mexico section, the reserves table and the price chart.
    for (const id of ['gallium', 'silver', 'iridium', 'rare-earth-elements', 'usmca']) {
      const { container, unmount } = renderCard(
        galliumCard({ details: { status: 'ready', details: detailsOf(id) }, trail: [{ id, name: id }] }),
      );
      // Open every disclosure, so the tables and charts built on opening are checked too.
      for (const summary of container.querySelectorAll('details:not([open]) > summary')) {
        fireEvent.click(summary);
      }
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${id}: ${v.id} ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
      unmount();
    }
  }, 60_000);
});
