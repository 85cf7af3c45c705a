import { LINE_THICKNESSES, PALETTE_IDS } from '@/lib/palette';
import {
  CARD_LANGUAGES,
  CARD_TEXT_SIZES,
  CATEGORY_ID,
  HIGHLIGHT_STYLES,
  LIMITS,
  RESERVED_IDS,
  SITE_MODES,
  TRIGGERS,
  type CategorySetting,
  type SettingsField,
} from './schema';

/**
 * The settings' fields that a plain check can read as the schema would (./schema.ts), for
 * ./parse.ts. The panel saves the whole object, so a reader who changed one setting has every field
 * stored, and every page and frame reads them at start-up: building the zod schema to check them
 * cost each one ~20 ms (issue 15). A value these checks accept is one the schema accepts, and they
 * give what it would give (a unit test compares them on arbitrary input); anything else, even a
 * value the schema would accept, is left to the schema, which then also says what is wrong with it.
 */
type Plain = { value: unknown } | undefined;

const oneOf =
  (values: readonly unknown[]) =>
  (input: unknown): Plain =>
    values.includes(input) ? { value: input } : undefined;
const isBoolean = (input: unknown): Plain => (typeof input === 'boolean' ? { value: input } : undefined);
// NaN fails both comparisons, and ±Infinity one of them: z.number() refuses all three.
const within = (input: unknown, max: number): input is number =>
  typeof input === 'number' && input >= 0 && input <= max;
const delay = (input: unknown): Plain =>
  within(input, LIMITS.delayMs) ? { value: Math.round(input) } : undefined;

const PLAIN: Partial<Record<SettingsField, (input: unknown) => Plain>> = {
  enabled: isBoolean,
  style: oneOf(HIGHLIGHT_STYLES),
  lineThickness: oneOf(LINE_THICKNESSES),
  firstMentionOnly: isBoolean,
  trigger: oneOf(TRIGGERS),
  dwellMs: delay,
  closeDelayMs: delay,
  cardTextSize: oneOf(CARD_TEXT_SIZES),
  cardLanguage: oneOf(CARD_LANGUAGES),
  threshold: (input) => (within(input, 1) ? { value: input } : undefined),
  siteMode: oneOf(SITE_MODES),
  notebook: isBoolean,
};

/** The field's value as the schema would give it, or undefined when only the schema can tell. */
export function plainField(field: SettingsField, input: unknown): Plain {
  return PLAIN[field]?.(input);
}

/** A stored category entry as CategorySettingSchema gives it, or undefined when only it can tell. */
export function plainCategory(id: string, input: unknown): CategorySetting | undefined {
  if (!CATEGORY_ID.test(id) || RESERVED_IDS.has(id)) return undefined;
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype)
    return undefined;
  const { enabled, colour, ...rest } = input as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return undefined;
  const entry: CategorySetting = {};
  // In the schema's order, each only when stored (an explicit undefined is the schema's to read).
  if (Object.hasOwn(input, 'enabled')) {
    if (typeof enabled !== 'boolean') return undefined;
    entry.enabled = enabled;
  }
  if (Object.hasOwn(input, 'colour')) {
    if (!PALETTE_IDS.includes(colour as never)) return undefined;
    entry.colour = colour as CategorySetting['colour'];
  }
  return entry;
}
