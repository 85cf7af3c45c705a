import { CATEGORIES } from '@/lib/dataset/categories';
import type { Translate } from '@/lib/i18n/translate';
import type { Briefing } from './summarize';

/**
 * The line a reader takes in at a glance: "6 minerals, 4 on both the US and EU lists; China is
 * the top producer of 5; Mexico produces 2 of these; 2 policy terms". Clauses with nothing to
 * say are left out.
 */
export function summaryLine(briefing: Briefing, t: Translate): string {
  const clauses: string[] = [];
  if (briefing.minerals > 0) {
    let clause = count(t, briefing.minerals, 'briefing.minerals.one', 'briefing.minerals');
    if (briefing.onUsAndEu > 0) clause += t('briefing.onUsAndEu', { count: briefing.onUsAndEu });
    clauses.push(clause);
  }
  if (briefing.chinaTop > 0) clauses.push(t('briefing.chinaTop', { count: briefing.chinaTop }));
  if (briefing.mexicoProduces > 0) {
    clauses.push(
      t('briefing.mexicoProduces', { count: briefing.mexicoProduces, year: briefing.mexicoYear ?? '' }),
    );
  }
  if (briefing.policyTerms > 0) {
    clauses.push(count(t, briefing.policyTerms, 'briefing.policyTerms.one', 'briefing.policyTerms'));
  }
  return clauses.join('; ');
}

function count(
  t: Translate,
  value: number,
  one: 'briefing.minerals.one' | 'briefing.policyTerms.one',
  other: 'briefing.minerals' | 'briefing.policyTerms',
): string {
  return value === 1 ? t(one) : t(other, { count: value });
}

/** A category's name in the UI language; an unknown slug is shown readably rather than hidden. */
export function categoryName(slug: string, locale: string): string {
  const category = CATEGORIES.find((c) => c.slug === slug);
  if (category) return locale === 'es' ? category.name.es : category.name.en;
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
