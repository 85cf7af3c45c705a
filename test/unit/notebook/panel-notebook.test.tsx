// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { NotebookWriteResult } from '@/lib/notebook/notebook-messages';
import type { PanelNotebook } from '@/lib/notebook/panel-notebook';
import { renderPanel } from '../panel/render-panel';

afterEach(cleanup);

function fakeNotebook(result: NotebookWriteResult = { ok: true }, seen = false) {
  return {
    save: vi.fn(async () => result),
    open: vi.fn(),
    size: vi.fn(async () => ({ pages: 3, mentions: 41, bytes: 12_400 })),
    introSeen: vi.fn(async () => seen),
    dismissIntro: vi.fn(async () => undefined),
  } satisfies PanelNotebook;
}

describe('the notebook in the panel', () => {
  test('a first-run explanation, until the reader turns it on', async () => {
    const notebook = fakeNotebook();
    const { storage } = await renderPanel({ notebook });
    await screen.findByRole('heading', { name: 'New: a notebook of what you read' });
    expect(screen.getByText(/Search it, cite it/).textContent).toContain(
      'Nothing is kept from private windows.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Turn the notebook on' }));
    await waitFor(() => expect((storage.stored as { notebook?: boolean }).notebook).toBe(true));
    expect(notebook.dismissIntro).toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: 'New: a notebook of what you read' })).toBeNull();
  });

  test('"Not now" closes it for good and leaves the notebook off', async () => {
    const notebook = fakeNotebook();
    const { settings } = await renderPanel({ notebook });
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(notebook.dismissIntro).toHaveBeenCalled();
    const state = settings.getSnapshot();
    expect(state.status === 'ready' && state.settings.notebook).toBe(false);
  });

  test('with the notebook off, "Save this page" keeps one page and says so; a full disk is said plainly', async () => {
    const notebook = fakeNotebook();
    await renderPanel({ notebook });
    fireEvent.click(await screen.findByRole('button', { name: 'Save this page to the notebook' }));
    await screen.findByText('Saved to the notebook.');
    expect(notebook.save).toHaveBeenCalledTimes(1);
    cleanup();
    await renderPanel({ notebook: fakeNotebook({ ok: false, reason: 'full' }, true) });
    fireEvent.click(await screen.findByRole('button', { name: 'Save this page to the notebook' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The notebook is full/);
  });

  test('with it on, the page says it is kept; Settings shows the size and opens the notebook', async () => {
    const notebook = fakeNotebook(undefined, true);
    await renderPanel({ notebook, settings: { version: 4, notebook: true } });
    await screen.findByText('The notebook keeps this page.');
    expect(screen.queryByRole('button', { name: 'Save this page to the notebook' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    const toggle = await screen.findByRole('checkbox', { name: 'Keep a notebook of the pages I read' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    await screen.findByText('Notebook: 3 pages, 41 quotes, about 12 KB.');
    fireEvent.click(screen.getByRole('button', { name: 'Open the notebook' }));
    expect(notebook.open).toHaveBeenCalled();
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }, 30_000);
});
