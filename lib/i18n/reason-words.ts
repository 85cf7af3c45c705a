import type { Explanation, Reason } from '@/lib/recognize/reason-codes';
import type { Locale } from './translator';

/**
 * The recognizer's reasons (lib/recognize/reason-codes.ts) in the reader's language, for the card's
 * "why is this highlighted?" and the exports. The lexicon's rule labels and cue topics are ids
 * written in one language; they are worded here too, and shown as written if a new one is missing.
 */

type Words = Record<Exclude<Reason['code'], 'rule' | 'topic'>, string> & {
  name: string;
  belowThreshold: string;
  notCounted: string;
  otherMeanings: string;
  keptFor: string;
  kept: string;
  heldBack: string;
  nothingPoints: string;
  /** How a quote is marked, and how a reason with its quote reads. */
  quote(text: string): string;
};

const en: Words = {
  name: 'Unambiguous name',
  belowThreshold: 'Held back: below the confidence threshold',
  notCounted: 'Not counted: {list}',
  otherMeanings: '{text} has other meanings',
  keptFor: '; kept for: {list}',
  kept: '; kept',
  heldBack: '; held back: {list}',
  nothingPoints: 'nothing in the text points to it',
  quote: (text) => `"${text}"`,
  capitalised: 'capitalised like a name',
  person: 'a person',
  speaker: 'a speaker',
  'part-of': 'part of',
  'usual-sense': 'usually this meaning in the news',
  'all-caps-headline': 'two capitals in an all-caps headline',
  'listed-with': 'listed with',
  'same-sentence': 'in the same sentence',
  'named-in-full': 'named in full nearby',
  'terms-in-paragraph': 'other terms in the paragraph',
  'page-about-minerals': 'the page is about minerals',
  'page-about-topic': 'the page is about {topic}',
  'page-about-other': 'the page is about something else',
  'seen-elsewhere': 'named unambiguously elsewhere on the page',
};

const es: Words = {
  name: 'Nombre inequívoco',
  belowThreshold: 'Retenido: por debajo del umbral de confianza',
  notCounted: 'No se cuenta: {list}',
  otherMeanings: '{text} tiene otros significados',
  keptFor: '; se resalta por: {list}',
  kept: '; se resalta',
  heldBack: '; retenido: {list}',
  nothingPoints: 'nada en el texto apunta a él',
  quote: (text) => `«${text}»`,
  capitalised: 'en mayúscula, como un nombre',
  person: 'una persona',
  speaker: 'alguien que habla',
  'part-of': 'parte de',
  'usual-sense': 'suele tener este sentido en las noticias',
  'all-caps-headline': 'dos mayúsculas en un titular en mayúsculas',
  'listed-with': 'en una lista con',
  'same-sentence': 'en la misma oración',
  'named-in-full': 'nombrado completo cerca',
  'terms-in-paragraph': 'otros términos en el párrafo',
  'page-about-minerals': 'la página trata de minerales',
  'page-about-topic': 'la página trata de {topic}',
  'page-about-other': 'la página trata de otra cosa',
  'seen-elsewhere': 'nombrado sin ambigüedad en otra parte de la página',
};

const WORDS: Record<Locale, Words> = { en, es };

// Lexicon rule labels and cue topics, by the id the lexicon writes; a missing one reads as written.
const DETAILS: Record<Locale, Record<string, string>> = {
  en: {
    'una forma del metal': 'a form of the metal',
    'un compuesto del metal': 'a compound of the metal',
    'la SE': 'the Secretaría de Economía',
    'una joya o moneda de plata': 'a silver jewel or coin',
    'el precio de la plata': 'the price of silver',
    'intoxicación por plomo': 'lead poisoning',
    'plomo en sangre, plomo y zinc': 'blood lead, lead and zinc',
    'otra comisión': 'another commission',
    'palabras de la UE cerca': 'EU words nearby',
  },
  es: {
    "the world's supply": 'la oferta mundial',
    'a coin ("a nickel")': 'una moneda («a nickel»)',
    'a company name': 'nombre de una empresa',
    'a form of the metal': 'una forma del metal',
    'a market phrase': 'una expresión de mercado',
    'a person named Silver': 'una persona llamada Silver',
    'exposure to lead': 'exposición al plomo',
    'reads as a noun for first place': 'se lee como sustantivo: el primer puesto',
    'a colour': 'un color',
    'silver prices, ounces, jewellery…': 'precios, onzas o joyas de plata…',
    'a nickel product': 'un producto de níquel',
    'platinum catalysts, ounces…': 'catalizadores u onzas de platino…',
    'chromium ore, plating…': 'mineral o baño de cromo…',
    'a grade of silicon': 'un grado de silicio',
    'silicon metal, wafers…': 'silicio metálico, obleas…',
    'reads as the verb "met"': 'se lee como el verbo «met»',
    'a place name': 'un topónimo',
    'a quantity of it': 'una cantidad del metal',
    'lead pipes, ore, poisoning…': 'tuberías, mineral o intoxicación por plomo…',
    'listed with other metals': 'en una lista con otros metales',
    'palladium catalysts': 'catalizadores de paladio',
    'reads as a verb ("lead to")': 'se lee como verbo («lead to»)',
    'reads as a verb ("to lead")': 'se lee como verbo («to lead»)',
    'reads as a verb': 'se lee como verbo',
    'sterling silver, spot silver…': 'plata de ley, plata al contado…',
    'tin solder, plating…': 'soldadura o baño de estaño…',
    'UK politics': 'política británica',
    'another commission': 'otra comisión',
    'EU words nearby': 'palabras de la UE cerca',
    "another body's acronym": 'sigla de otro organismo',
    'with MOFCOM': 'junto al MOFCOM',
    cars: 'automóviles',
    coins: 'monedas',
    'colour and fashion': 'color y moda',
    'competition law': 'derecho de la competencia',
    'conflict and crime': 'conflictos y delincuencia',
    'health and food': 'salud y alimentación',
    'markets and trade': 'mercados y comercio',
    mining: 'minería',
    'music and film': 'música y cine',
    'personal finance': 'finanzas personales',
    policy: 'política',
    sport: 'deporte',
    tech: 'tecnología',
  },
};

const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

function detailIn(locale: Locale, detail: string): string {
  return Object.hasOwn(DETAILS[locale], detail) ? DETAILS[locale][detail]! : detail;
}

/** One reason: its words, and the page's words it quotes. */
export function reasonInWords(reason: Reason, locale: Locale): string {
  const words = WORDS[locale];
  const { code, quote, detail = '' } = reason;
  // A list relayed from a frame is not trusted to hold only known codes.
  const template = Object.hasOwn(words, code) ? words[code as keyof Words] : undefined;
  const label =
    code === 'rule' || code === 'topic'
      ? detailIn(locale, String(detail))
      : typeof template === 'string'
        ? fill(template, { topic: detailIn(locale, String(detail)) })
        : '';
  if (quote === undefined) return label;
  if (code === 'part-of' || code === 'listed-with') return `${label} ${words.quote(quote)}`;
  return `${words.quote(quote)} (${label})`;
}

/** A mention's whole explanation, as the card's "why" line and the exports say it. */
export function explanationInWords(why: Explanation, locale: Locale): string {
  const words = WORDS[locale];
  if (why.verdict === 'name') return words.name;
  if (why.verdict === 'below-threshold') return words.belowThreshold;
  if (!Array.isArray(why.reasons)) return '';
  const list = [...new Set(why.reasons.map((r) => reasonInWords(r, locale)))].join('; ');
  if (why.verdict === 'not-counted') return fill(words.notCounted, { list });
  const intro = fill(words.otherMeanings, { text: words.quote(why.text) });
  if (why.verdict === 'kept') return intro + (list ? fill(words.keptFor, { list }) : words.kept);
  return intro + fill(words.heldBack, { list: list || words.nothingPoints });
}
