import { categoryName } from '@/lib/card/format';
import type { MineralEntry } from '@/lib/dataset/types';
import type { BodyProps } from './body-props';
import { ChinaSection } from './china-section';
import { OtherControls } from './other-controls';
import { EntryLinks } from './entry-links';
import { ImportReliance } from './import-reliance';
import { ListBadges } from './list-badges';
import { MainUses } from './main-uses';
import { MexicoSection } from './mexico-section';
import { NotReportedFigure } from './not-reported';
import { ProductionSection } from './production-section';
import { LinkedSection } from './linked-section';
import { SourcesList } from './sources-list';
import { StorySection } from './story-section';

/**
 * A mineral, in the order a reader asks: what is it, is it critical and to whom, who produces it,
 * how exposed is China's side and the U.S. side, where Mexico stands, the figures behind the
 * story (concentration, reserves, prices), what is it for, which policies touch it.
 */
export function MineralBody(props: BodyProps & { entry: MineralEntry }) {
  const { entry, details, t, onOpenEntry } = props;
  const element = entry.symbol
    ? t('card.element', { symbol: entry.symbol, number: entry.atomicNumber ?? '' })
    : entry.relatedElement &&
      t('card.relatedElement', { name: entry.relatedElement.name, symbol: entry.relatedElement.symbol });
  const controls = new Set(entry.exportControlIds);
  const [production] = entry.figures.production;
  const imports = entry.figures.importReliance;
  // USGS often gives one reason for both missing figures (iridium): say it once.
  const bothMissing =
    production?.status === 'not-reported' &&
    imports.length === 1 &&
    imports[0]!.status === 'not-reported' &&
    imports[0]!.reason === production.reason;
  return (
    <>
      <p class="identity">{[element, categoryName(entry.category, t.locale)].filter(Boolean).join(' · ')}</p>
      {entry.groupIds.length > 0 && (
        <div class="part-of">
          <span>{t('card.partOf')}</span>
          <EntryLinks
            ids={entry.groupIds}
            linked={details.linked}
            onOpenEntry={onOpenEntry}
            label={t('card.partOf')}
          />
        </div>
      )}
      <p class="description">{entry.description}</p>
      <ListBadges memberships={entry.memberships} lists={details.lists} newIn2025={entry.newIn2025} t={t} />
      {bothMissing ? (
        <NotReportedFigure figure={production} what={t('card.figures.what')} {...props} />
      ) : (
        <ProductionSection figures={entry.figures.production} {...props} />
      )}
      <ChinaSection {...props} />
      <OtherControls {...props} />
      {!bothMissing && <ImportReliance figures={imports} {...props} />}
      <MexicoSection story={entry.figures.story} memberships={entry.memberships} {...props} />
      <StorySection story={entry.figures.story} {...props} />
      <MainUses uses={entry.mainUses} details={details} t={t} />
      <LinkedSection
        title={t('card.related')}
        ids={entry.relatedTermIds.filter((id) => !controls.has(id))}
        {...props}
      />
      {entry.notes && <p class="note">{entry.notes}</p>}
      <SourcesList details={details} t={t} />
    </>
  );
}
