/**
 * What a policy term's or list's `jurisdiction` may hold (issue 16): codes, never names, so the
 * reader's language names them when shown (lib/i18n/jurisdiction-name.ts). Countries are ISO
 * 3166-1 alpha-2 codes and the European Union is `EU`, all named by Intl.DisplayNames in every
 * language. Two jurisdictions are not places, so no standard code or Intl name covers them: they
 * are this small table, with their own names in both languages (documented in data/README.md).
 * Pure and zod-free: the schema checks with it at build, the views name with it at run time.
 */
export const NON_COUNTRY_JURISDICTIONS = {
  /** International: a multilateral body (WTO, IEA), a plurilateral initiative, or a concept used everywhere. */
  INTL: { en: 'International', es: 'Internacional' },
  /** The Group of Seven, as both languages' press write it. */
  G7: { en: 'G7', es: 'G7' },
} as const;

type NonCountryJurisdiction = keyof typeof NON_COUNTRY_JURISDICTIONS;

export function isNonCountryJurisdiction(code: string): code is NonCountryJurisdiction {
  return Object.hasOwn(NON_COUNTRY_JURISDICTIONS, code);
}

// ISO 3166-1 leaves these to private use (AA, QM-QZ, XA-XZ, ZZ): Intl names some (XK Kosovo,
// QO Outlying Oceania, ZZ Unknown Region), but they are no country's code.
const USER_ASSIGNED = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ)$/;
// Reserved codes Intl names that are not one jurisdiction: the United Nations, the eurozone.
const NOT_JURISDICTIONS = new Set(['UN', 'EZ']);
let regions: Intl.DisplayNames | undefined;

/**
 * An assigned ISO 3166-1 alpha-2 code in its current form (not "UK" for GB, not "ZR" for CD), or
 * EU. Intl's region data is the register: a code it cannot name is no country.
 */
function isRegionCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || USER_ASSIGNED.test(code) || NOT_JURISDICTIONS.has(code)) return false;
  if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return false;
  regions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  return regions.of(code) !== undefined;
}

/** Whether `code` may stand in a jurisdiction field. */
export function isJurisdictionCode(code: string): boolean {
  return isNonCountryJurisdiction(code) || isRegionCode(code);
}

/** The message a wrong value gets, naming it and what to write instead. */
export function jurisdictionCodeProblem(value: unknown): string {
  const others = ['EU', ...Object.keys(NON_COUNTRY_JURISDICTIONS)].map((code) => `"${code}"`);
  const choices = `${others.slice(0, -1).join(', ')} or ${others.at(-1)}`;
  return `unknown jurisdiction code ${JSON.stringify(value)}: write an ISO 3166-1 alpha-2 code ("US", "MX"), ${choices} (data/README.md, "Jurisdiction codes")`;
}
