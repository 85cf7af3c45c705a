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
