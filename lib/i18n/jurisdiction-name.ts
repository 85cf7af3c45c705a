import { countryName } from '@/lib/card/format';
import { isNonCountryJurisdiction, NON_COUNTRY_JURISDICTIONS } from '@/lib/dataset/jurisdiction-codes';
import type { Locale } from './translator';

/**
 * A stored jurisdiction code as the reader's language names it: "MX" -> "Mexico" / "México",
 * "EU" -> "European Union" / "Unión Europea" (Intl.DisplayNames, with the card's few own country
 * names), "INTL" -> "International" / "Internacional". Every view and export that shows a
 * jurisdiction names it here, so the data holds codes and no view holds a name.
 */
export function jurisdictionName(code: string, locale: Locale): string {
  return isNonCountryJurisdiction(code) ? NON_COUNTRY_JURISDICTIONS[code][locale] : countryName(code, locale);
}

/** A term's jurisdictions as one line: "United States, Mexico, Canada". */
export function jurisdictionLine(codes: readonly string[], locale: Locale): string {
  return codes.map((code) => jurisdictionName(code, locale)).join(', ');
}
