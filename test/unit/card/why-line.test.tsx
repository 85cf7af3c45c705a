// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { CardActions } from '@/components/card/card-actions';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import { createTranslator } from '@/lib/i18n/translate';
import { mentionsToJson } from '@/lib/export/json';
import type { PageMention } from '@/lib/messaging';
import { compileMatcher, findMentions, type Mention } from '@/lib/recognize';
import { LOOKUP, PAGE } from '../panel/mention-fixture';

// The card's "why is this highlighted?" with a reason the recognizer really gives, not a made-up
// one: a Spanish reader must not get the recognizer's English ("Unambiguous name").
afterEach(cleanup);

const matcher = compileMatcher(MATCH_INDEX);
const recognized = (text: string, termId: string): PageMention => {
  const m = findMentions(matcher, text).find((found: Mention) => found.termId === termId)!;
  const { termId: id, kind, category, confidence, why } = m;
  const context = text;
  return {
    index: 0,
    frameId: 0,
    frameUrl: 'https://example.com/',
    termId: id,
    kind,
    category,
    text: m.text,
    context,
    confidence,
    why,
  };
};

function whyLine(mention: PageMention, language: 'en' | 'es'): string {
  const t = createTranslator(language);
  render(
    <CardActions
      t={t}
      mention={mention}
      notice={null}
      citation={null}
      canCite
      onCopyCitation={() => {}}
      onHide={() => {}}
      onSiteOff={() => {}}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: t('card.action.why') }));
  return document.querySelector('.why')!.textContent!;
}

describe('the reason for a highlight, in the reader’s language', () => {
  test('an unambiguous name', () => {
    const litio = recognized('El litio de Sonora atrae inversiones.', 'lithium');
    expect(whyLine(litio, 'es')).toMatch(/^«litio»: Nombre inequívoco\. Confianza [\d.,]+[\s\u00A0]?%\.$/);
    cleanup();
    expect(whyLine(litio, 'en')).toMatch(/^“litio”: Unambiguous name\. Confidence [\d.,]+%\.$/);
  });

  test('an ambiguous word kept for the evidence around it, quoted from the page', () => {
    const lead = recognized('Lead prices rose as the smelter restarted.', 'lead');
    expect(whyLine(lead, 'en')).toMatch(
      /^“Lead”: "Lead" has other meanings; kept for: .*"smelter" \(mining\)/,
    );
    cleanup();
    const es = whyLine(lead, 'es');
    expect(es).toMatch(/^«Lead»: «Lead» tiene otros significados; se resalta por: .*«smelter» \(minería\)/);
    expect(es).not.toMatch(/kept|mining|has other meanings|Confidence/);
  });

  test('the JSON export words the reason in the export’s language', () => {
    const lead = recognized('Lead prices rose as the smelter restarted.', 'lead');
    const page = { ...PAGE, mentions: [lead] };
    const exported = (locale: 'en' | 'es') =>
      JSON.parse(
        mentionsToJson({ page, lookup: LOOKUP, exportedAt: new Date('2026-11-22T14:03:09Z') }, locale),
      ).mentions[0].reason as string;
    expect(exported('en')).toMatch(/kept for: .*"smelter" \(mining\)/);
    expect(exported('es')).toMatch(/se resalta por: .*«smelter» \(minería\)/);
  });
});

test('every lexicon rule and cue topic the recognizer can quote has words in the other language', async () => {
  const { SENSES_EN } = await import('@/lib/recognize/lexicon/senses-en');
  const { SENSES_ES } = await import('@/lib/recognize/lexicon/senses-es');
  const { GENERIC_BEFORE, GENERIC_AFTER } = await import('@/lib/recognize/lexicon/senses-generic');
  const { CUE_GROUPS } = await import('@/lib/recognize/lexicon/cues');
  const { reasonInWords } = await import('@/lib/i18n/reason-words');
  type Rules = readonly {
    before?: readonly (readonly unknown[])[];
    after?: readonly (readonly unknown[])[];
  }[];
  const labels = (rules: Rules) =>
    rules
      .flatMap((s) => [...(s.before ?? []), ...(s.after ?? [])])
      .flatMap(([, , label]) => (label ? [String(label)] : []));
  const same = (code: 'rule' | 'topic', locale: 'en' | 'es') => (detail: string) =>
    reasonInWords({ code, detail, weight: 1 }, locale) === detail;
  const topics = [
    ...CUE_GROUPS.map((g) => g.topic),
    ...[...SENSES_EN, ...SENSES_ES].flatMap((s) => Object.keys(s.topical ?? {})),
  ];
  expect(
    labels([...SENSES_EN, { before: GENERIC_BEFORE, after: GENERIC_AFTER }]).filter(same('rule', 'es')),
  ).toEqual([]);
  expect(labels(SENSES_ES).filter(same('rule', 'en'))).toEqual([]);
  expect(topics.filter(same('topic', 'es'))).toEqual([]);
});
