// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHiddenPageAccess } from '@/lib/panel/hidden-page';
import { loadHiddenOccurrences } from '@/lib/settings/storage';
import { frameWrites } from '@/lib/settings/writer-client';
import { createFakeBackground } from '../settings/fake-background';
import { PAGE } from './mention-fixture';
import { renderPanel } from './render-panel';

// "Not the mineral here" must be undoable where a reader looks for the page's mentions: the
// panel's page view says how many occurrences were hidden and shows them again.
afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const lithium = (ordinal: number) => ({ termId: 'lithium', ordinal, context: `lithium ${ordinal}` });

describe('hidden occurrences in the panel', () => {
  test('the page view counts them and shows them again', async () => {
    const background = createFakeBackground();
    const card = frameWrites(background.frame(PAGE.url));
    await card.hide(lithium(0));
    await card.hide(lithium(2));
    const hidden = createHiddenPageAccess(background.panel);
    await renderPanel({ hidden });

    expect(
      await screen.findByText('You hid 2 occurrences on this page (“Not the mineral here”).'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show hidden occurrences on this page' }));
    expect(await screen.findByText('Hidden occurrences are shown again.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show hidden occurrences on this page' })).toBeNull();
    expect(await loadHiddenOccurrences(PAGE.url)).toEqual([]);
  });

  test('nothing to show on a page where nothing was hidden', async () => {
    const background = createFakeBackground();
    await frameWrites(background.frame('https://other.example/story')).hide(lithium(0));
    await renderPanel({ hidden: createHiddenPageAccess(background.panel) });
    await screen.findByText('8 terms, 13 mentions');
    expect(screen.queryByRole('button', { name: 'Show hidden occurrences on this page' })).toBeNull();
  });
});
