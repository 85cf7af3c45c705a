import type { FiguresFile } from './schema-figures';

/**
 * Spanish for the text the USGS import writes (basis, unit, form, notes, reasons), derived by
 * rules from a small hand-written table, data/usgs-phrases-es.json, and the commodities' Spanish
 * names (`localNames.es`). Most of the ~460 strings are formulaic ("Mine production, lithium
 * content", "Price, annual average, dollars per kilogram: Europe"): they are cut at ", ", ": " and
 * "; " and each piece is translated, so a new chapter's "Mine production, X content" needs no new
 * row. Sentences that follow no pattern are in the table whole. A string the rules cannot finish
 * gets no Spanish at all (never half English): `missingUsgsSpanish` lists those for data:check.
 */
export interface UsgsPhrases {
  /** Whole strings, for sentences no rule builds. */
  texts: Record<string, string>;
  /** Pieces between ", ", ": " and "; " (matched as written, or with a lowercase first letter). */
  segments: Record<string, string>;
}

/** English commodity name (lowercase) -> Spanish name (lowercase), from the entries' localNames.es. */
export type CommodityNames = Record<string, string>;

/** The fields of usgs-figures.json that a reader sees as words. Row references stay verbatim. */
const PROSE_FIELDS = new Set(['basis', 'unit', 'form', 'notes', 'note', 'reason', 'sourcesBasis']);

const own = (table: Record<string, string>, key: string) =>
  Object.hasOwn(table, key) ? table[key] : undefined;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Spanish adjectives agree with the noun: "plata refinada", "cobre refinado". */
const agree = (noun: string, adjective: string) =>
  noun.endsWith('a') ? adjective.replace(/o$/, 'a') : adjective;

/** Patterns around a commodity name, for pieces like "lithium content" or "Refined zinc". */
const PIECE_RULES: [RegExp, (name: string) => string][] = [
  [/^(.+) content$/, (n) => `contenido de ${n}`],
  [/^(.+) compounds and metals$/, (n) => `compuestos y metales de ${n}`],
  [/^refined (.+) production$/, (n) => `producción de ${n} ${agree(n, 'refinado')}`],
  [/^refined (.+)$/, (n) => `${n} ${agree(n, 'refinado')}`],
  [/^primary (.+)$/, (n) => `${n} ${agree(n, 'primario')}`],
  [/^(.+) metal$/, (n) => `${n} ${agree(n, 'metálico')}`],
  [/^(.+) production$/, (n) => `producción de ${n}`],
  [/^(.+) reserves$/, (n) => `reservas de ${n}`],
  [/^(.+)$/, (n) => n],
];

/** Whole-sentence patterns the import repeats per commodity (its "not reported" reasons). */
const TEXT_RULES: [RegExp, (name: string) => string][] = [
  [/^MCS 2026 gives no reserves for (.+)\.$/, (n) => `MCS 2026 no da reservas de ${n}.`],
  [
    /^MCS 2026 gives no world production figures for (.+)\.$/,
    (n) => `MCS 2026 no da cifras de producción mundial de ${n}.`,
  ],
  [
    /^USGS publishes no world production figures for (.+); MCS 2026 gives only a reserves estimate\.$/,
    (n) =>
      `El USGS no publica cifras de producción mundial de ${n}; MCS 2026 solo da una estimación de reservas.`,
  ],
  [
    /^USGS reports rare-earth mine production only for the group, in rare-earth-oxide equivalent; there is no figure for (.+) alone\.$/,
    (n) =>
      `El USGS reporta la producción minera de tierras raras solo para el grupo, en equivalente de óxidos de tierras raras; no hay una cifra solo para el ${n}.`,
  ],
  [
    /^USGS reports U\.S\. net import reliance for rare earths as a group \(compounds and metals\); there is no figure for (.+) alone\.$/,
    (n) =>
      `El USGS reporta la dependencia neta de importaciones de EE. UU. para las tierras raras como grupo (compuestos y metales); no hay una cifra solo para el ${n}.`,
  ],
  [
    /^Of the platinum-group metals, MCS 2026 reports production and net import reliance only for platinum and palladium; there is no figure for (.+)\.$/,
    (n) =>
      `De los metales del grupo del platino, MCS 2026 reporta producción y dependencia neta de importaciones solo para el platino y el paladio; no hay una cifra para el ${n}.`,
  ],
  [
    /^The reliance figure is USGS's for heavy rare earths as a group; the import sources are for (.+) itself\.$/,
    (n) =>
      `La cifra de dependencia es la del USGS para las tierras raras pesadas como grupo; las fuentes de importación son las del propio ${n}.`,
  ],
];

/** Lab-reagent prices for cesium and rubidium: "50 grams of 99.9% (metal basis) cesium acetate". */
const SALTS: Record<string, string> = {
  '': '',
  acetate: 'acetato de ',
  bromide: 'bromuro de ',
  carbonate: 'carbonato de ',
  chloride: 'cloruro de ',
  iodide: 'yoduro de ',
  nitrate: 'nitrato de ',
  formate: 'formiato de ',
  'formate hydrate': 'formiato hidratado de ',
};
const REAGENT = /^(\d+)(?:\?|-| )gram(s?) (ampoules )?of ([\d.]+)% \(metal basis\) (\w+)(?: (.+))?$/;

function translateReagent(text: string, names: CommodityNames): string | undefined {
  const m = REAGENT.exec(text);
  if (!m) return undefined;
  const [, grams, , ampoules, purity, metal = '', salt = ''] = m;
  const name = own(names, metal);
  const prefix = own(SALTS, salt);
  if (name === undefined || prefix === undefined) return undefined;
  const size = ampoules ? `ampolletas de ${grams} gramo${grams === '1' ? '' : 's'}` : `${grams} gramos`;
  return upperFirst(`${prefix}${name} al ${purity}% (base metal), ${size}`);
}

/** "<sentence> Source: <publisher>." : the publisher's name stays as it is. */
function translateSourced(text: string, phrases: UsgsPhrases, names: CommodityNames): string | undefined {
  const m = /^(?:(.+?)\.? )?Sources?:? (.+)$/.exec(text);
  if (!m || m[2]!.includes(' Source')) return undefined;
  const [, before, publisher] = m;
  const plural = /^Sources:/.test(text.slice((before?.length ?? -2) + 2));
  const label = plural ? 'Fuentes:' : 'Fuente:';
  if (before === undefined) return `${label} ${own(phrases.texts, publisher!) ?? publisher}`;
  const lead = own(phrases.texts, `${before}.`) ?? usgsSpanish(before, phrases, names);
  return lead === undefined ? undefined : `${lead.replace(/\.?$/, '.')} ${label} ${publisher}`;
}

function translatePiece(piece: string, phrases: UsgsPhrases, names: CommodityNames): string | undefined {
  const exact = own(phrases.segments, piece);
  if (exact !== undefined) return exact;
  const direct = own(phrases.segments, lowerFirst(piece));
  if (direct !== undefined) return /^[A-Z]/.test(piece) ? upperFirst(direct) : direct;
  const lower = piece.toLowerCase();
  for (const [pattern, build] of PIECE_RULES) {
    const name = pattern.exec(lower)?.[1];
    const spanish = name === undefined ? undefined : own(names, name);
    if (spanish !== undefined) {
      const out = build(spanish);
      return /^[A-Z]/.test(piece) ? upperFirst(out) : out;
    }
  }
  return undefined;
}

/** The Spanish of one USGS string, or undefined when neither the table nor the rules cover it. */
export function usgsSpanish(text: string, phrases: UsgsPhrases, names: CommodityNames): string | undefined {
  const whole = own(phrases.texts, text);
  if (whole !== undefined) return whole;
  const special = translateReagent(text, names) ?? translateSourced(text, phrases, names);
  if (special !== undefined) return special;
  for (const [pattern, build] of TEXT_RULES) {
    const name = pattern.exec(text)?.[1];
    const spanish = name === undefined ? undefined : own(names, name.toLowerCase());
    if (spanish !== undefined) return build(spanish);
  }
  const parts = text.split(/(, |: |; )/);
  const out: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (i % 2 === 1) out.push(part);
    else {
      const spanish = translatePiece(part, phrases, names);
      if (spanish === undefined) return undefined;
      out.push(spanish);
    }
  }
  // English lists keep a comma before "and"; Spanish drops it before "y".
  return out.join('').replace(/, y /g, ' y ');
}

/** Every distinct reader-facing string in the figures file, sorted. */
export function usgsTexts(figures: FiguresFile): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (PROSE_FIELDS.has(key) && /[a-z]/i.test(value)) found.add(value);
    } else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(figures.figures, '');
  return [...found].sort();
}

/** English name (and USGS name) -> Spanish name of every mineral and group, lowercase. */
export function commodityNames(
  entries: readonly { name: string; usgsName?: string; localNames: { es: string } }[],
): CommodityNames {
  const names: CommodityNames = {};
  for (const e of entries) {
    names[e.name.toLowerCase()] = e.localNames.es;
    if (e.usgsName) names[e.usgsName.toLowerCase()] = e.localNames.es;
  }
  return names;
}

/** English -> Spanish for every string the rules cover, and the list of those they do not. */
export function translateUsgsTexts(figures: FiguresFile, phrases: UsgsPhrases, names: CommodityNames) {
  const spanish: Record<string, string> = {};
  const missing: string[] = [];
  for (const text of usgsTexts(figures)) {
    const es = usgsSpanish(text, phrases, names);
    if (es === undefined) missing.push(text);
    else spanish[text] = es;
  }
  return { spanish, missing };
}
