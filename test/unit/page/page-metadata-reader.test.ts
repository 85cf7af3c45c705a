// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { createMetadataReader } from '@/lib/page/page-metadata-reader';

const titled = (title: string) =>
  `<meta property="og:title" content="${title}"><meta property="og:site_name" content="Example News">`;

test('one read per address: the panel and the notebook get the same answer; a new address is read afresh', () => {
  document.head.innerHTML = titled('Lithium deal signed');
  let address = 'https://news.example/a';
  const read = createMetadataReader(document, () => address);
  expect(read()?.title).toBe('Lithium deal signed');
  // The page edits its head later (an ad script, a live blog): the same address keeps the first read.
  document.head.innerHTML = titled('Something else');
  expect(read()?.title).toBe('Lithium deal signed');
  // A single-page site moves to another story.
  address = 'https://news.example/b';
  expect(read()?.title).toBe('Something else');
  expect(read()?.url).toBe('https://news.example/b');
});

test('a head that cannot be read gives null, not an error, and the next address is read again', () => {
  let address = 'https://news.example/a';
  const hostile = new Proxy(document, {
    get: (target, key) => {
      if (key === 'querySelectorAll' || key === 'head') throw new Error('no');
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  const read = createMetadataReader(hostile, () => address);
  expect(read()).toBeNull();
  address = 'https://news.example/b';
  expect(read()).toBeNull();
});
