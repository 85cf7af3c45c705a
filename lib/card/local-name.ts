import { primaryLanguage } from '@/lib/i18n/language-tag';

/**
 * The entry's name in the page's language, for the card to show under its title ("galio" on a
 * Spanish page). The language comes from the page's `<html lang>`, which the page writes, so it is
 * normalised and looked up as an own property only: "constructor" or "__proto__" finds nothing
 * instead of a function from Object.prototype that would break the card.
 */
export function localNameFor(
  names: Readonly<Record<string, string>>,
  pageLang: string,
): { name: string; language: string } | undefined {
  const language = primaryLanguage(pageLang);
  if (!language || !Object.hasOwn(names, language)) return undefined;
  const name = names[language];
  return typeof name === 'string' && name ? { name, language } : undefined;
}
