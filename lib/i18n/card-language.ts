import type { CardLanguage } from '@/lib/settings/schema';

/**
 * The language tag the card's text follows under the card-language setting: the browser's UI
 * language (the default), the page's `<html lang>`, or a fixed English or Spanish. The tag goes to
 * translatorFor, which reduces any tag (a page's included, however odd) to "en" or "es".
 */
export function cardLanguageTag(setting: CardLanguage, browserLanguage: string, pageLang: string): string {
  if (setting === 'page') return pageLang.trim() || browserLanguage;
  if (setting === 'browser') return browserLanguage;
  return setting;
}
