import { NOTEBOOK_FORMAT_VERSION, NotebookFileSchema, type NotebookFile } from '../records';
import type { CapturedRecords } from '../capture';
import type { NotebookData } from '../notebook-query';

/**
 * The notebook as JSON (docs/notebook-format.md): the stored records as they are, with a format
 * marker and a version, so a file restores a notebook on another machine without losing a field.
 * Importing merges by key (page address, quote id), so the same file twice adds nothing.
 */
export function toNotebookJson(data: NotebookData, exported: Date): string {
  const file: NotebookFile = {
    format: 'mineral-lens-notebook',
    version: NOTEBOOK_FORMAT_VERSION,
    exported: exported.toISOString(),
    pages: data.pages,
    mentions: data.mentions,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const MAX_NOTEBOOK_IMPORT_BYTES = 50_000_000;

export type NotebookImport = { ok: true; records: CapturedRecords[] } | { ok: false; reason: string };

export function parseNotebookJson(text: string): NotebookImport {
  if (text.length > MAX_NOTEBOOK_IMPORT_BYTES) return { ok: false, reason: 'too large' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = NotebookFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}` };
  }
  // A quote is filed under its page: one whose page is not in the file is left out.
  const byPage = Map.groupBy(parsed.data.mentions, (m) => m.page);
  return {
    ok: true,
    records: parsed.data.pages.map((page) => ({ page, mentions: byPage.get(page.url) ?? [] })),
  };
}
