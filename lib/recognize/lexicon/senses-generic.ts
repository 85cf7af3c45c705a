import type { ContextPattern } from './types';

/**
 * Patterns right around any ambiguous mineral word, in both languages: the word inside a market
 * or mining phrase ("tonnes of", "prices", "minas de") reads as the metal whatever the word is.
 * Word-specific patterns live in senses-en.ts and senses-es.ts.
 */

const QUANTITY =
  /\d[\d,.]*\s*(?:million |billion |mil |millones de )?(?:metric |short )?(?:tonnes?|tons?|t|kt|mt|kg|kilograms?|ounces?|oz|pounds?|lbs?|toneladas?|onzas?|kilos?|kilogramos?|libras?)\s+(?:of|de)\s+(?:la\s+|el\s+)?$/i;

const EN_MARKET_BEFORE =
  /\b(?:price|prices|production|exports?|imports?|supply|supplies|reserves|deposits?|output|refining|smelting|mining|processing|demand|tonnes|tons|ounces|grams|traces|levels|concentrations?|shipments|stockpiles?|producers?|miners?|imports)\s+of\s+(?:the\s+)?$/i;

const EN_MARKET_AFTER =
  /^[\s\-\u2010-\u2013]+(?:prices?|futures|output|production|exports?|imports?|mines?|mining|miners?|ore|ores|smelters?|smelting|refiner(?:y|ies)|refining|concentrates?|deposits?|reserves|producers?|supply|supplies|market|demand|shipments|ingots?|bullion|cathodes?|alloys?|stockpiles?|project|projects|assets|operations|sector|industry|tariffs?|contract|contracts|rush|boom|guidance)\b/i;

const ES_MARKET_BEFORE =
  /\b(?:minas?|mineral|minerales|producción|productor(?:es|a|as)?|precios?|cotización|exportaciones|exportación|importaciones|importación|yacimientos?|depósitos?|concentrados?|toneladas|onzas|reservas|fundición|refinería|refinación|lingotes?|extracción|suministro|demanda|oferta|mercado|niveles|contenido|aleaciones?|depósito)\s+(?:de|del)\s+(?:la\s+|el\s+)?$/i;

const ES_MARKET_AFTER = /^\s+(?:refinad[oa]|metálic[oa]|en bruto|concentrad[oa])\b/i;
const ES_WORLD_SCALE_AFTER = /^\s+(?:del mundo|mundial(?:es)?)\b/i;

/** Other metals named next to the word ("gold, silver and copper"): a list of metals. */
const METALS =
  'gold|iron|iron ore|steel|aluminium|aluminum|molybdenum|mercury|cadmium|oro|hierro|acero|molibdeno|mercurio|cadmio';
const METAL_BEFORE = new RegExp(`\\b(?:${METALS})\\s*(?:,|and|or|y|e|o|&|/)\\s*$`, 'i');
const METAL_AFTER = new RegExp(`^\\s*(?:,|and|or|y|e|o|&|/)\\s*(?:${METALS})\\b`, 'i');

/**
 * "Nickel Industries", "Southern Copper Corp": a word a company is named after, followed by the
 * corporate word in its own capitals (no flag i: "copper industries" is the trade, not a firm).
 */
const COMPANY_AFTER =
  /^[ \u00A0]+(?:Industries|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|Holdings|Group|Partners|Capital|Communications|Technologies|Resources|Ventures|Royalties|Company|Co\.|Plc|PLC|S\.A\.|SAB|AG|ASA|NL)(?![\p{L}\p{N}])/u;

/** "the town of Cobalt", "la ciudad de La Plata": a place. */
const PLACE_BEFORE =
  /\b(?:town|city|village|township|municipality|county|ciudad|pueblo|municipio|localidad|poblado)\s+(?:of|de)\s+(?:la\s+)?$/i;

/** "the world's chromium", "del mundo": a commodity spoken of at world scale. */
const WORLD_SCALE = /\b(?:world['’]s|global|globally)\s+$/i;

export const GENERIC_BEFORE: readonly ContextPattern[] = [
  [WORLD_SCALE, 1.5, "the world's supply"],
  [QUANTITY, 3, 'a quantity of it'],
  [EN_MARKET_BEFORE, 2.5, 'a market phrase'],
  [ES_MARKET_BEFORE, 2.5, 'a market phrase'],
  [METAL_BEFORE, 2.5, 'listed with other metals'],
  [PLACE_BEFORE, -3, 'a place name'],
];

export const GENERIC_AFTER: readonly ContextPattern[] = [
  [EN_MARKET_AFTER, 2.5, 'a market phrase'],
  [ES_MARKET_AFTER, 2, 'a market phrase'],
  [ES_WORLD_SCALE_AFTER, 1.5, "the world's supply"],
  [METAL_AFTER, 2.5, 'listed with other metals'],
  [COMPANY_AFTER, -7, 'a company name'],
];
