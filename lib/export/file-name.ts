export type ExportFormat = 'csv' | 'json' | 'md';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  md: 'text/markdown;charset=utf-8',
};

/** "mineral-lens-example.com-2026-11-22.csv": the site and the day, safe as a file name anywhere. */
export function exportFileName(pageUrl: string, format: ExportFormat, now: Date): string {
  let host = 'page';
  try {
    host = new URL(pageUrl).hostname.replace(/[^a-z0-9.-]/gi, '-') || 'page';
  } catch {
    // Keep "page".
  }
  return `mineral-lens-${host}-${now.toISOString().slice(0, 10)}.${format}`;
}
