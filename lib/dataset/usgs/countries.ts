/**
 * USGS uses GENC short names ("Congo (Kinshasa)", "Korea, Republic of", "Burma"). Cards show the
 * name readers know, and keep the USGS name beside it so every figure can be traced to its row.
 */
const READABLE: Record<string, string> = {
  'Congo (Kinshasa)': 'DR Congo',
  'Congo (Brazzaville)': 'Republic of the Congo',
  'Korea, Republic of': 'South Korea',
  'Republic of Korea': 'South Korea',
  'Korea, North': 'North Korea',
  Burma: 'Myanmar',
  'The Bahamas': 'Bahamas',
};

/** The readable English name for a USGS country name (unchanged when it is already plain). */
export function readableCountry(usgsName: string): string {
  const trimmed = usgsName.trim();
  return READABLE[trimmed] ?? trimmed;
}

/** Rows that are aggregates, not countries: never ranked as producers or import sources. */
export function isAggregate(usgsName: string): boolean {
  const name = usgsName.trim();
  return name === 'World total' || name === 'Other countries' || name === 'Other' || name.includes(', and ');
}
