import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageActions } from '@/lib/card/card-page-actions';
import { HIDDEN_LIMITS } from '@/lib/settings/hidden-occurrences';
import { defaultSettings } from '@/lib/settings/schema';
import { PAGE_WRITE_BYTES, SYNC_ITEM_BYTES, syncItemBytes } from '@/lib/settings/settings-writer';
import { createBrowserSettingsStorage, loadHiddenOccurrences, loadSettings } from '@/lib/settings/storage';
import { backgroundSettingsWrites, frameWrites } from '@/lib/settings/writer-client';
import { createFakeBackground } from './fake-background';

const lead = (ordinal: number) => ({ termId: 'lead', ordinal, context: `lead ${ordinal}` });
const storedLocal = () => fakeBrowser.storage.local.get(null as unknown as string[]);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('one writer: concurrent changes from many frames, tabs and the panel all land', () => {
  test('40 frames in two tabs switch their sites off at once while the panel edits: nothing is lost', async () => {
    const background = createFakeBackground();
    const hosts = Array.from({ length: 40 }, (_, i) => `f${i}.example.org`);
    const panel = createBrowserSettingsStorage(
      fakeBrowser.storage,
      backgroundSettingsWrites(background.panel),
    );
    const results = await Promise.all([
      ...hosts.map((host, i) => frameWrites(background.frame(`https://${host}/story`, i % 2)).siteOff()),
      panel.save({ style: 'background' }),
      panel.save({ op: 'set-category', id: 'battery-metal', change: { enabled: false } }),
      panel.save({ op: 'set-category', id: 'export-control', change: { colour: 'violet' } }),
    ]);
    expect(results.slice(0, 40).every((result) => 'ok' in result && result.ok)).toBe(true);
    const { settings, area } = await loadSettings();
    expect(area).toBe('sync');
    expect([...settings.sites].sort()).toEqual([...hosts].sort());
    expect(settings.style).toBe('background');
    expect(settings.categories).toEqual({
      'battery-metal': { enabled: false },
      'export-control': { colour: 'violet' },
    });
  });

  test('six frames hiding at once on six pages leave six pages, all indexed', async () => {
    const background = createFakeBackground();
    const pages = Array.from({ length: 6 }, (_, i) => `https://news.example/story-${i}?session=${i}`);
    await Promise.all(pages.map((url, i) => frameWrites(background.frame(url)).hide(lead(i))));
    const all = await storedLocal();
    expect(Object.keys(all.hiddenPages as object).sort()).toEqual(
      pages.map((_, i) => `https://news.example/story-${i}`).sort(),
    );
    for (const [i, url] of pages.entries()) expect(await loadHiddenOccurrences(url)).toEqual([lead(i)]);
  });

  test(`the ${HIDDEN_LIMITS.pages}-page cap holds when ${HIDDEN_LIMITS.pages + 40} pages hide at once`, async () => {
    const background = createFakeBackground();
    const count = HIDDEN_LIMITS.pages + 40;
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        frameWrites(background.frame(`https://p${i}.example/a`, i)).hide(lead(0)),
      ),
    );
    const all = await storedLocal();
    expect(Object.keys(all).filter((key) => key.startsWith('hidden:'))).toHaveLength(HIDDEN_LIMITS.pages);
    expect(Object.keys(all.hiddenPages as object)).toHaveLength(HIDDEN_LIMITS.pages);
  });

  test('the same page hidden from many frames at once keeps every occurrence', async () => {
    const background = createFakeBackground();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        frameWrites(background.frame('https://news.example/s', i)).hide(lead(i)),
      ),
    );
    expect(await loadHiddenOccurrences('https://news.example/s')).toHaveLength(12);
  });
});

describe('a page cannot push the settings out of sync storage', () => {
  test('frames on long subdomains are refused once the list would not fit one sync item', async () => {
    const background = createFakeBackground();
    const label = 'x'.repeat(60);
    const hosts = Array.from({ length: 60 }, (_, i) => `${label}.${label}.s${i}.example.org`);
    const results = await Promise.all(
      hosts.map((host) => frameWrites(background.frame(`https://${host}/`)).siteOff()),
    );
    const refused = results.filter((result) => !result.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((result) => !result.ok && result.reason === 'quota')).toBe(true);
    const { settings, area } = await loadSettings();
    expect(area).toBe('sync');
    expect(settings.sites).toHaveLength(results.length - refused.length);
    // A kilobyte stays free for the reader's own edits.
    expect(syncItemBytes(settings)).toBeLessThanOrEqual(PAGE_WRITE_BYTES);
    expect(PAGE_WRITE_BYTES).toBeLessThan(SYNC_ITEM_BYTES);
    expect(await storedLocal()).toEqual({});
  });

  test('the reader may still choose a long list in the panel: it moves to local, as before', async () => {
    const background = createFakeBackground();
    const sites = Array.from({ length: 400 }, (_, i) => `site-number-${i}.example.com`);
    const panel = backgroundSettingsWrites(background.panel);
    expect(syncItemBytes({ ...defaultSettings(), sites })).toBeGreaterThan(SYNC_ITEM_BYTES);
    // fakeBrowser's sync has no quota: make it refuse what Chrome would.
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      if (JSON.stringify(items).length > SYNC_ITEM_BYTES)
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      await set(items);
    });
    expect((await panel.change({ sites })).area).toBe('local');
  });
});

describe('messages carry no authority of their own', () => {
  test('a frame switches off only its own site, whatever its message says', async () => {
    const background = createFakeBackground();
    const frame = background.frame('https://news.example.org/a');
    const forged = { type: 'settings/site-off', hostname: 'victim.example' } as never;
    expect(await frame(forged)).toEqual({ ok: false, reason: 'refused' });
    expect(await frame({ type: 'settings/change', change: { enabled: false } })).toEqual({
      ok: false,
      reason: 'refused',
    });
    expect(await frame({ type: 'settings/reset' })).toMatchObject({ ok: false });
    expect(await frame({ type: 'hidden/clear' })).toEqual({ ok: false });
    expect(await frame({ type: 'hidden/unhide-all', url: 'https://victim.example/' })).toEqual({ ok: false });
    expect(await frame({ type: 'settings/site-off' })).toEqual({ ok: true });
    expect((await loadSettings()).settings).toEqual({ ...defaultSettings(), sites: ['news.example.org'] });
  });

  test('the panel cannot "site-off" or hide (it has no page); unknown senders can do nothing', async () => {
    const background = createFakeBackground();
    expect(await background.panel({ type: 'settings/site-off' })).toMatchObject({ ok: false });
    expect(await background.panel({ type: 'hidden/hide', occurrence: lead(1) })).toEqual({ ok: false });
    const stranger = background.sendAs({ id: 'someone-else', url: 'https://evil.example/', tab: { id: 1 } });
    expect(await stranger({ type: 'settings/site-off' })).toMatchObject({ ok: false });
    const noTab = background.sendAs({ url: 'https://evil.example/' });
    expect(await noTab({ type: 'settings/site-off' })).toMatchObject({ ok: false });
    expect(await storedLocal()).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null as unknown as string[])).toEqual({});
  });

  test('in "only on the sites listed", a frame on attacker.example.com cannot remove example.com', async () => {
    const background = createFakeBackground();
    const panel = backgroundSettingsWrites(background.panel);
    await panel.change({ siteMode: 'only-on', sites: ['example.com'] });
    const frame = frameWrites(background.frame('https://attacker.example.com/'));
    expect(await frame.siteOff()).toEqual({ ok: false, reason: 'covered', entry: 'example.com' });
    expect((await loadSettings()).settings.sites).toEqual(['example.com']);
  });

  test('malformed requests are refused before anything is read', async () => {
    const background = createFakeBackground();
    for (const bad of [
      { type: 'settings/change', change: { op: 'toggle-site' } },
      { type: 'settings/change', change: { enabled: 'yes' } },
      { type: 'settings/replace', settings: 'all' },
      { type: 'hidden/hide', occurrence: { termId: '../x', ordinal: 1, context: '' } },
    ]) {
      const sender = bad.type === 'hidden/hide' ? background.frame('https://a.example/') : background.panel;
      expect(await sender(bad as never)).toMatchObject({ ok: false });
    }
    // A "__proto__" key is dropped, never copied onto the settings.
    await background.panel({
      type: 'settings/change',
      change: JSON.parse('{"__proto__": {"enabled": false}}'),
    });
    expect((await loadSettings()).settings).toEqual(defaultSettings());
  });
});

describe('Reset and the card', () => {
  test('"show the hidden ones again" forgets only the frame\'s own page; the panel names a page', async () => {
    const background = createFakeBackground();
    await frameWrites(background.frame('https://news.example/a?x=1')).hide(lead(1));
    await frameWrites(background.frame('https://news.example/b')).hide(lead(2));
    await frameWrites(background.frame('https://news.example/a#top')).unhideAll();
    expect(await loadHiddenOccurrences('https://news.example/a')).toEqual([]);
    expect(await loadHiddenOccurrences('https://news.example/b')).toEqual([lead(2)]);
    expect(await background.panel({ type: 'hidden/unhide-all', url: 'https://news.example/b' })).toEqual({
      ok: true,
      items: [],
    });
    expect(await storedLocal()).toEqual({ hiddenPages: {} });
  });

  test('Reset in Settings also forgets every hidden occurrence', async () => {
    const background = createFakeBackground();
    await frameWrites(background.frame('https://news.example/a')).hide(lead(1));
    await backgroundSettingsWrites(background.panel).reset();
    expect(await loadHiddenOccurrences('https://news.example/a')).toEqual([]);
    expect(Object.keys(await storedLocal()).some((key) => key.startsWith('hidden'))).toBe(false);
  });

  test('the card stops highlighting at once when the site is off, and says why when refused', async () => {
    const background = createFakeBackground();
    const card = (url: string) => {
      const engine = { update: vi.fn() };
      const store = { set: vi.fn(), getSnapshot: vi.fn() };
      const controller = { close: vi.fn() };
      const actions = createPageActions({
        engine: engine as never,
        store: store as never,
        controller: controller as never,
        hidden: {} as never,
        t: (() => '') as never,
        writes: frameWrites(background.frame(url)),
      });
      return { actions, engine, store, controller };
    };
    const ok = card('https://news.example/a');
    ok.actions.siteOff();
    await vi.waitFor(() => expect(ok.engine.update).toHaveBeenCalledWith({ enabled: false }));
    expect(ok.controller.close).toHaveBeenCalled();

    await backgroundSettingsWrites(background.panel).change({ siteMode: 'only-on', sites: ['example.com'] });
    const covered = card('https://attacker.example.com/');
    covered.actions.siteOff();
    await vi.waitFor(() => expect(covered.store.set).toHaveBeenCalledWith({ notice: 'site-failed' }));
    expect(covered.engine.update).not.toHaveBeenCalled();
  });
});
