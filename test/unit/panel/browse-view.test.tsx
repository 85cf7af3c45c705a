// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { renderPanel } from './render-panel';

afterEach(cleanup);

const search = () => screen.getByRole('combobox', { name: 'Search minerals and policy terms' });
const options = () => within(screen.getByRole('listbox')).getAllByRole('option');
const activeOption = () => document.getElementById(search().getAttribute('aria-activedescendant') ?? '');
const type = (text: string) => fireEvent.input(search(), { target: { value: text } });
const key = (target: Element, key: string) => fireEvent.keyDown(target, { key });
/** The card's body, which the detail shows inside a shadow root. */
const cardBody = () => within(document.querySelector('.card-frame')!.shadowRoot as unknown as HTMLElement);

describe('Browse', () => {
  test('"litio" finds lithium first, and says which name matched', async () => {
    await renderPanel({ tab: 'browse' });
    type('litio');
    const [first] = options();
    expect(first!.textContent).toContain('Lithium');
    expect(first!.textContent).toContain('matches “litio”');
    expect(screen.getByRole('status', { name: '' }).textContent).toMatch(/entries|entry/);
  });

  test.each([
    ['tierras raras', 'Rare earth elements'],
    ['T-MEC', 'United States-Mexico-Canada Agreement'],
    ['tmec', 'United States-Mexico-Canada Agreement'],
  ])('"%s" finds %s first', async (query, name) => {
    await renderPanel({ tab: 'browse' });
    type(query);
    expect(options()[0]!.textContent).toContain(name);
  });

  test('keyboard first: arrows move the highlight, Enter opens, Esc goes back to the field', async () => {
    await renderPanel({ tab: 'browse' });
    type('lith');
    expect(activeOption()?.textContent).toContain('Lithium');
    type('rare');
    expect(options().length).toBeGreaterThan(3);
    key(search(), 'ArrowDown');
    expect(activeOption()).toBe(options()[1]);
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    key(search(), 'ArrowDown');
    expect(activeOption()).toBe(options()[2]);
    key(search(), 'PageDown');
    expect(activeOption()).toBe(options()[Math.min(12, options().length - 1)]);
    key(search(), 'PageUp');
    key(search(), 'ArrowUp');
    key(search(), 'ArrowUp');
    key(search(), 'ArrowUp');
    expect(activeOption()).toBe(options()[0]);
    type('lith');
    key(search(), 'Enter');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Lithium' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // The card's own body: figures with their data year and source.
    expect(cardBody().getByRole('heading', { name: 'Top producers, 2025' })).toBeTruthy();
    expect(cardBody().getAllByText('USGS MCS 2026, data year 2025').length).toBeGreaterThan(0);
    key(heading, 'Escape');
    await waitFor(() => expect(document.activeElement).toBe(search()));
    expect((search() as HTMLInputElement).value).toBe('lith');
  });

  test('Esc in the field clears the query', async () => {
    await renderPanel({ tab: 'browse' });
    type('cobalt');
    key(search(), 'Escape');
    expect((search() as HTMLInputElement).value).toBe('');
  });

  test('filters by category, group and list membership, together with the query', async () => {
    await renderPanel({ tab: 'browse' });
    fireEvent.change(screen.getByRole('combobox', { name: 'On list' }), {
      target: { value: 'eu-crma-strategic' },
    });
    const names = () => options().map((o) => o.querySelector('.result-name')!.textContent);
    expect(names()).toContain('LithiumLi');
    expect(names()).not.toContain('SilverAg');
    fireEvent.change(screen.getByRole('combobox', { name: 'Group' }), {
      target: { value: 'rare-earth-elements' },
    });
    expect(names().every((name) => name !== 'LithiumLi')).toBe(true);
    expect(names()).toContain('Rare earth elements');
    fireEvent.change(screen.getByRole('combobox', { name: 'Category' }), { target: { value: 'law' } });
    expect(screen.getByText(/Nothing matches/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(options().length).toBeGreaterThan(100);
  });

  test('related entries open on top, and Back names where it returns to', async () => {
    await renderPanel({ tab: 'browse' });
    type('tierras raras');
    key(search(), 'Enter');
    await screen.findByRole('heading', { level: 2, name: 'Rare earth elements' });
    fireEvent.click(cardBody().getByRole('button', { name: /^Neodymium/ }));
    await screen.findByRole('heading', { level: 2, name: 'Neodymium' });
    // The element has no production figure of its own; the card links to the group's.
    expect(
      cardBody().getAllByRole('button', { name: 'See the figures for Rare earth elements' }).length,
    ).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Back to Rare earth elements' }));
    await screen.findByRole('heading', { level: 2, name: 'Rare earth elements' });
  });

  test('a click on a result opens it', async () => {
    await renderPanel({ tab: 'browse' });
    type('USMCA');
    fireEvent.click(options()[0]!);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'United States-Mexico-Canada Agreement' }),
    ).toBeTruthy();
    expect(cardBody().getByText(/United States, Mexico, Canada/)).toBeTruthy();
  });

  test('axe: no violations in the results and in an entry', async () => {
    await renderPanel({ tab: 'browse' });
    type('rare');
    const rules = { 'color-contrast': { enabled: false } };
    expect((await axe.run(document.body, { rules })).violations.map((v) => v.id)).toEqual([]);
    key(search(), 'Enter');
    await screen.findByRole('heading', { level: 2 });
    expect((await axe.run(document.body, { rules })).violations.map((v) => v.id)).toEqual([]);
  });
});

describe('the panel', () => {
  test('tabs: arrows, Home and End move and show; only the selected tab is in the Tab order', async () => {
    await renderPanel();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    key(tabs[0]!, 'ArrowRight');
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs[1]);
    expect(screen.getByRole('tabpanel', { name: 'Browse' })).toBeTruthy();
    key(tabs[1]!, 'End');
    expect(tabs[2]!.getAttribute('aria-selected')).toBe('true');
    key(tabs[2]!, 'ArrowRight');
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    key(tabs[0]!, 'ArrowLeft');
    expect(screen.getByRole('tabpanel', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Settings' })).toBeTruthy();
  });

  test('type to search: a letter typed outside a field opens Browse with it', async () => {
    const { tab } = await renderPanel();
    const term = await screen.findByRole('button', { name: 'Lithium Li 3 mentions' });
    key(term, 'c');
    expect(tab.getSnapshot()).toBe('browse');
    expect((search() as HTMLInputElement).value).toBe('c');
    await waitFor(() => expect(document.activeElement).toBe(search()));
    // Space keeps its meaning on buttons, and shortcuts are not hijacked.
    tab.set('page');
    key(term, ' ');
    fireEvent.keyDown(term, { key: 'l', ctrlKey: true });
    expect(tab.getSnapshot()).toBe('page');
  });

  test('the settings view is the one already built, with the dataset’s categories', async () => {
    await renderPanel({ tab: 'settings' });
    expect(screen.getByRole('checkbox', { name: 'Battery metals and graphite' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Export controls' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Highlight terms on pages' })).toBeTruthy();
  });
});

describe('Browse with page text that names Object.prototype', () => {
  test.each(['constructor', '__proto__', 'toString'])('typing %j says nothing matches', async (text) => {
    await renderPanel({ tab: 'browse' });
    type(text);
    expect(screen.getByText('Nothing matches. Try another spelling, or clear the filters.')).toBeTruthy();
    type('litio');
    expect(options()[0]!.textContent).toContain('Lithium');
  });
});
