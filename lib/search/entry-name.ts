import type { Entry } from '@/lib/dataset/types';

/**
 * An entry's display name in the UI language. Minerals and groups have Spanish and French names
 * (stored as written in running text, "litio", so capitalised here); policy terms have their
 * official Spanish name in `es.name` ("Ley de Reducción de la Inflación", "T-MEC").
 */
export function entryName(entry: Entry, locale: string): string {
  // A policy's Spanish name is its official one where it has one ("T-MEC"), else the name as is.
  if (entry.kind === 'policy') return (locale === 'es' && entry.es?.name) || entry.name;
  if (locale === 'es' || locale === 'fr') {
    const local = entry.localNames[locale];
    if (local) return local.charAt(0).toLocaleUpperCase(locale) + local.slice(1);
  }
  return entry.name;
}
