import type { Entry } from '@/lib/dataset/types';

/**
 * A term's figures behind the story for the JSON export: numbers stay numbers, countries stay ISO
 * codes, and every block keeps its year and USGS rows, so a newsroom can load them as they are.
 * Concentration is marked as Mineral Lens's computation, and as a lower bound where it is one.
 */
export function termFigures(entry: Entry | undefined) {
  if (!entry || entry.kind === 'policy' || !entry.figures) return null;
  const { story } = entry.figures;
  return {
    mexico: story.mexico,
    reserves: story.reserves,
    prices: story.prices,
    concentration: story.concentration.map((c) => ({
      ...c,
      computedBy: 'Mineral Lens',
      method:
        'Sum of squared percentage shares of the countries USGS lists; "Other countries" excluded (data/README.md).',
      lowerBound: (c.otherCountriesPct ?? 0) > 0,
    })),
  };
}
