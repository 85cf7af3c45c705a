import { dateParts, type CslItem, type CslName } from './csl-item';
import {
  initials,
  isOrganisation,
  linkOf,
  publisherIsAuthor,
  render,
  withStop,
  type Formatted,
  type Part,
} from './reference-text';
import type { StyleLocale } from './style-locale';

/**
 * APA 7th edition references (Publication Manual, ch. 9-10) for the item types this extension
 * cites. A CSL processor (citeproc-js) with its style and locale files would add about a megabyte
 * to the panel for three item types, so the rules used are written out here and tested case by
 * case: no author (the title moves up), an organisation as author (named once), no date ("n.d.",
 * "s. f." in Spanish, with the retrieval date), a data set with its version.
 */

function apaName(name: CslName): string {
  if (isOrganisation(name) || !name.family) return name.literal ?? name.family ?? '';
  return name.given ? `${name.family}, ${initials(name.given)}` : name.family;
}

/** "Doe, J.", "Doe, J., & Roe, R.", up to 20; past that the first 19, an ellipsis, the last. */
function apaNames(names: CslName[], loc: StyleLocale): string {
  const all = names.map(apaName);
  const amp = loc.locale === 'es' ? 'y' : '&';
  if (all.length === 1) return all[0]!;
  if (all.length > 20) return `${all.slice(0, 19).join(', ')}, . . . ${all.at(-1)}`;
  return `${all.slice(0, -1).join(', ')}${all.length > 2 || loc.locale === 'en' ? ',' : ''} ${amp} ${all.at(-1)}`;
}

const isArticle = (item: CslItem) => item.type === 'article-newspaper' || item.type === 'article';

export function formatApa(item: CslItem, loc: StyleLocale): Formatted {
  const authors = item.author ?? [];
  const dated = isArticle(item) || item.type === 'webpage';
  const when = dated ? loc.apaDate(item.issued) : (dateParts(item.issued).year?.toString() ?? loc.noDate);
  const date = `(${when}). `;
  const described = [
    item.version ? `(${loc.version(item.version)})` : '',
    item.type === 'dataset' ? `[${loc.dataset}]` : '',
  ]
    .filter(Boolean)
    .join(' ');
  // Articles: title plain, the newspaper or site in italics. Everything else: the title in italics.
  const title: Part[] = isArticle(item)
    ? [withStop(item.title), ' ']
    : described
      ? [{ italic: item.title }, ` ${described}. `]
      : [{ italic: withStop(item.title) }, ' '];
  const from = isArticle(item) ? item['container-title'] : (item['container-title'] ?? item.publisher);
  const source: Part[] = [];
  if (from && !publisherIsAuthor(item, from)) {
    source.push(
      isArticle(item) ? { italic: withStop(from).slice(0, -1) } : withStop(from).slice(0, -1),
      '. ',
    );
  }
  const link = linkOf(item);
  const retrieved =
    !item.issued && link && item.accessed ? loc.retrieved(loc.longDate(item.accessed), link) : link;
  const parts: Part[] =
    authors.length > 0
      ? [`${withStop(apaNames(authors, loc))} `, date, ...title, ...source]
      : [...title, date, ...source];
  if (retrieved) parts.push(retrieved, ' ');
  return render(parts, item.note);
}
