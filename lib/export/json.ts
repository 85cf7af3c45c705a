import { localIsoDate, statusStanding } from '@/lib/dataset/status-standing';
import { termName, type ExportInput } from './export-input';
import { termFigures } from './json-figures';
import { explanationInWords } from '@/lib/i18n/reason-words';
import type { Locale } from '@/lib/i18n/translator';

export const JSON_FORMAT = 'mineral-lens-mentions';
// 2: each mention carries `frameUrl`, the address of the frame it is in.
export const JSON_FORMAT_VERSION = 2;

/**
 * The page's mentions as JSON: the page, the dataset version the names come from, a count per
 * term (policy terms with their dated status, and its standing on the export day), and every
 * mention with the recognizer's confidence and reason (in the export's language). Stable key order, two-space
 * indent, so two exports of the same page diff cleanly.
 */
export function mentionsToJson(input: ExportInput, locale: Locale = 'en'): string {
  const { page, lookup } = input;
  const counts = new Map<string, number>();
  for (const m of page.mentions) counts.set(m.termId, (counts.get(m.termId) ?? 0) + 1);
  const category = (termId: string, fallback: string) => lookup.entry(termId)?.category ?? fallback;
  const today = localIsoDate(input.exportedAt);
  const status = (termId: string) => {
    const policy = lookup.policy(termId);
    if (!policy?.status) return undefined;
    // The stored statement with its dates, and what it amounts to on the day of the export.
    return { ...policy.status, standing: statusStanding(policy.status, today).state, checkedOn: today };
  };
  const document = {
    format: JSON_FORMAT,
    formatVersion: JSON_FORMAT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    page: { url: page.url, title: page.title, lang: page.lang },
    dataset: { version: lookup.version },
    terms: [...counts].map(([termId, count]) => {
      const first = page.mentions.find((m) => m.termId === termId)!;
      return {
        id: termId,
        name: termName(input, termId),
        kind: first.kind,
        category: category(termId, first.category),
        mentions: count,
        status: status(termId),
        figures: termFigures(lookup.entry(termId)),
      };
    }),
    mentions: page.mentions.map((m) => ({
      frameId: m.frameId,
      frameUrl: m.frameUrl,
      index: m.index,
      termId: m.termId,
      termName: termName(input, m.termId),
      kind: m.kind,
      category: category(m.termId, m.category),
      text: m.text,
      context: m.context,
      confidence: m.confidence,
      reason: explanationInWords(m.why, locale),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
