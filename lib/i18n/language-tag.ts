/**
 * A language tag as pages write it (`<html lang>`: "en-US", "ES-mx", "es_419", or anything at all,
 * "constructor" included), reduced to the one thing we look up by: its primary language, lowercase.
 * Whatever is not a plausible primary subtag (two or three ASCII letters, BCP 47) becomes "", so a
 * page's string can never name a property of Object.prototype in a lookup table.
 */
const PRIMARY_SUBTAG = /^[a-z]{2,3}$/;

/** "ES-mx" -> "es", "zh-Hant-TW" -> "zh"; "" for "constructor", "__proto__", "", or garbage. */
export function primaryLanguage(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return PRIMARY_SUBTAG.test(primary) ? primary : '';
}
