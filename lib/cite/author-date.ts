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
 * The two author-date reference styles the extension offers, for the item types it cites. A CSL
 * processor (citeproc-js) with its style and locale files would add about a megabyte to the panel
 * for three item types, so the rules used are written out here and tested case by case.
 */

// APA 7th edition (Publication Manual, ch. 9-10): no author (the title moves up), an organisation
// as author (named once), no date ("n.d.", "s. f." in Spanish, with the retrieval date), a data set
// with its version.

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

// Chicago Manual of Style (17th ed.) author-date reference-list entries: the first author is
// inverted ("Doe, Jane"), later ones are not; the year follows the names; no date is "n.d."
// ("s. f."), and then the access date is given.

const natural = (name: CslName) => name.literal ?? [name.given, name.family].filter(Boolean).join(' ');
const inverted = (name: CslName) =>
  isOrganisation(name) || !name.given ? natural(name) : `${name.family}, ${name.given}`;

/** Up to ten names; past that the first seven and "et al.". */
function chicagoNames(names: CslName[], loc: StyleLocale): string {
  const shown = names.length > 10 ? names.slice(0, 7) : names;
  const all = shown.map((name, i) => (i === 0 ? inverted(name) : natural(name)));
  if (names.length > 10) return `${all.join(', ')}, et al.`;
  if (all.length === 1) return all[0]!;
  const serial = loc.locale === 'en' ? ',' : '';
  return `${all.slice(0, -1).join(', ')}${serial} ${loc.and} ${all.at(-1)}`;
}

const quoted = (title: string) => `“${withStop(title)}” `;

export function formatChicago(item: CslItem, loc: StyleLocale): Formatted {
  const authors = item.author ?? [];
  const year = dateParts(item.issued).year;
  const yearPart = `${withStop(String(year ?? loc.noDate))} `;
  const news = isArticle(item);
  const container = item['container-title'];
  const day = item.issued && dateParts(item.issued).month ? loc.longDate(item.issued) : '';
  const parts: Part[] = [];
  if (authors.length > 0) parts.push(`${withStop(chicagoNames(authors, loc))} `, yearPart);
  else if (container) parts.push(news ? { italic: container } : container, '. ', yearPart);
  if (news || item.type === 'webpage') {
    parts.push(quoted(item.title));
    if (authors.length === 0 && !container) parts.push(yearPart);
    if (news && container && authors.length > 0) parts.push({ italic: container }, day ? `, ${day}. ` : '. ');
    else if (container && authors.length > 0) parts.push(`${container}. `, day ? `${day}. ` : '');
    else if (day) parts.push(`${day}. `);
  } else {
    parts.push({ italic: withStop(item.title) }, ' ');
    if (authors.length === 0 && !container) parts.push(yearPart);
    if (item.version) parts.push(`${withStop(loc.version(item.version))} `);
    if (item.type === 'dataset') parts.push(`${loc.dataset}. `);
    const publisher = item.publisher;
    if (publisher && !publisherIsAuthor(item, publisher)) parts.push(`${withStop(publisher)} `);
  }
  if (!item.issued && item.accessed) parts.push(`${loc.accessed(loc.longDate(item.accessed))} `);
  const link = linkOf(item);
  if (link) parts.push(`${link}. `);
  return render(parts, item.note);
}
