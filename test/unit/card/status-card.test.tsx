// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EntryBody } from '@/components/card/entry-body';
import { createTranslator } from '@/lib/i18n/translate';
import { detailsOf } from './details';

// The card reads the browser's date: the same entry reads differently before and after its end.
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function statusOf(id: string, now: string) {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(now) });
  const { container } = render(
    <EntryBody details={detailsOf(id)} t={createTranslator('en')} onOpenEntry={() => {}} />,
  );
  return container.querySelector('dd.status')!.textContent!;
}

describe('a policy card’s status against the browser’s date', () => {
  const id = 'china-export-control-rare-earths-october-2025';

  test('before 10 November 2026 the suspension reads as current, with its end date', () => {
    const text = statusOf(id, '2026-06-01T12:00:00');
    expect(text).toContain('Suspended by MOFCOM/GAC Announcement No. 70');
    expect(text).toContain('(as of November 7, 2025; until November 10, 2026)');
    expect(text).not.toContain('Ended');
  });

  test('after it, the card says it ended and to check the source, and what the dataset found since', () => {
    const text = statusOf(id, '2026-12-06T12:00:00');
    expect(text.startsWith('Ended on November 10, 2026: check the source for what followed.')).toBe(true);
    expect(text).toContain('Was: Suspended by MOFCOM/GAC Announcement No. 70');
    expect(text).toContain('Since then: No later announcement');
  });

  test('the mineral card’s export-control list judges the same status the same way', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-06T12:00:00') });
    const { container } = render(
      <EntryBody details={detailsOf('holmium')} t={createTranslator('en')} onOpenEntry={() => {}} />,
    );
    expect(container.querySelector('.controls')!.textContent).toContain('Ended on November 10, 2026');
  });
});

describe('China’s shares where rounding would mislead', () => {
  test('gallium: the China section carries the note that its 100% is a rounding artefact', () => {
    const { container } = render(
      <EntryBody details={detailsOf('gallium')} t={createTranslator('en')} onOpenEntry={() => {}} />,
    );
    const china = [...container.querySelectorAll('section')].find(
      (s) => s.querySelector('h3')?.textContent === 'China',
    )!;
    expect(china.textContent).toContain('100%');
    expect(china.textContent).toContain(
      "so China's share computes as 100% although Japan and Russia also produce",
    );
  });

  test('niobium: China’s 40 t of 112,000 t reads "<0.1%", not "0%"', () => {
    const { container } = render(
      <EntryBody details={detailsOf('niobium')} t={createTranslator('en')} onOpenEntry={() => {}} />,
    );
    expect(container.querySelector('.world')!.textContent).toContain('China: <0.1%');
    expect(container.querySelector('.world')!.textContent).not.toMatch(/China: 0%/);
  });
});

describe('export restrictions by country', () => {
  test('cobalt: DR Congo’s quota is listed under other countries, not under the China heading', () => {
    const { container } = render(
      <EntryBody details={detailsOf('cobalt')} t={createTranslator('en')} onOpenEntry={() => {}} />,
    );
    const heading = [...container.querySelectorAll('h3')].find(
      (h) => h.textContent === 'Export restrictions by other countries',
    )!;
    expect(heading.closest('section')!.textContent).toContain('DR Congo cobalt export quota (2025)');
    const china = [...container.querySelectorAll('h3')].find((h) => h.textContent === 'China');
    expect(china?.closest('section')?.textContent ?? '').not.toContain('DR Congo');
  });

  test('silver, magnesium, lithium: their new Chinese export controls are on the card', () => {
    for (const [id, name] of [
      ['silver', 'China export licensing of silver (2026-2027)'],
      ['magnesium', 'China export licensing of magnesium materials (2024)'],
      ['lithium', 'China export controls on lithium battery and graphite anode items (2025)'],
    ] as const) {
      const { container, unmount } = render(
        <EntryBody details={detailsOf(id)} t={createTranslator('en')} onOpenEntry={() => {}} />,
      );
      expect(container.querySelector('.controls')?.textContent, id).toContain(name);
      unmount();
    }
  });
});
