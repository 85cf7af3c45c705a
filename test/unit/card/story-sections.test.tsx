// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EntryBody } from '@/components/card/entry-body';
import { createTranslator } from '@/lib/i18n/translate';
import { detailsOf } from './details';

afterEach(cleanup);

function renderBody(id: string, language = 'en') {
  return render(<EntryBody details={detailsOf(id)} t={createTranslator(language)} onOpenEntry={vi.fn()} />);
}

const section = (name: string) => screen.getByRole('heading', { name }).closest('section')!;

/** Opens every disclosure, as a reader clicking each summary would: their content is built on open. */
function openAll(root: ParentNode = document) {
  for (const details of root.querySelectorAll('details')) {
    if (!details.open) fireEvent.click(details.querySelector('summary')!);
  }
}

describe('Mexico and the U.S.', () => {
  test('silver: not on Mexico’s 13 (a list of what it seeks), yet Mexico first with 24.2% of world mine output, 47% of U.S. imports', () => {
    renderBody('silver');
    const mexico = section('Mexico and the U.S.');
    expect(mexico.textContent).toContain('Not on Mexico’s list of 13 critical minerals it seeks to secure.');
    expect(mexico.textContent).toContain(
      'Mine production, silver content: Mexico 1st, 24.2% of world (6,300 metric tons).',
    );
    expect(mexico.textContent).toContain('Reserves: 37,000 metric tons, 6.1% of world (6th).');
    expect(mexico.textContent).toContain(
      'Share of U.S. imports from Mexico, 2021–24: all forms: 47% (1st source).',
    );
    expect(within(mexico).getByText('USGS MCS 2026, data year 2025')).toBeTruthy();
  });

  test('silver in Spanish: México y EE. UU., with Mexican number style', () => {
    renderBody('silver', 'es');
    const mexico = section('México y EE. UU.');
    expect(mexico.textContent).toContain('México 1.º, 24.2% del total mundial (6,300 metric tons).');
    expect(mexico.textContent).toContain(
      'No está en la lista de los 13 minerales críticos que México busca asegurar.',
    );
  });

  test('fluorspar: tied second with Mongolia', () => {
    renderBody('fluorspar');
    expect(section('Mexico and the U.S.').textContent).toContain(
      'Mexico 2nd, tied with Mongolia, 15% of world',
    );
  });

  test('antimony: the chapter’s ore and concentrates, 86% from Mexico, where Figure 2 names no Mexico', () => {
    renderBody('antimony');
    expect(section('Mexico and the U.S.').textContent).toContain('Ore and concentrates: 86% (1st source)');
  });

  test('lithium: Mexico absent from the tables says so, not a zero', () => {
    renderBody('lithium');
    const mexico = section('Mexico and the U.S.');
    expect(mexico.textContent).toContain('On Mexico’s list of 13 critical minerals it seeks to secure.');
    expect(mexico.textContent).toContain('Mexico is not among the countries USGS lists.');
    expect(mexico.textContent).not.toMatch(/Mexico \d/);
  });
});

describe('The figures behind the story', () => {
  test('silver: concentration as a lower bound computed by Mineral Lens, reserves and prices folded', () => {
    const { container } = renderBody('silver');
    const story = section('The figures behind the story');
    expect(story.textContent).toContain(
      'Top three producers: at least 51.2% of world mine production; HHI at least 1,121 (0–10,000).',
    );
    expect(story.textContent).toContain('Computed by Mineral Lens');
    const summaries = [...story.querySelectorAll('details > summary')].map((s) => s.textContent);
    expect(summaries).toEqual(['Reserves by country, 2025 (15)', 'Prices, 2021–2025 (1)']);
    // Folded away until opened: the card's first paint stays small.
    expect(story.querySelector('table.reserves')).toBeNull();
    openAll(story);
    const reserves = story.querySelector('table.reserves')!;
    expect(
      within(reserves as HTMLElement)
        .getByRole('rowheader', { name: 'Kazakhstan' })
        .closest('tr')!.textContent,
    ).toContain('not reported (NA)');
    expect(story.textContent).toContain('World: 610,000 metric tons.');
    // Every table and chart in the card sits under a source line.
    expect(container.querySelectorAll('.story .figure-source').length).toBe(3);
  });

  test('the price chart is an image with every value in words, and a table of the same numbers', () => {
    renderBody('silver');
    openAll();
    const chart = screen.getByRole('img', { name: /Price, bullion, average, dollars per troy ounce/ });
    expect(chart.getAttribute('aria-label')).toContain(
      '2021 25.23, 2022 21.88, 2023 23.54, 2024 28.37, 2025 38',
    );
    expect(screen.getByText('Price (market not stated by USGS)')).toBeTruthy();
    const table = screen.getByRole('table', { name: /bullion/ });
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['25.23', '21.88', '23.54', '28.37', '38e']);
  });

  test('zinc: says which price is the exchange one and which the U.S. one', () => {
    renderBody('zinc');
    openAll();
    expect(screen.getByText('Exchange price')).toBeTruthy();
    expect(screen.getByText('U.S. price')).toBeTruthy();
  });

  test('copper: mine and refinery concentration side by side', () => {
    renderBody('copper');
    openAll();
    const table = section('The figures behind the story').querySelector('table.stages') as HTMLElement;
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'Mine production, copper content≥ 48.7%≥ 1,036',
      'Refined copper production≥ 63.8%≥ 2,532',
    ]);
  });

  test('rare earths: reserves stay "not reported" with USGS’s correction as the reason', () => {
    renderBody('rare-earth-elements', 'es');
    expect(section('Las cifras detrás de la noticia').textContent).toContain(
      'Reservas: MCS 2026 (v1.3) corrected',
    );
  });
});

test('graphite: Mexico’s small but real output reads “<0.1%”, never “0%”', () => {
  renderBody('graphite');
  expect(section('Mexico and the U.S.').textContent).toContain('Mexico 14th, <0.1% of world');
});

test('titanium: USGS’s “—” for Mexico’s sponge output reads as zero, not as missing', () => {
  renderBody('titanium');
  expect(section('Mexico and the U.S.').textContent).toContain(
    'Titanium sponge metal production: Mexico none (“—”, zero, in the USGS table).',
  );
});
