import type { MatchAlias, MatchIndex, MatchTerm } from '@/lib/recognize';

/**
 * A small hand-written index with one of each situation the recognizer must handle, so unit
 * tests do not depend on the generated dataset: plain names, ambiguous words, case-sensitive
 * acronyms, shared group words, longer names that contain shorter ones, and a chemical symbol.
 */

const alias = (text: string, lang: MatchAlias['lang'], hints: Partial<MatchAlias> = {}): MatchAlias => ({
  text,
  lang,
  caseSensitive: false,
  ambiguous: false,
  ...hints,
});

const term = (
  id: string,
  kind: MatchTerm['kind'],
  category: string,
  aliases: MatchAlias[],
  negatives: string[] = [],
): MatchTerm => ({ id, kind, category, label: id, aliases, negatives });

export const FIXTURE_INDEX: MatchIndex = {
  version: 'fixture',
  terms: [
    term('lithium', 'mineral', 'battery-metal', [
      alias('lithium', 'en'),
      alias('litio', 'es'),
      alias('Li', 'en', { caseSensitive: true }),
    ]),
    term(
      'cobalt',
      'mineral',
      'battery-metal',
      [alias('cobalt', 'en'), alias('cobalto', 'es')],
      ['Chevrolet Cobalt'],
    ),
    term('nickel', 'mineral', 'battery-metal', [alias('nickel', 'en'), alias('níquel', 'es')]),
    term('copper', 'mineral', 'base-metal', [alias('copper', 'en'), alias('cobre', 'es')]),
    term('zinc', 'mineral', 'base-metal', [alias('zinc', 'en'), alias('zinc', 'es')]),
    term('lead', 'mineral', 'base-metal', [
      alias('lead', 'en', { ambiguous: true }),
      alias('plomo', 'es', { ambiguous: true }),
    ]),
    term('tin', 'mineral', 'base-metal', [alias('tin', 'en', { ambiguous: true }), alias('estaño', 'es')]),
    term('silver', 'mineral', 'precious-metal', [
      alias('silver', 'en', { ambiguous: true }),
      alias('plata', 'es', { ambiguous: true }),
    ]),
    term(
      'silicon',
      'mineral',
      'metalloid',
      [alias('silicon', 'en', { ambiguous: true })],
      ['Silicon Valley'],
    ),
    term('coal', 'mineral', 'energy', [alias('coal', 'en')]),
    term('metallurgical-coal', 'mineral', 'energy', [
      alias('metallurgical coal', 'en'),
      alias('carbón metalúrgico', 'es'),
    ]),
    term('cerium', 'mineral', 'rare-earth-element', [
      alias('cerium', 'en'),
      alias('REE', 'en', { caseSensitive: true, shared: true }),
    ]),
    term('rare-earth-elements', 'group', 'rare-earth-element', [
      alias('rare earth elements', 'en'),
      alias('rare earths', 'en'),
      alias('REE', 'en', { caseSensitive: true, shared: true }),
      alias('tierras raras', 'es'),
    ]),
    term('critical-raw-material', 'policy', 'concept', [alias('critical raw materials', 'en')]),
    term('critical-raw-materials-act', 'policy', 'law', [alias('Critical Raw Materials Act', 'en')]),
    term('inflation-reduction-act', 'policy', 'law', [
      alias('Inflation Reduction Act', 'en'),
      alias('IRA', 'en', { caseSensitive: true, ambiguous: true }),
    ]),
    term('usmca', 'policy', 'agreement', [
      alias('USMCA', 'en', { caseSensitive: true }),
      alias('T-MEC', 'es', { caseSensitive: true }),
    ]),
    term('secretaria-de-economia', 'policy', 'agency', [alias('Secretaría de Economía', 'es')]),
    term('us-mexico-plan', 'policy', 'agreement', [alias("Mexico's critical minerals plan", 'en')]),
  ],
};
