// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SettingsView } from '@/components/panel/settings-view';
import type { CategoryInfo } from '@/components/panel/settings/category-list';
import { createTranslator } from '@/lib/i18n/translate';
import { createMemorySettingsStorage, type MemorySettingsStorage } from '@/lib/settings/memory-storage';
import { SETTINGS_VERSION, defaultSettings } from '@/lib/settings/schema';
import { createSettingsStore } from '@/lib/settings/store';
import { exportSettings } from '@/lib/settings/transfer';

const CATEGORIES: CategoryInfo[] = [
  { id: 'battery-metal', kind: 'group', label: 'Battery metals' },
  { id: 'law', kind: 'policy', label: 'Laws' },
];

async function renderView(initial?: unknown, language = 'en') {
  const storage = createMemorySettingsStorage(initial);
  const store = createSettingsStore(storage);
  render(<SettingsView store={store} t={createTranslator(language)} categories={CATEGORIES} />);
  await screen.findByRole('heading', { name: language.startsWith('es') ? 'Ajustes' : 'Settings' });
  return { storage, store };
}

const storedField = (storage: MemorySettingsStorage, field: string) =>
  (storage.stored as Record<string, unknown> | undefined)?.[field];

function chooseFile(input: HTMLElement, text: string, name = 'settings.json') {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const isChecked = (element: HTMLElement) => (element as HTMLInputElement).checked;
const valueOf = (element: HTMLElement) => {
  const input = element as HTMLInputElement;
  return input.type === 'number' ? input.valueAsNumber : input.value;
};
const textOf = (element: HTMLElement) => element.textContent ?? '';
const selectedText = (element: HTMLElement) => {
  const select = element as HTMLSelectElement;
  return select.options[select.selectedIndex]?.textContent;
};
const descriptionOf = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('SettingsView', () => {
  test('shows every setting with its label and current value', async () => {
    await renderView({ ...defaultSettings(), trigger: 'click', dwellMs: 400, sites: ['example.com'] });
    expect(isChecked(screen.getByRole('checkbox', { name: 'Highlight terms on pages' }))).toBe(true);
    expect(isChecked(screen.getByRole('radio', { name: 'Underline' }))).toBe(true);
    expect(isChecked(screen.getByRole('radio', { name: 'Every mention' }))).toBe(true);
    expect(isChecked(screen.getByRole('radio', { name: 'On click only' }))).toBe(true);
    expect(valueOf(screen.getByRole('spinbutton', { name: 'Hover delay before the card opens' }))).toBe(400);
    expect(valueOf(screen.getByRole('spinbutton', { name: 'Delay before the card closes' }))).toBe(300);
    expect(isChecked(screen.getByRole('checkbox', { name: 'French' }))).toBe(true);
    expect(valueOf(screen.getByRole('slider', { name: 'Confidence threshold' }))).toBe('0.5');
    expect(isChecked(screen.getByRole('checkbox', { name: 'Battery metals' }))).toBe(true);
    expect(valueOf(screen.getByRole('combobox', { name: 'Colour for Laws' }))).toBe('indigo');
    expect(isChecked(screen.getByRole('radio', { name: 'Everywhere except the sites below' }))).toBe(true);
    expect(screen.getByRole('button', { name: 'Remove example.com' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export settings' })).toBeTruthy();
    expect(screen.getByLabelText('Import settings from a file').getAttribute('type')).toBe('file');
    expect(screen.getByRole('button', { name: 'Reset to defaults' })).toBeTruthy();
  });

  test('every control is a native, named form control (so the keyboard reaches all of them)', async () => {
    await renderView();
    const controls = document.querySelectorAll('input, select, button');
    expect(controls.length).toBeGreaterThan(15);
    for (const control of controls) {
      expect(control.getAttribute('tabindex')).not.toBe('-1');
      const named =
        control.getAttribute('aria-label') ||
        control.closest('label')?.textContent?.trim() ||
        (control.id && document.querySelector(`label[for="${control.id}"]`)) ||
        control.textContent?.trim();
      expect(named, control.outerHTML).toBeTruthy();
    }
  });

  test('axe finds no accessibility violations, with a notice, sites and the reset question open', async () => {
    await renderView({ version: SETTINGS_VERSION, style: 'glow', sites: ['a.com'] });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    // No layout in happy-dom, so contrast is left to the browser tests.
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test('each change is stored at once', async () => {
    const { storage } = await renderView();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Highlight terms on pages' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Background' }));
    fireEvent.click(screen.getByRole('radio', { name: 'First mention of each term' }));
    fireEvent.click(screen.getByRole('radio', { name: 'On click only' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Only on the sites below' }));
    await waitFor(() =>
      expect(storage.stored).toMatchObject({
        enabled: false,
        style: 'background',
        firstMentionOnly: true,
        trigger: 'click',
        siteMode: 'only-on',
      }),
    );
  });

  test('line thickness and card text size: named groups, explained, stored at once', async () => {
    const { storage } = await renderView();
    const thickness = screen.getByRole('group', { name: 'Line thickness' });
    expect(thickness.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(thickness.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Minerals have a solid line, policy terms a dotted one.',
    );
    expect(isChecked(screen.getByRole('radio', { name: 'Medium' }))).toBe(true);
    expect(isChecked(screen.getByRole('radio', { name: '100%' }))).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Thick' }));
    fireEvent.click(screen.getByRole('radio', { name: '150%' }));
    await waitFor(() => expect(storage.stored).toMatchObject({ lineThickness: 'thick', cardTextSize: 150 }));
  });

  test('delays are clamped to 0..2000 ms and stored when committed', async () => {
    const { storage } = await renderView();
    const dwell = screen.getByRole('spinbutton', { name: 'Hover delay before the card opens' });
    fireEvent.change(dwell, { target: { value: '99999' } });
    await waitFor(() => expect(storedField(storage, 'dwellMs')).toBe(2000));
    expect(valueOf(dwell)).toBe(2000);
    fireEvent.change(dwell, { target: { value: '' } });
    expect(valueOf(dwell)).toBe(2000);
  });

  test('threshold is stored when the slider is released', async () => {
    const { storage } = await renderView();
    const slider = screen.getByRole('slider', { name: 'Confidence threshold' });
    fireEvent.input(slider, { target: { value: '0.8' } });
    expect(await screen.findByText('0.80')).toBeTruthy();
    expect(storage.stored).toBeUndefined();
    fireEvent.change(slider);
    await waitFor(() => expect(storedField(storage, 'threshold')).toBe(0.8));
  });

  test('the last language cannot be turned off, and the panel says why', async () => {
    const { storage } = await renderView({ ...defaultSettings(), languages: ['en', 'es'] });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Spanish' }));
    await waitFor(() => expect(storedField(storage, 'languages')).toEqual(['en']));
    const english = screen.getByRole('checkbox', { name: 'English' });
    expect((english as HTMLInputElement).disabled).toBe(true);
    expect(descriptionOf(english)).toBe('At least one language stays on.');
  });

  test('categories: a toggle, and a colour chosen by name next to its swatch', async () => {
    const { storage } = await renderView();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Laws' }));
    const colour = screen.getByRole('combobox', { name: 'Colour for Battery metals' });
    expect(within(colour).getByRole('option', { name: 'Amber' })).toBeTruthy();
    fireEvent.change(colour, { target: { value: 'rose' } });
    await waitFor(() =>
      expect(storedField(storage, 'categories')).toEqual({
        law: { enabled: false },
        'battery-metal': { colour: 'rose' },
      }),
    );
    expect(colour.closest('li')!.querySelector('.swatch')?.getAttribute('aria-hidden')).toBe('true');
  });

  test('sites: add canonical names, refuse bad ones with a message, remove with a button', async () => {
    const { storage } = await renderView();
    const input = screen.getByRole('textbox', { name: 'Site, for example nytimes.com' });
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(textOf(await screen.findByRole('alert'))).toContain('That is not a site name');
    expect(input.getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(input, { target: { value: 'https://www.Reuters.com/markets' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(storedField(storage, 'sites')).toEqual(['reuters.com']));
    expect(valueOf(input)).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.input(input, { target: { value: 'reuters.com' } });
    fireEvent.submit(input.closest('form')!);
    expect(textOf(await screen.findByRole('alert'))).toContain('reuters.com is already in the list.');

    fireEvent.click(screen.getByRole('button', { name: 'Remove reuters.com' }));
    await waitFor(() => expect(storedField(storage, 'sites')).toEqual([]));
  });

  test('stored problems are shown in words until dismissed', async () => {
    const corrupt = { version: SETTINGS_VERSION, style: 'glow', sites: ['ok.com', 5] };
    const { store } = await renderView(corrupt);
    const notice = screen.getByRole('alert');
    expect(textOf(notice)).toContain('Some saved settings could not be read');
    expect(textOf(notice)).toContain('Highlight style had an unknown value and was reset to Underline.');
    expect(textOf(notice)).toContain('One unreadable entry was removed from Sites.');
    fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(store.getSnapshot().problems).toEqual([]);
  });

  test('reset asks first, focusing Cancel; Cancel keeps everything, Reset restores the defaults', async () => {
    const { storage } = await renderView({ ...defaultSettings(), sites: ['a.com'] });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByText(/Reset every setting, including your site list/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' })));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(storedField(storage, 'sites')).toEqual(['a.com']);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset to defaults' })),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(await screen.findByText('All settings are back to their defaults.')).toBeTruthy();
    expect(storage.stored).toEqual(defaultSettings());
  });

  test('an invalid file is refused with a message naming the problem, and nothing changes', async () => {
    const { storage } = await renderView({ ...defaultSettings(), trigger: 'click' });
    const before = storage.stored;
    const input = screen.getByLabelText('Import settings from a file');
    chooseFile(input, JSON.stringify({ mineralLensSettings: 3, settings: { style: 'glow' } }));
    expect(textOf(await screen.findByRole('alert'))).toContain(
      'Nothing was changed. Highlight style: expected one of underline, background.',
    );
    chooseFile(input, 'not json');
    await waitFor(() =>
      expect(textOf(screen.getByRole('alert'))).toContain('Nothing was changed. The file is not valid JSON.'),
    );
    expect(storage.stored).toBe(before);
    expect(isChecked(screen.getByRole('radio', { name: 'On click only' }))).toBe(true);
  });

  test('a file over 1 MB is refused without being read', async () => {
    await renderView();
    const input = screen.getByLabelText('Import settings from a file');
    const file = new File(['x'], 'big.json');
    Object.defineProperty(file, 'size', { value: 2 * 1024 * 1024 });
    const read = vi.spyOn(file, 'text');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(textOf(await screen.findByRole('alert'))).toContain('The file is larger than 1 MB.');
    expect(read).not.toHaveBeenCalled();
  });

  test('a valid file is imported and shown', async () => {
    const { storage } = await renderView();
    chooseFile(
      screen.getByLabelText('Import settings from a file'),
      exportSettings({ ...defaultSettings(), style: 'background', sites: ['elpais.com'] }),
    );
    expect(await screen.findByText('Settings imported.')).toBeTruthy();
    expect(isChecked(screen.getByRole('radio', { name: 'Background' }))).toBe(true);
    expect(screen.getByRole('button', { name: 'Remove elpais.com' })).toBeTruthy();
    expect(storedField(storage, 'sites')).toEqual(['elpais.com']);
  });

  test('export downloads the settings as a JSON file', async () => {
    await renderView({ ...defaultSettings(), trigger: 'click' });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:settings';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^mineral-lens-settings-\d{4}-\d{2}-\d{2}\.json$/);
      expect(this.href).toBe('blob:settings');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(click).toHaveBeenCalledOnce();
    expect(await blobs[0]!.text()).toBe(exportSettings({ ...defaultSettings(), trigger: 'click' }));
  });

  test('a change made elsewhere (another panel, the card) shows up live', async () => {
    const { storage } = await renderView();
    await storage.save({ style: 'background' });
    await waitFor(() => expect(isChecked(screen.getByRole('radio', { name: 'Background' }))).toBe(true));
  });

  test('a failed save is announced and the control goes back', async () => {
    const { storage } = await renderView();
    storage.failWrites = true;
    fireEvent.click(screen.getByRole('radio', { name: 'Background' }));
    expect(textOf(await screen.findByRole('alert'))).toContain('Your last change could not be saved.');
    expect(isChecked(screen.getByRole('radio', { name: 'Underline' }))).toBe(true);
  });

  test('speaks Spanish when the browser does', async () => {
    await renderView(undefined, 'es-MX');
    expect(isChecked(screen.getByRole('checkbox', { name: 'Resaltar términos en las páginas' }))).toBe(true);
    expect(selectedText(screen.getByRole('combobox', { name: 'Color para Laws' }))).toBe('Índigo');
    expect(screen.getByRole('button', { name: 'Restablecer valores predeterminados' })).toBeTruthy();
  });
});
