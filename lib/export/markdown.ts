import { summarizeMentions, type BriefingTerm } from '@/lib/briefing/summarize';
import { categoryName, summaryLine } from '@/lib/briefing/summary-line';
import { entrySources, keyFacts, type KeyFact } from '@/lib/briefing/key-facts';
import type { Citation } from '@/lib/cite/figure-citation';
import { localIsoDate } from '@/lib/dataset/status-standing';
import type { Translate } from '@/lib/i18n/translate';
import type { PageMention } from '@/lib/messaging';
import { entryName } from '@/lib/search/entry-name';
import { defangAutolinks, escapeMarkdown as md, markdownLink } from './escape-markdown';
import type { ExportInput } from './export-input';

/**
 * The page's briefing as Markdown, in the UI language: the page (URL, title, export date), the
 * glanceable line, then each category's terms with their key figures (each with its source and
 * data year), the sources of the entry itself, and every mention with its context. Everything
 * taken from the page or the dataset is escaped; only the structure is ours.
 */
export function mentionsToMarkdown(input: ExportInput, t: Translate): string {
  const { page, lookup } = input;
  const briefing = summarizeMentions(page.mentions, lookup);
  const out: string[] = [
    `# ${t('md.title', { title: md(page.title) || t('md.untitled') })}`,
    '',
    `- **${t('md.page')}:** ${markdownLink(page.url)}`,
    `- **${t('md.exported')}:** ${formatUtc(input.exportedAt)}`,
    `- **${t('md.dataset')}:** ${t('md.datasetValue', { version: md(lookup.version) })}`,
    '',
    briefing.terms.length > 0 ? `${md(summaryLine(briefing, t))}.` : t('md.noMentions'),
  ];
  for (const group of briefing.groups) {
    out.push('', `## ${md(categoryName(group.category, t.locale))}`);
    for (const term of group.terms) out.push('', ...termSection(term, input, t));
  }
  return `${out.join('\n')}\n`;
}

function termSection(term: BriefingTerm, input: ExportInput, t: Translate): string[] {
  const { entry } = term;
  const count = term.mentions.length;
  const mentions = count === 1 ? t('count.mentions.one') : t('count.mentions', { count });
  const lines = [`### ${md(entry ? entryName(entry, t.locale) : term.termId)} (${mentions})`];
  if (entry) {
    const about = entry.kind === 'policy' ? entry.definition : entry.description;
    lines.push('', md(about));
    const facts = keyFacts(entry, input.lookup, t, localIsoDate(input.exportedAt));
    if (facts.length > 0) {
      lines.push('', `**${t(entry.kind === 'policy' ? 'md.keyFacts' : 'md.keyFigures')}**`, '');
      lines.push(...facts.map((fact) => factLine(fact, t)));
    }
    const sources = entrySources(entry, input.lookup);
    if (sources.length > 0) {
      lines.push('', `**${t('md.sources')}**`, '', ...sources.map((s) => `- ${citation(s)}`));
    }
  }
  lines.push('', `**${t('md.mentionsHeading')}**`, '');
  lines.push(
    ...term.mentions.map((m, i) => `${i + 1}. ${contextWithMention(m)}${frameNote(m, input.page.url, t)}`),
  );
  return lines;
}

/** Where a mention from an embedded frame was, so nothing is filed under the page that did not say it. */
function frameNote(mention: PageMention, pageUrl: string, t: Translate): string {
  return mention.frameUrl && mention.frameUrl !== pageUrl
    ? ` (${t('md.frame')}: ${markdownLink(mention.frameUrl)})`
    : '';
}

function factLine(fact: KeyFact, t: Translate): string {
  const year = fact.year === undefined ? '' : ` (${t('md.dataYear', { year: fact.year })})`;
  const sources = fact.sources.map((s) => ` ${t('md.source')}: ${citation(s)}.`).join('');
  return `- **${md(fact.label)}**${year}: ${md(fact.value)}.${sources}`;
}

function citation(source: Citation): string {
  return source.url ? `${md(source.text)} ${markdownLink(source.url)}` : md(source.text);
}

/**
 * The snippet with the mention itself in bold; the snippet as is if the text is not found in it.
 * Addresses are defanged in the whole snippet before it is cut, so a mention inside one
 * ("lithium@example.com") cannot leave a piece that links on its own.
 */
function contextWithMention(mention: PageMention): string {
  const context = defangAutolinks(mention.context);
  // The snippet's whitespace is collapsed; the text is as written, line breaks and all.
  const text = defangAutolinks(mention.text.replace(/\s+/g, ' ').trim());
  let at = context.indexOf(text);
  if (at < 0) at = context.toLowerCase().indexOf(text.toLowerCase());
  if (at < 0 || !text.trim()) return md(context);
  const before = context.slice(0, at);
  const after = context.slice(at + text.length);
  // Keep the spaces around the bold part: md() trims, and "**" must touch the word it wraps.
  const space = (s: string, side: 'start' | 'end') => ((side === 'end' ? /\s$/ : /^\s/).test(s) ? ' ' : '');
  return `${md(before)}${space(before, 'end')}**${md(text)}**${space(after, 'start')}${md(after)}`;
}

function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
