import { describe, expect, test } from 'vitest';
import { senderRole } from '@/lib/background/sender-role';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const role = (sender: Parameters<typeof senderRole>[0]) => senderRole(sender, ID, ORIGIN);

describe('who sent a write, from what the browser stamps on it', () => {
  test('the popup, and the panel opened in a tab, are the panel', () => {
    expect(role({ id: ID, url: `${ORIGIN}popup.html` })).toEqual({ kind: 'panel' });
    expect(
      role({ id: ID, url: `${ORIGIN}popup.html?tab=3`, tab: { id: 9, url: `${ORIGIN}popup.html?tab=3` } }),
    ).toEqual({
      kind: 'panel',
    });
  });

  test('a content script acts for the frame it runs in', () => {
    expect(
      role({ id: ID, url: 'https://news.example/a?b=1', tab: { id: 2, url: 'https://top.example/' } }),
    ).toEqual({
      kind: 'page',
      url: 'https://news.example/a?b=1',
    });
  });

  test('anything else is nobody: another extension, no tab, another scheme, an extension page framed in a site', () => {
    expect(role({ id: 'other', url: `${ORIGIN}popup.html` }).kind).toBe('unknown');
    expect(role({ id: ID, url: 'https://news.example/' }).kind).toBe('unknown');
    expect(role({ id: ID, url: 'file:///tmp/a.html', tab: { id: 1 } }).kind).toBe('unknown');
    expect(
      role({ id: ID, url: `${ORIGIN}popup.html`, tab: { id: 1, url: 'https://evil.example/' } }).kind,
    ).toBe('unknown');
    expect(role({}).kind).toBe('unknown');
  });
});
