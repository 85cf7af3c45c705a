import { dateParts, type CslItem, type CslName } from './csl-item';
import {
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
 * Chicago Manual of Style (17th ed.) author-date reference-list entries, hand-written for the same
 * reason as apa.ts. The first author is inverted ("Doe, Jane"), later ones are not; the year
 * follows the names; no date is "n.d." ("s. f."), and then the access date is given.
 */

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
  const news = item.type === 'article-newspaper' || item.type === 'article';
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
