import { z } from 'zod/mini';
import type { HiddenWriteResult } from '@/lib/messaging';
import type { SenderRole } from '@/lib/background/sender-role';
import { HiddenOccurrenceSchema } from '@/lib/settings/hidden-occurrences';
import type { HiddenWriter } from '@/lib/settings/hidden-writer';

/**
 * The background's handler for hidden-occurrence writes (lib/messaging.ts, "Writes"), checked
 * with zod first. A content script names no page: it hides on, or shows again on, the page the
 * browser says its frame shows. The panel may show a page's occurrences again, or clear them all.
 */
export const HiddenRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hidden/hide'), occurrence: HiddenOccurrenceSchema }),
  z.strictObject({
    type: z.literal('hidden/unhide-all'),
    url: z.optional(z.string().check(z.maxLength(2048))),
  }),
  z.strictObject({ type: z.literal('hidden/clear') }),
]);

export async function handleHiddenRequest(
  message: unknown,
  role: SenderRole,
  hidden: HiddenWriter,
): Promise<HiddenWriteResult> {
  const parsed = HiddenRequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false };
  const request = parsed.data;
  try {
    if (request.type === 'hidden/clear') {
      return role.kind === 'panel' ? { ok: true, items: await hidden.clear() } : { ok: false };
    }
    if (request.type === 'hidden/hide') {
      // Only a content script hides, and only on the page its frame shows.
      return role.kind === 'page'
        ? { ok: true, items: await hidden.hide(role.url, request.occurrence) }
        : { ok: false };
    }
    // A content script shows its own page's again (naming none); the panel names the page.
    if (role.kind === 'page' && request.url === undefined)
      return { ok: true, items: await hidden.unhideAll(role.url) };
    if (role.kind === 'panel' && request.url !== undefined)
      return { ok: true, items: await hidden.unhideAll(request.url) };
    return { ok: false };
  } catch {
    return { ok: false };
  }
}
