import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A fixture page from test/fixtures/cite parsed as a Document (tests run under happy-dom). */
export function fixtureDoc(name: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../../fixtures/cite', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

export const htmlDoc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
