// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TermRow } from '@/components/panel/page/term-row';
import { createTranslator } from '@/lib/i18n/translate';
import { LOOKUP } from './mention-fixture';

// The panel's list of this page's terms flags a policy term whose status has ended.
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function row(id: string, now: string) {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(now) });
  const entry = LOOKUP.entry(id)!;
  const term = { termId: id, entry, kind: entry.kind, category: entry.category, mentions: [] };
  const { container } = render(
    <TermRow
      t={createTranslator('en')}
      term={term}
      expanded={false}
      onToggle={() => {}}
      onReveal={() => {}}
    />,
  );
  return container.querySelector('.status-over')?.textContent ?? null;
}

describe('TermRow and a dated status', () => {
  const id = 'china-us-ban-gallium-germanium-antimony-2024';

  test('after 27 November 2026 the row says the suspension ended', () => {
    expect(row(id, '2026-12-06T12:00:00')).toBe(
      'Ended on November 27, 2026: check the source for what followed.',
    );
  });

  test('before it, and for a mineral, the row carries no status note', () => {
    expect(row(id, '2026-11-27T12:00:00')).toBeNull();
    expect(row('lithium', '2026-12-06T12:00:00')).toBeNull();
  });
});
