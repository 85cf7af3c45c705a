import type { BriefingGroup } from '@/lib/briefing/summarize';
import { categoryName } from '@/lib/briefing/summary-line';
import type { Translate } from '@/lib/i18n/translate';
import type { PageMention } from '@/lib/messaging';
import { PALETTE, type PaletteId } from '@/lib/palette';
import { TermRow } from './term-row';

interface CategorySectionProps {
  t: Translate;
  group: BriefingGroup;
  /** The category's highlight colour, so the list matches what the page shows. */
  colour: PaletteId;
  expanded: ReadonlySet<string>;
  onToggle(termId: string): void;
  onReveal(mention: PageMention): void;
}

/** One category's terms, under its name and the swatch of its highlight colour. */
export function CategorySection({ t, group, colour, expanded, onToggle, onReveal }: CategorySectionProps) {
  const name = categoryName(group.category, t.locale);
  const mentions = group.terms.reduce((sum, term) => sum + term.mentions.length, 0);
  return (
    <section class="category-section">
      <h3>
        <span class="swatch" aria-hidden="true" style={{ background: PALETTE[colour].hex }} />
        <span>{name}</span>
        <span class="count muted">
          {mentions === 1 ? t('count.mentions.one') : t('count.mentions', { count: mentions })}
        </span>
      </h3>
      <ul class="terms">
        {group.terms.map((term) => (
          <TermRow
            key={term.termId}
            t={t}
            term={term}
            expanded={expanded.has(term.termId)}
            onToggle={() => onToggle(term.termId)}
            onReveal={onReveal}
          />
        ))}
      </ul>
    </section>
  );
}
