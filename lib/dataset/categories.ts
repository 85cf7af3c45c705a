/**
 * Highlight categories: one colour each on the page, so the set stays small. Minerals use their
 * group, group entries the category of their members, policy terms their kind. The settings UI
 * lists these with the display names below; no zod here, because the content script imports it.
 */
export interface Category {
  slug: string;
  /** Which entries use it: minerals and groups, or policy terms. */
  applies: 'mineral' | 'policy';
  name: { en: string; es: string };
}

export const MINERAL_CATEGORIES = [
  {
    slug: 'battery-metal',
    applies: 'mineral',
    name: { en: 'Battery metals and graphite', es: 'Metales para baterías y grafito' },
  },
  {
    slug: 'rare-earth-element',
    applies: 'mineral',
    name: { en: 'Rare earth elements', es: 'Tierras raras' },
  },
  {
    slug: 'platinum-group-metal',
    applies: 'mineral',
    name: { en: 'Platinum group metals', es: 'Metales del grupo del platino' },
  },
  { slug: 'base-metal', applies: 'mineral', name: { en: 'Base metals', es: 'Metales básicos' } },
  { slug: 'precious-metal', applies: 'mineral', name: { en: 'Precious metals', es: 'Metales preciosos' } },
  {
    slug: 'alloying-metal',
    applies: 'mineral',
    name: { en: 'Alloying and specialty metals', es: 'Metales de aleación y especiales' },
  },
  {
    slug: 'technology-metal',
    applies: 'mineral',
    name: { en: 'Technology metals and metalloids', es: 'Metales tecnológicos y metaloides' },
  },
  {
    slug: 'industrial-mineral',
    applies: 'mineral',
    name: { en: 'Industrial and fertilizer minerals', es: 'Minerales industriales y fertilizantes' },
  },
  {
    slug: 'energy-mineral',
    applies: 'mineral',
    name: { en: 'Energy minerals', es: 'Minerales energéticos' },
  },
] as const satisfies readonly Category[];

export const POLICY_CATEGORIES = [
  { slug: 'law', applies: 'policy', name: { en: 'Laws and regulations', es: 'Leyes y reglamentos' } },
  {
    slug: 'executive-action',
    applies: 'policy',
    name: { en: 'Executive actions', es: 'Acciones ejecutivas' },
  },
  {
    slug: 'agreement',
    applies: 'policy',
    name: { en: 'Agreements and partnerships', es: 'Acuerdos y alianzas' },
  },
  {
    slug: 'agency',
    applies: 'policy',
    name: { en: 'Agencies and institutions', es: 'Agencias e instituciones' },
  },
  {
    slug: 'export-control',
    applies: 'policy',
    name: { en: 'Export controls', es: 'Controles de exportación' },
  },
  { slug: 'event', applies: 'policy', name: { en: 'Events and milestones', es: 'Eventos e hitos' } },
  { slug: 'concept', applies: 'policy', name: { en: 'Concepts', es: 'Conceptos' } },
] as const satisfies readonly Category[];

export const CATEGORIES: readonly Category[] = [...MINERAL_CATEGORIES, ...POLICY_CATEGORIES];

export type MineralCategory = (typeof MINERAL_CATEGORIES)[number]['slug'];
export type PolicyKind = (typeof POLICY_CATEGORIES)[number]['slug'];

export const MINERAL_CATEGORY_SLUGS = MINERAL_CATEGORIES.map((c) => c.slug) as [
  MineralCategory,
  ...MineralCategory[],
];
export const POLICY_KIND_SLUGS = POLICY_CATEGORIES.map((c) => c.slug) as [PolicyKind, ...PolicyKind[]];
