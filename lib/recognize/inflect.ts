/**
 * Singular and plural of an alias, so that "rare earths" also finds "rare earth" and "tierras
 * raras" also finds "tierra rara". Only the head of the phrase inflects: its last word in English
 * ("entity of concern" → "entities of concern"), every word in Spanish, where adjectives agree
 * ("mineral crítico" → "minerales críticos"). A wrong guess only adds a literal no page contains.
 */

// A Map, so that no language string ("constructor") can reach Object.prototype.
const FUNCTION_WORDS = new Map<string, ReadonlySet<string>>([
  ['en', new Set(['of', 'for', 'on', 'in', 'and', 'to', 'the', 'with', 'from', 'by', 'under', 'at'])],
  [
    'es',
    new Set(['de', 'del', 'la', 'el', 'los', 'las', 'y', 'e', 'o', 'para', 'por', 'en', 'sobre', 'entre']),
  ],
]);

// A single word inflects only where both numbers occur in news: mineral families ("borates",
// "phosphates"), not element names, whose plural is rare and whose everyday homographs are not.
const SINGLE_WORD_INFLECTS = /(?:ate|ite|ide|ato|ita|ido|oide|s)$/;
const INFLECTABLE_WORD = /^\p{L}+$/u;

export function inflectPhrase(key: string, lang: string): string[] {
  const functionWords = FUNCTION_WORDS.get(lang);
  if (!functionWords) return [];
  const words = key.split(' ');
  let headEnd = words.findIndex((w) => functionWords.has(w));
  if (headEnd === -1) headEnd = words.length;
  if (headEnd === 0) return [];
  if (words.length === 1 && !SINGLE_WORD_INFLECTS.test(key)) return [];
  const head = words.slice(0, headEnd);
  if (!head.every((w) => INFLECTABLE_WORD.test(w))) return [];
  const tail = words.slice(headEnd);
  const inflected = lang === 'en' ? inflectEnglishHead(head) : inflectSpanishHead(head);
  return inflected ? [[...inflected, ...tail].join(' ')] : [];
}

function inflectEnglishHead(head: string[]): string[] {
  const last = head[head.length - 1]!;
  const singular = englishSingular(last);
  return [...head.slice(0, -1), singular ?? englishPlural(last)];
}

function englishSingular(word: string): string | undefined {
  if (/[^aeiou]ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/[^siu]s$/.test(word)) return word.slice(0, -1);
  return undefined;
}

function englishPlural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(word)) return word + 'es';
  return word + 's';
}

function inflectSpanishHead(head: string[]): string[] {
  const plural = head.every((w) => w.endsWith('s'));
  return head.map(plural ? spanishSingular : spanishPlural);
}

const UNACCENT: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

function spanishPlural(word: string): string {
  const stressed = /([áéíóú])([ns])$/.exec(word);
  if (stressed) return word.slice(0, -2) + UNACCENT[stressed[1]!] + stressed[2] + 'es';
  if (/[aeiouáéó]$/.test(word)) return word + 's';
  if (word.endsWith('z')) return word.slice(0, -1) + 'ces';
  return word + 'es';
}

function spanishSingular(word: string): string {
  if (word.endsWith('ces')) return word.slice(0, -3) + 'z';
  if (word.endsWith('iones')) return word.slice(0, -5) + 'ión';
  if (/[lnrjy]es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
