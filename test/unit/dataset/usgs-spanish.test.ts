import { describe, expect, it } from 'vitest';
import { checkSpanish } from '@/lib/dataset/check-spanish';
import { formatIssue } from '@/lib/dataset/parse-dataset';
import { commodityNames, translateUsgsTexts, usgsSpanish, usgsTexts } from '@/lib/dataset/usgs-spanish';
import { loadDataset, readGenerated } from './load';

// The USGS text a Spanish card shows (what a figure measures, its unit, notes, "not reported"
// reasons) must come out in Spanish for every figure, from rules plus the phrase table.
const d = loadDataset();
const names = commodityNames([...d.minerals, ...d.groups]);
const es = (text: string) => usgsSpanish(text, d.usgsPhrases, names);

describe('Spanish for the USGS text', () => {
  it('covers every reader-facing string of usgs-figures.json', () => {
    const { spanish, missing } = translateUsgsTexts(d.figures, d.usgsPhrases, names);
    expect(missing).toEqual([]);
    expect(Object.keys(spanish).length).toBe(usgsTexts(d.figures).length);
    expect(Object.keys(spanish).length).toBeGreaterThan(400);
  });

  it('builds the formulaic strings from the commodity names and pieces', () => {
    expect(es('Mine production, lithium content')).toBe('Producción minera, contenido de litio');
    expect(es('Refined zinc')).toBe('Zinc refinado');
    expect(es('Mine production, silver content')).toBe('Producción minera, contenido de plata');
    expect(es('metric tons')).toBe('toneladas métricas');
    expect(es('Price, annual average, dollars per kilogram: Europe')).toBe(
      'Precio, promedio anual, dólares por kilogramo: Europa',
    );
    expect(es('MCS 2026 gives no reserves for gallium.')).toBe('MCS 2026 no da reservas de galio.');
    // Spanish puts no comma before "y".
    expect(es('Price, average value, f.o.b. mine, dollars per metric ton')).toBe(
      'Precio, valor promedio, f.o.b. mina, dólares por tonelada métrica',
    );
  });

  it('gives no Spanish at all for a string it cannot finish, rather than half English', () => {
    expect(es('Mine production, unobtainium content')).toBeUndefined();
    expect(es('A sentence nobody wrote down.')).toBeUndefined();
  });

  it('lists, once Spanish is required, each USGS string the table and rules miss', () => {
    const broken = structuredClone(d);
    delete broken.usgsPhrases.texts['Overseas territory of France.'];
    expect(checkSpanish(broken, true).map(formatIssue)).toContain(
      'data/usgs-phrases-es.json: no Spanish for the USGS text "Overseas territory of France.": add it to texts (or its pieces to segments)',
    );
  });

  it('ships in the generated entries for the card and panel', () => {
    const file = JSON.parse(readGenerated('entries')) as { usgsEs: Record<string, string> };
    expect(file.usgsEs['Mine production, lithium content']).toBe('Producción minera, contenido de litio');
  });
});
