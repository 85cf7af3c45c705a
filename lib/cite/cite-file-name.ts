/** "citation-globalwire.example-2026-12-06.bib": the site and the day, safe as a file name anywhere. */
export function citeFileName(pageUrl: string, extension: string, now: Date): string {
  let host = 'page';
  try {
    host = new URL(pageUrl).hostname.replace(/^www\./, '').replace(/[^a-z0-9.-]/gi, '-') || 'page';
  } catch {
    // Keep "page".
  }
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `citation-${host}-${day}.${extension}`;
}
