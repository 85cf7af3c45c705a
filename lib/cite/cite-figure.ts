import type { EntryDetails } from '@/lib/dataset/entry-details';
import type { CiteFigureRequest } from '@/lib/messaging/messages';
import { formatCitations } from './cite-formats';
import { figureItems } from './figure-items';
import type { CiteOutput } from './format-names';
import { styleLocale } from './style-locale';

/**
 * The background's answer to a card's `cite/figure`: the entry's sources as citations in the
 * format asked for. The page's address and title come from the card's frame; they are text in a
 * note, capped, never followed.
 */
export async function citeFigure(
  request: CiteFigureRequest,
  getDetails: (id: string) => Promise<EntryDetails | null>,
  now = new Date(),
): Promise<CiteOutput | null> {
  const details = await getDetails(request.id);
  if (!details) return null;
  const seen = {
    url: request.seen.url.slice(0, 2048),
    title: request.seen.title.replace(/\s+/g, ' ').trim().slice(0, 300),
    accessed: now,
  };
  const items = figureItems(details, seen, styleLocale(request.locale));
  return formatCitations(items, request.format, request.locale);
}
