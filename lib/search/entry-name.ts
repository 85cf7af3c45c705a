import type { Entry } from '@/lib/dataset/types';

/**
 * An entry's display name in the UI language. Minerals and groups have Spanish and French names
 * (stored as written in running text, "litio", so capitalised here); policy terms keep their
 * official name, which is what a reader will meet in the news.
 */
export function entryName(entry: Entry, locale: string): string {
  if (entry.kind !== 'policy' && (locale === 'es' || locale === 'fr')) {
    const local = entry.localNames[locale];
    if (local) return local.charAt(0).toLocaleUpperCase(locale) + local.slice(1);
  }
  return entry.name;
}
