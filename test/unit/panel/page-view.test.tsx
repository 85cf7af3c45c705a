// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { CSV_COLUMNS } from '@/lib/export/csv';
import { defaultSettings } from '@/lib/settings/schema';
import { parseCsv } from '../export/parse-csv';
import { FRAME_URL, PAGE } from './mention-fixture';
import { renderPanel } from './render-panel';

afterEach(cleanup);

const axeViolations = async () => {
  // No layout in happy-dom, so contrast is left to the browser tests.
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
};

describe('This page', () => {
  test('a briefing first: the line, the counts, and the terms by category', async () => {
    await renderPanel();
    expect(
      await screen.findByText(
        '6 minerals, 5 on both the US and EU lists; China is the top producer of 3; Mexico produces 2 of these (USGS, 2025); 2 policy terms',
      ),
    ).toBeTruthy();
    expect(screen.getByText('8 terms, 13 mentions')).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Battery metals and graphite6 mentions',
      'Rare earth elements2 mentions',
      'Precious metals1 mention',
      'Technology metals and metalloids1 mention',
      'Laws and regulations1 mention',
      'Agreements and partnerships2 mentions',
    ]);
    expect(screen.getByRole('button', { name: 'Lithium Li 3 mentions' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
  });

  test('a term opens onto its mentions; a click shows one on the page, in its own frame', async () => {
    const { connection } = await renderPanel();
    const term = await screen.findByRole('button', { name: 'Lithium Li 3 mentions' });
    fireEvent.click(term);
    expect(term.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('list', { name: 'Mentions of Lithium' });
    const mentions = within(list).getAllByRole('button');
    // Each mention under its own address: the one from the embedded frame names that frame.
    expect(mentions.map((b) => b.textContent)).toEqual(
      PAGE.mentions
        .filter((m) => m.termId === 'lithium')
        .map((m) => (m.frameId === 0 ? m.context : `${m.context}In a frame: widgets.example.org/es/embed`)),
    );
    expect(within(list).getByText('In a frame: widgets.example.org/es/embed').getAttribute('title')).toBe(
      FRAME_URL,
    );
    expect(
      within(list)
        .getAllByText(/^(lithium|litio)$/)
        .map((m) => m.tagName),
    ).toEqual(['MARK', 'MARK', 'MARK']);
    fireEvent.click(mentions[2]!);
    const litio = PAGE.mentions.find((m) => m.text === 'litio')!;
    await waitFor(() =>
      expect(connection.send.mock.calls).toEqual([[{ type: 'card/open', index: litio.index }, 3]]),
    );
    expect(await screen.findByText('Shown on the page.')).toBeTruthy();
    fireEvent.click(term);
    expect(term.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list', { name: 'Mentions of Lithium' })).toBeNull();
  });

  test('a mention the page no longer has: says so and asks the page again', async () => {
    const { connection } = await renderPanel({ reveal: { ok: false, reason: 'unknown-mention' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Cobalt Co 2 mentions' }));
    fireEvent.click(
      within(screen.getByRole('list', { name: 'Mentions of Cobalt' })).getAllByRole('button')[0]!,
    );
    expect(await screen.findByText(/no longer on the page/)).toBeTruthy();
    expect(connection.list).toHaveBeenCalledTimes(2);
  });

  test('highlighting on this site in one click, and back', async () => {
    const { storage } = await renderPanel();
    const toggle = await screen.findByRole('switch', { name: 'Highlight on news.example.com' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    await waitFor(() => expect((storage.stored as { sites: string[] }).sites).toEqual(['news.example.com']));
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText(/Highlighting is off on this site/)).toBeTruthy();
    fireEvent.click(toggle);
    await waitFor(() => expect((storage.stored as { sites: string[] }).sites).toEqual([]));
  });

  test('a site listed through its parent domain: the switch names that entry and never lifts it', async () => {
    const { storage } = await renderPanel({
      settings: { ...defaultSettings(), sites: ['example.com', 'b.org'] },
    });
    const toggle = await screen.findByRole('switch', { name: 'Highlight on news.example.com' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect((toggle as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Decided by “example.com” in your site list (Settings).')).toBeTruthy();
    fireEvent.click(toggle);
    expect((storage.stored as { sites: string[] }).sites).toEqual(['example.com', 'b.org']);
  });

  test('highlighting off everywhere: says so, and turns it back on', async () => {
    const { storage } = await renderPanel({ settings: { ...defaultSettings(), enabled: false } });
    fireEvent.click(await screen.findByRole('button', { name: 'Turn highlighting on' }));
    await waitFor(() => expect((storage.stored as { enabled: boolean }).enabled).toBe(true));
    expect(await screen.findByText(/6 minerals/)).toBeTruthy();
  });

  test('a page with nothing on it says so, and why something may be missing', async () => {
    await renderPanel({ page: { ...PAGE, mentions: [] } });
    expect(await screen.findByText('No critical minerals or policy terms found on this page.')).toBeTruthy();
    expect(screen.getByText(/Categories you switched off/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Download/ })).toBeNull();
  });

  test('a page it cannot read: why, and what still works', async () => {
    const { tab } = await renderPanel({ page: null });
    expect(await screen.findByRole('heading', { name: 'Mineral Lens can’t read this page' })).toBeTruthy();
    expect(screen.getByText(/works after a reload/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Look a term up in Browse instead' }));
    expect(tab.getSnapshot()).toBe('browse');
  });

  test('exports: CSV, JSON and Markdown files of this page', async () => {
    const { download } = await renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Download the mentions as CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download the mentions as JSON' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download a Markdown briefing of this page' }));
    const [csv, json, md] = download.mock.calls;
    expect(csv!.slice(0, 2)).toEqual([
      'mineral-lens-news.example.com-2026-11-22.csv',
      'text/csv;charset=utf-8',
    ]);
    const rows = parseCsv(csv![2]);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const text = CSV_COLUMNS.indexOf('text');
    expect(rows.slice(1).map((row) => row[text])).toEqual(PAGE.mentions.map((m) => m.text));
    expect(json![0]).toBe('mineral-lens-news.example.com-2026-11-22.json');
    expect(JSON.parse(json![2]).mentions).toHaveLength(PAGE.mentions.length);
    expect(md![0]).toBe('mineral-lens-news.example.com-2026-11-22.md');
    expect(md![2]).toContain('- **Exported:** 2026-11-22 10:00 UTC');
    expect(screen.getByText('Saved mineral-lens-news.example.com-2026-11-22.md.')).toBeTruthy();
  });

  test('in Spanish', async () => {
    await renderPanel({ language: 'es' });
    expect(await screen.findByText(/^6 minerales, 5 en las listas de EE\. UU\. y de la UE/)).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Esta página' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('button', { name: 'Litio Li 3 menciones' })).toBeTruthy();
  });

  test('axe: no violations with a term open, nor on the unsupported and empty states', async () => {
    await renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Lithium Li 3 mentions' }));
    expect(await axeViolations()).toEqual([]);
    cleanup();
    await renderPanel({ page: null });
    await screen.findByRole('heading', { name: /can’t read/ });
    expect(await axeViolations()).toEqual([]);
    cleanup();
    await renderPanel({
      page: { ...PAGE, mentions: [] },
      settings: { ...defaultSettings(), enabled: false },
    });
    expect(await axeViolations()).toEqual([]);
    // Three axe runs: over 5 s on a busy machine (the other axe tests allow as much).
  }, 30_000);
});
