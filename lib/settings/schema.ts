// zod/mini: the same schemas, tree-shaken; the content script reads settings on every page and frame,
// and classic zod would add ~100 kB to it.
import { z } from 'zod/mini';
import { LINE_THICKNESSES, PALETTE_IDS } from '@/lib/palette';
import { SETTINGS_DEFAULTS } from './defaults';
import { normaliseSite } from './hostname';
import { lazySchema } from '@/lib/lazy-schema';

/**
 * The settings, as one zod schema with a default for every field. The stored shape is exactly
 * `Settings`, as plain JSON; older stored shapes are upgraded by ./migrations.ts first.
 * Bump SETTINGS_VERSION only together with a migration and its test. Every page reads the settings
 * at start-up, and most find none stored or a few fields: the schemas are built on first use
 * (lib/lazy-schema.ts), and the defaults are plain values the schema declares as its own.
 */
export const SETTINGS_VERSION = 6;

export const LANGUAGES = ['en', 'es', 'fr'] as const;
export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export const TRIGGERS = ['hover', 'click'] as const;
export const SITE_MODES = ['everywhere-except', 'only-on'] as const;
/** The card's text size, in percent of the browser's own default font size. */
export const CARD_TEXT_SIZES = [90, 100, 115, 130, 150] as const;
/** The card's language: the browser's, the page's (`<html lang>`), or always English or Spanish. */
export const CARD_LANGUAGES = ['browser', 'page', 'en', 'es'] as const;

export const LIMITS = {
  sites: 500,
  categories: 200,
  delayMs: 2000,
} as const;

/** A dataset category slug such as `battery-metal` or `export-control`. */
export const CATEGORY_ID = /^[a-z0-9-]{1,40}$/;
// Slugs that would shadow Object.prototype members if a record were ever read with `obj[id]`.
export const RESERVED_IDS: ReadonlySet<string> = new Set(['constructor', 'prototype']);

export const PaletteIdSchema = lazySchema(() => z.enum(PALETTE_IDS));
export const LanguageSchema = lazySchema(() => z.enum(LANGUAGES));
export const CategoryIdSchema = lazySchema(() =>
  z.string().check(
    z.regex(CATEGORY_ID),
    z.refine((id) => !RESERVED_IDS.has(id), 'reserved name'),
  ),
);

/** A stored category entry; a missing part takes the category's default (./category-setting.ts). */
export const CategorySettingSchema = lazySchema(() =>
  z.strictObject({
    enabled: z.optional(z.boolean()),
    colour: z.optional(PaletteIdSchema),
  }),
);

/** A hostname as the site list stores it: lowercase, punycode, no "www.", no trailing dot. */
export const SiteSchema = lazySchema(() =>
  z.pipe(
    z.string(),
    z.transform((input: string, ctx) => {
      const site = normaliseSite(input);
      if (site === null) {
        ctx.issues.push({ code: 'custom', message: 'not a site', input, params: { site: input } });
        return z.NEVER;
      }
      return site;
    }),
  ),
);

const unique = <T>(items: T[]): T[] => [...new Set(items)];
const delay = (fallback: number) =>
  z._default(
    z.pipe(z.number().check(z.minimum(0), z.maximum(LIMITS.delayMs)), z.transform(Math.round)),
    fallback,
  );

/** Every field's default, in the schema's order (defaultSettings copies the lists). */
const DEFAULTS = {
  version: SETTINGS_VERSION,
  enabled: true,
  style: 'underline',
  lineThickness: 'medium',
  firstMentionOnly: false,
  trigger: 'hover',
  dwellMs: SETTINGS_DEFAULTS.dwellMs,
  closeDelayMs: SETTINGS_DEFAULTS.closeDelayMs,
  cardTextSize: 100,
  cardLanguage: 'browser',
  languages: LANGUAGES,
  threshold: SETTINGS_DEFAULTS.threshold,
  categories: {},
  siteMode: 'everywhere-except',
  sites: [],
  notebook: false,
} as const;

export const SettingsSchema = lazySchema(() =>
  z.strictObject({
    version: z._default(z.literal(SETTINGS_VERSION), DEFAULTS.version),
    /** The global switch; the panel's first control. */
    enabled: z._default(z.boolean(), DEFAULTS.enabled),
    style: z._default(z.enum(HIGHLIGHT_STYLES), DEFAULTS.style),
    /** The highlight line's thickness; its style (solid, dotted) says mineral or policy. */
    lineThickness: z._default(z.enum(LINE_THICKNESSES), DEFAULTS.lineThickness),
    /** Highlight only the first mention of each term on a page. */
    firstMentionOnly: z._default(z.boolean(), DEFAULTS.firstMentionOnly),
    /** What opens the card: hover (plus click and keyboard), or click (and keyboard) only. */
    trigger: z._default(z.enum(TRIGGERS), DEFAULTS.trigger),
    /** How long the pointer must rest on a mention before the card opens. */
    dwellMs: delay(DEFAULTS.dwellMs),
    /** How long the card stays after the pointer leaves both the mention and the card. */
    closeDelayMs: delay(DEFAULTS.closeDelayMs),
    /** The card's text size in percent, on top of the browser's zoom and font size. */
    cardTextSize: z._default(z.union(CARD_TEXT_SIZES.map((size) => z.literal(size))), DEFAULTS.cardTextSize),
    /** The language of the card, Browse, the briefing and the exports' prose (issue 16). */
    cardLanguage: z._default(z.enum(CARD_LANGUAGES), DEFAULTS.cardLanguage),
    /** Languages whose aliases are matched; never empty. */
    languages: z._default(z.pipe(z.array(LanguageSchema).check(z.minLength(1)), z.transform(unique)), () => [
      ...LANGUAGES,
    ]),
    /** Minimum recognizer confidence (0..1) for a mention to be highlighted. */
    threshold: z._default(z.number().check(z.minimum(0), z.maximum(1)), DEFAULTS.threshold),
    categories: z._default(
      z.record(CategoryIdSchema, CategorySettingSchema).check(
        z.refine((record) => Object.keys(record).length <= LIMITS.categories, {
          message: `at most ${LIMITS.categories} categories`,
          params: { max: LIMITS.categories },
        }),
      ),
      () => ({}),
    ),
    siteMode: z._default(z.enum(SITE_MODES), DEFAULTS.siteMode),
    /** Hostnames; an entry also covers its subdomains (./sites.ts). */
    sites: z._default(
      z.pipe(z.array(SiteSchema).check(z.maxLength(LIMITS.sites)), z.transform(unique)),
      () => [],
    ),
    /** Keep every page where terms are found in the notebook (lib/notebook); off until the reader asks. */
    notebook: z._default(z.boolean(), DEFAULTS.notebook),
  }),
);

export type Settings = z.output<typeof SettingsSchema>;
export type SettingsField = Exclude<keyof Settings, 'version'>;
export type SettingsPatch = Partial<Omit<Settings, 'version'>>;
export type CategorySetting = z.output<typeof CategorySettingSchema>;
export type Language = z.output<typeof LanguageSchema>;
export type Trigger = Settings['trigger'];
export type SiteMode = Settings['siteMode'];
export type CardLanguage = Settings['cardLanguage'];

/** A fresh copy of the defaults (never shared, so callers may mutate it), in the schema's order. */
export function defaultSettings(): Settings {
  return { ...DEFAULTS, languages: [...LANGUAGES], categories: {}, sites: [] };
}

/** The fields, in the schema's order (a unit test checks they are the schema's keys). */
export const SETTINGS_FIELDS = (Object.keys(defaultSettings()) as (keyof Settings)[]).filter(
  (key): key is SettingsField => key !== 'version',
);

/** The default of one field, e.g. for a reset message. */
export function defaultFor<F extends SettingsField>(field: F): Settings[F] {
  return defaultSettings()[field];
}
