import { afterEach } from 'vitest';

/**
 * Pages and panels a test opens, closed after each test even when it fails: a panel left open
 * would take the next test's look-up. Call once at a test file's top level; wrap what you open.
 */
export function closeAfterEach(): <P extends { close(): Promise<void> }>(page: P) => P {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => void (await Promise.all(opened.splice(0).map((page) => page.close()))));
  return (page) => (opened.push(page), page);
}
