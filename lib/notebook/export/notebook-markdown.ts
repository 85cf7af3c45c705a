import { formatCitations } from '@/lib/cite/cite-formats';
import { defangAutolinks, escapeMarkdown, markdownLink } from '@/lib/export/escape-markdown';
import type { Locale } from '@/lib/i18n/translator';
import { fragmentLink } from '../fragment-link';
import type { NotebookData } from '../notebook-query';
import type { NotebookMention, NotebookPage } from '../records';
import { pageCslItem } from './notebook-citations';

/**
 * The notebook as Markdown, for a research note: one section per article (its APA citation, then
 * its quotes) or one per term (its quotes from every article, each with the article's citation).
 * Page text is escaped (lib/export/escape-markdown) so a quote cannot inject links or markup.
 */
export type MarkdownGrouping = 'article' | 'term';

const text = (value: string) => defangAutolinks(escapeMarkdown(value));

export function notebookToMarkdown(
  data: NotebookData,
  grouping: MarkdownGrouping,
  termName: (id: string) => string,
  locale: Locale,
): string {
  const items = data.pages.map(pageCslItem);
  // The reference as escaped text, its address as a real link (escaping would defang it).
  const cite = (page: NotebookPage, i: number) => {
    const reference = formatCitations([items[i]!], 'apa', locale).text.trim();
    const address = items[i]!.URL ?? page.url;
    return reference.endsWith(address)
      ? `${text(reference.slice(0, -address.length).trimEnd())} ${markdownLink(address)}`
      : text(reference);
  };
  const citation = new Map(data.pages.map((page, i) => [page.url, cite(page, i)]));
  const pages = new Map(data.pages.map((page) => [page.url, page]));
  const quote = (m: NotebookMention) =>
    `- ${text(m.sentence)} (${markdownLink(fragmentLink(m.page, m.selector))})${m.note ? `\n  - ${text(m.note)}` : ''}`;
  const out = ['# Mineral Lens notebook', ''];
  if (grouping === 'article') {
    const byPage = Map.groupBy(data.mentions, (m) => m.page);
    for (const page of data.pages) {
      out.push(`## ${text(page.title)}`, '', citation.get(page.url) ?? markdownLink(page.url), '');
      if (page.note) out.push(`> ${text(page.note)}`, '');
      for (const m of byPage.get(page.url) ?? []) out.push(`${quote(m)} — **${text(termName(m.termId))}**`);
      out.push('');
    }
  } else {
    const byTerm = Map.groupBy(data.mentions, (m) => m.termId);
    for (const termId of [...byTerm.keys()].sort((a, b) => termName(a).localeCompare(termName(b)))) {
      out.push(`## ${text(termName(termId))}`, '');
      for (const m of byTerm.get(termId) ?? []) {
        const page = pages.get(m.page) as NotebookPage | undefined;
        out.push(`${quote(m)}\n  - ${citation.get(m.page) ?? markdownLink(page?.url ?? m.page)}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
