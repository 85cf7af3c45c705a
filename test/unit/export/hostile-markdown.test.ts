import { describe, expect, test } from 'vitest';
import { escapeMarkdown, markdownLink } from '@/lib/export/escape-markdown';
import { mentionsToMarkdown } from '@/lib/export/markdown';
import { createTranslator } from '@/lib/i18n/translate';
import type { PageMention } from '@/lib/messaging';
import { LOOKUP, PAGE } from '../panel/mention-fixture';
import { gfmAutolinks, renderedText } from './gfm-autolinks';

const en = createTranslator('en');

// Text a hostile page could put in its title or around a mention, each a live link in GFM as is.
const HOSTILE = [
  'Lithium deal, details at www.lithium-deal.example today',
  'Lithium: read https://evil.example/login?next=lithium now',
  'Lithium: HTTP://EVIL.EXAMPLE and WWW.EVIL.EXAMPLE',
  'Write to press@lithium.example for the lithium report',
  'Lithium (mailto:press@lithium.example) and xmpp:desk@chat.example',
  'Lithium *www.evil.example* _https://evil.example_ ~press@evil.example~',
  'Lithium ftp://files.example/report and first.last+tag@mail.evil.example',
];

function exportWith(text: string, mention: Partial<PageMention> = {}): string {
  const lithium = PAGE.mentions.find((m) => m.termId === 'lithium')!;
  const page = { ...PAGE, title: text, mentions: [{ ...lithium, context: text, ...mention }] };
  return mentionsToMarkdown({ page, lookup: LOOKUP, exportedAt: new Date('2026-11-22T14:03:09Z') }, en);
}

describe('Markdown a renderer cannot link', () => {
  test.each(HOSTILE)('no bare link in a title and snippet of %j', (text) => {
    const markdown = exportWith(text);
    expect(markdown).toContain(`<${PAGE.url}>`);
    expect(gfmAutolinks(markdown)).toEqual([]);
  });

  test('a mention inside an address or a domain does not rejoin it', () => {
    for (const [context, text] of [
      ['mail lithium@miner.example today', 'lithium'],
      ['see www.lithium.example today', 'lithium'],
      ['see https://lithium.example today', 'lithium'],
      ['galliumwww.evil.example', 'gallium'],
    ] as const) {
      const markdown = exportWith(context, { text });
      expect(markdown).toContain('**');
      expect(gfmAutolinks(markdown)).toEqual([]);
    }
  });

  test('the text stays readable: addresses are shown defanged, not dropped', () => {
    const seen = renderedText(escapeMarkdown(HOSTILE[4]!));
    expect(seen).toBe('Lithium (mailto:press[@]lithium.example) and xmpp:desk[@]chat.example');
    expect(renderedText(escapeMarkdown('see www.lithium.example or https://x.example'))).toBe(
      'see www[.]lithium.example or https[:]//x.example',
    );
  });

  test('handles and at signs that cannot form an address are left alone', () => {
    expect(escapeMarkdown('@lithium_news says 5 @ $20')).toBe('@lithium\\_news says 5 @ \\$20');
  });

  test('a non-http page URL is shown as text, and not as a bare link either', () => {
    expect(gfmAutolinks(markdownLink('ftp://files.example/x'))).toEqual([]);
  });
});
