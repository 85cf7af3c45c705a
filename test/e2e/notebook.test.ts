import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { browserOrSkip } from './support/browsers';
import { launchChromium, type ChromiumSession } from './support/extension';
import { isPainted } from './support/highlight-probes';
import { openPanel } from './support/panel';
import { serveFixtures, type FixtureServer } from './support/server';

// The notebook in the built extension, in Chromium: turned on in Settings, it keeps the articles
// read (Spanish, JSON-LD only, Open Graph only) with their metadata and quotes; the notebook page
// finds and deletes them; with the notebook off, nothing is kept. Firefox: a test cannot open the
// extension's own pages there except through the panel driver's chrome scope; the notebook's
// logic is the same code, covered by the unit tests (test/unit/notebook).

const executablePath = browserOrSkip('chromium');
let server: FixtureServer;
let session: ChromiumSession;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());
afterEach(async () => session?.close());

async function visit(path: string, painted: string) {
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction(isPainted, painted);
  return page;
}

async function setNotebook(on: boolean) {
  const panel = await openPanel(session, null);
  await panel.getByRole('tab', { name: 'Settings' }).click();
  const toggle = panel.getByRole('checkbox', { name: 'Keep a notebook of the pages I read' });
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await expect.poll(() => toggle.isChecked()).toBe(on);
  await panel.close();
}

const openNotebookPage = async () => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/notebook.html`);
  return page;
};

/** The notebook page's article titles, read again until `count` are there. */
async function titlesWhen(page: Page, count: number): Promise<string[]> {
  let titles: string[] = [];
  await expect
    .poll(
      async () => {
        await page.reload();
        titles = await page.locator('article h3').allTextContents();
        return titles.length;
      },
      { timeout: 20_000, interval: 500 },
    )
    .toBe(count);
  return titles;
}

describe.skipIf(!executablePath)('notebook (Chromium)', () => {
  test('kept with metadata and quotes when on; search finds them; delete works', async () => {
    session = await launchChromium(executablePath!);
    await setNotebook(true);
    await visit('notebook/spanish-article.html', 'litio');
    await visit('notebook/jsonld-news.html', 'cobalt');
    await visit('notebook/opengraph-only.html', 'nickel');
    const notebook = await openNotebookPage();
    const titles = await titlesWhen(notebook, 3);
    expect(titles.sort()).toEqual([
      'Bolivia acelera la extracción de litio en el salar de Uyuni',
      'Cobalt glut hits Congo miners as battery makers switch chemistries',
      'Nickel smelters in Indonesia expand again',
    ]);
    const meta = async (title: string) =>
      notebook.getByRole('article', { name: title }).locator('.page-meta').innerText();
    expect(await meta('Cobalt glut hits Congo miners as battery makers switch chemistries')).toMatch(
      /^Metals Ledger · by Grace Mbuyi · published 2026-02-11/,
    );
    expect(await meta('Nickel smelters in Indonesia expand again')).toMatch(
      /^Harbour Mining Review · published 2026-01-20/,
    );
    expect(await meta('Bolivia acelera la extracción de litio en el salar de Uyuni')).toMatch(
      /^Diario del Altiplano · by Rosa Quispe · published 2026-03-02/,
    );
    const spanish = notebook.getByRole('article', { name: /Bolivia/ });
    expect(await spanish.locator('blockquote').allTextContents()).toContainEqual(
      expect.stringContaining('La empresa estatal anunció que la producción de litio'),
    );
    expect(
      await spanish
        .getByRole('link', { name: 'Open the article at this quote' })
        .first()
        .getAttribute('href'),
    ).toMatch(/spanish-article\.html#:~:text=.*-,litio,-/);

    await notebook.getByRole('searchbox').fill('indonesia');
    await expect
      .poll(() => notebook.locator('article h3').allTextContents())
      .toEqual(['Nickel smelters in Indonesia expand again']);
    await notebook.getByRole('searchbox').fill('');
    await notebook.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await expect
      .poll(() => notebook.locator('article h3').allTextContents())
      .toEqual(['Bolivia acelera la extracción de litio en el salar de Uyuni']);

    notebook.on('dialog', (dialog) => void dialog.accept());
    await notebook.getByRole('button', { name: /^Delete this page: Bolivia/ }).click();
    await expect.poll(() => notebook.locator('article h3').count()).toBe(0);
    await notebook.getByRole('combobox', { name: 'Language' }).selectOption('');
    await expect.poll(() => notebook.locator('article h3').count()).toBe(2);
    await notebook.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => notebook.getByText(/The notebook is empty/).count()).toBe(1);
    expect(await titlesWhen(notebook, 0)).toEqual([]);
  });

  test('nothing is kept with the notebook off', async () => {
    session = await launchChromium(executablePath!);
    const off = await visit('notebook/jsonld-news.html', 'cobalt');
    // Proof the page was read while off: its tab closes, the notebook goes on, another page is kept.
    await off.close();
    await setNotebook(true);
    await visit('notebook/opengraph-only.html', 'nickel');
    const notebook = await openNotebookPage();
    expect(await titlesWhen(notebook, 1)).toEqual(['Nickel smelters in Indonesia expand again']);
  });
});
