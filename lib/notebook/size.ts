/**
 * How much room the notebook takes, for Settings. The origin's usage (navigator.storage.estimate)
 * counts everything the extension stores, so the notebook's own records are counted too: the JSON
 * size of what is kept, which is also about the size of a full export.
 */
export interface NotebookSize {
  pages: number;
  mentions: number;
  bytes: number;
}

export function countSize(records: { pages: unknown[]; mentions: unknown[] }): NotebookSize {
  let bytes = 0;
  for (const record of [...records.pages, ...records.mentions]) bytes += JSON.stringify(record).length;
  return { pages: records.pages.length, mentions: records.mentions.length, bytes };
}

/** "12 KB", "3.4 MB": decimal units, as browsers show storage. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit > 0 && value < 10 ? 1 : 0;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}
