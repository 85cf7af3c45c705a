// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EntryBody } from '@/components/card/entry-body';
import { createTranslator } from '@/lib/i18n/translate';
import { detailsOf } from './details';

afterEach(cleanup);

function renderBody(id: string, language = 'en') {
  const onOpenEntry = vi.fn();
  const view = render(
    <EntryBody details={detailsOf(id)} t={createTranslator(language)} onOpenEntry={onOpenEntry} />,
  );
  return { ...view, onOpenEntry };
}

const rowOf = (country: string) => screen.getByRole('rowheader', { name: country }).closest('tr')!;

describe('EntryBody, mineral', () => {
  test('gallium: identity, lists, producers with shares, China, U.S. imports, uses, each with its source', () => {
    const { container } = renderBody('gallium');
    expect(screen.getByText('Ga, atomic number 31 · Technology metals and metalloids')).toBeTruthy();
    const lists = screen.getByRole('heading', { name: 'Critical-mineral lists' }).parentElement!;
    const badgeTexts = [...lists.querySelectorAll('.badge')].map((b) => b.textContent);
    expect(badgeTexts).toEqual([
      'US 2025',
      'US 2022',
      'EU critical',
      'EU strategic',
      'Canada',
      'Australia',
      'India',
      'Japan 2009',
    ]);
    expect(screen.getByRole('heading', { name: 'Top producers, 2025' })).toBeTruthy();
    expect(within(rowOf('China')).getByText('100%')).toBeTruthy();
    expect(within(rowOf('China')).getByText('900,000')).toBeTruthy();
    expect(within(rowOf('Russia')).getByText('0.7%')).toBeTruthy();
    expect(screen.getByText('World: 900,000 kilograms (estimated).')).toBeTruthy();
    expect(screen.getAllByText('USGS MCS 2026, data year 2025').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByRole('heading', { name: 'U.S. net import reliance, 2025' })).toBeTruthy();
    expect(
      screen.getByText(/Main import sources, 2021–24: Canada 28%, Japan 22%, China 18%, Germany 16%/),
    ).toBeTruthy();
    expect(screen.getByText('integrated circuits, optical devices')).toBeTruthy();
    expect(container.textContent).not.toContain('not reported');
  });

  test('gallium: China restricted its export in 2023, one click away', () => {
    const { onOpenEntry } = renderBody('gallium');
    const china = screen.getByRole('heading', { name: 'China' }).parentElement!;
    expect(china.textContent).toContain('100% of world processing');
    const control = within(china).getByRole('button', {
      name: /China export controls on gallium and germanium/,
    });
    expect(china.textContent).toContain(
      'July 3, 2023 · Licensing requirement in force. (as of November 21, 2025)',
    );
    fireEvent.click(control);
    expect(onOpenEntry).toHaveBeenCalledWith('china-export-control-gallium-germanium-2023');
  });

  test('iridium: missing figures say "not reported by USGS" with the reason, never an empty chart', () => {
    const { container } = renderBody('iridium');
    expect(container.querySelector('table')).toBeNull();
    // One reason for both missing figures: said once.
    expect(container.querySelector('.not-reported')!.textContent).toMatch(
      /^Production and U\.S\. net import reliance: not reported by USGS\./,
    );
    expect(screen.getAllByText(/there is no figure for iridium/)).toHaveLength(1);
    expect(screen.getByText('Mexico’s 13')).toBeTruthy();
  });

  test('germanium: production not reported, import reliance reported', () => {
    const { container } = renderBody('germanium');
    expect(container.querySelector('.not-reported')!.textContent).toMatch(
      /^Production: not reported by USGS\./,
    );
    expect(screen.getByRole('heading', { name: 'U.S. net import reliance, 2025' })).toBeTruthy();
  });

  test('a rare earth without its own figures links to the group’s', () => {
    const { onOpenEntry } = renderBody('neodymium');
    const [link] = screen.getAllByRole('button', { name: 'See the figures for Rare earth elements' });
    fireEvent.click(link!);
    expect(onOpenEntry).toHaveBeenCalledWith('rare-earth-elements');
  });

  test('an unverified membership says so and never reads as absent', () => {
    renderBody('scandium');
    expect(screen.getByText('India').closest('.badge')!.textContent).toBe('India (not verified)');
    expect(screen.getByText('Japan 2009').closest('.badge')!.className).toContain('unverified');
  });

  test('new on the 2025 U.S. list is marked', () => {
    renderBody('copper');
    expect(screen.getByText('US 2025').closest('.badge')!.textContent).toBe('US 2025 · new in 2025');
  });

  test('boron: no world total, so amounts without shares', () => {
    const { container } = renderBody('boron');
    expect(container.querySelector('.world')!.textContent).toBe('USGS gives no world total, so no shares.');
    expect(container.querySelector('.bar')).toBeNull();
  });

  test('graphite: a non-element names the element it is mined for', () => {
    renderBody('graphite');
    expect(screen.getByText(/^Source of carbon \(C\)/)).toBeTruthy();
  });

  test('in Spanish, with numbers as Mexican readers write them (900,000)', () => {
    renderBody('gallium', 'es');
    expect(screen.getByRole('heading', { name: 'Principales productores, 2025' })).toBeTruthy();
    expect(within(rowOf('China')).getByText('900,000')).toBeTruthy();
    expect(screen.getAllByText('USGS MCS 2026, año de los datos 2025').length).toBeGreaterThan(0);
  });
});

describe('EntryBody, group', () => {
  test('rare earths: members are links, promethium explained, group figures shown', () => {
    const { onOpenEntry } = renderBody('rare-earth-elements');
    expect(screen.getByText(/^17 elements · Rare earth elements/)).toBeTruthy();
    const members = screen.getByRole('list', { name: 'Members' });
    expect(within(members).getAllByRole('button')).toHaveLength(16);
    fireEvent.click(within(members).getByRole('button', { name: 'Cerium Ce' }));
    expect(onOpenEntry).toHaveBeenCalledWith('cerium');
    expect(screen.getByText(/Promethium \(Pm, 61\)/)).toBeTruthy();
    expect(within(rowOf('China')).getByText('69.2%')).toBeTruthy();
    expect(screen.getByText('net exporter')).toBeTruthy();
    expect(screen.getByText(/Heavy rare earth elements \(EU classification\):/)).toBeTruthy();
  });

  test('platinum-group metals: members and list mentions', () => {
    renderBody('platinum-group-metals');
    expect(
      within(screen.getByRole('list', { name: 'Members' })).getAllByRole('button').length,
    ).toBeGreaterThan(3);
    expect(screen.getByRole('heading', { name: 'Named as a group on' })).toBeTruthy();
  });
});

describe('EntryBody, policy term', () => {
  test('USMCA: kind, jurisdiction, date, definition', () => {
    renderBody('usmca');
    expect(screen.getByText('Agreements and partnerships')).toBeTruthy();
    expect(screen.getByText('United States, Mexico, Canada')).toBeTruthy();
    expect(screen.getByText('July 1, 2020')).toBeTruthy();
    expect(screen.getByText(/replaced NAFTA/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Minerals concerned' })).toBeNull();
  });

  test('jurisdictions are named in the card’s language from the codes the data stores', () => {
    renderBody('lobito-corridor', 'es-MX');
    expect(screen.getByText('Angola, RD del Congo, Zambia, Internacional')).toBeTruthy();
    cleanup();
    renderBody('eu-critical-raw-materials-act');
    expect(screen.getByText('European Union')).toBeTruthy();
  });

  test('an export control links to the minerals it concerns', () => {
    const { onOpenEntry } = renderBody('china-export-control-gallium-germanium-2023');
    expect(screen.getByText('Export controls')).toBeTruthy();
    expect(screen.getByText('Licensing requirement in force.')).toBeTruthy();
    expect(screen.getByText('(as of November 21, 2025)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gallium Ga' }));
    expect(onOpenEntry).toHaveBeenCalledWith('gallium');
  });

  test('sources open in a new tab only when clicked', () => {
    renderBody('gallium');
    const link = screen.getByRole('link', { name: /Final 2025 List of Critical Minerals/ });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
