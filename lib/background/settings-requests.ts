import { z } from 'zod/mini';
import type { ResponseMap } from '@/lib/messaging';
import type { SenderRole } from '@/lib/background/sender-role';
import type { SettingsChange } from '@/lib/settings/adapter';
import type { HiddenWriter } from '@/lib/settings/hidden-writer';
import type { Settings } from '@/lib/settings/schema';
import type { SettingsWriter } from '@/lib/settings/settings-writer';

/**
 * The background's handler for settings writes (lib/messaging.ts, "Writes"). Every request is
 * checked with zod before anything is read, and against who sent it: the panel may change
 * anything; a content script may only switch its own frame's site off, named by the browser.
 */
const CategoryChangeSchema = z.strictObject({
  op: z.literal('set-category'),
  id: z.string().check(z.maxLength(40)),
  change: z.record(z.string(), z.unknown()),
});
const SiteToggleSchema = z.strictObject({
  op: z.literal('toggle-site'),
  hostname: z.string().check(z.maxLength(2048)),
});
// Field values are checked by the writer (SettingsSchema, strict) against the stored settings.
const PatchSchema = z.record(z.string().check(z.regex(/^[a-zA-Z]{1,40}$/)), z.unknown());

export const SettingsRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('settings/change'),
    change: z.union([SiteToggleSchema, CategoryChangeSchema, PatchSchema]),
  }),
  z.strictObject({ type: z.literal('settings/replace'), settings: z.record(z.string(), z.unknown()) }),
  z.strictObject({ type: z.literal('settings/reset') }),
  z.strictObject({ type: z.literal('settings/site-off') }),
]);

type SettingsResponse = ResponseMap['settings/change'] | ResponseMap['settings/site-off'];
const refused = { ok: false, reason: 'refused' } as const;

export async function handleSettingsRequest(
  message: unknown,
  role: SenderRole,
  writers: { settings: SettingsWriter; hidden: HiddenWriter },
): Promise<SettingsResponse> {
  const parsed = SettingsRequestSchema.safeParse(message);
  if (!parsed.success) return refused;
  const request = parsed.data;
  if (request.type === 'settings/site-off') {
    if (role.kind !== 'page') return refused;
    return attempt(() => writers.settings.siteOff(new URL(role.url).hostname));
  }
  if (role.kind !== 'panel') return refused;
  if (request.type === 'settings/reset') {
    // Reset forgets everything the reader kept, hidden occurrences included.
    return attempt(async () => {
      const loaded = await writers.settings.reset();
      await writers.hidden.clear();
      return { ok: true, loaded };
    });
  }
  return attempt(async () => ({
    ok: true,
    loaded:
      request.type === 'settings/replace'
        ? await writers.settings.replace(request.settings as Settings)
        : await writers.settings.change(request.change as SettingsChange),
  }));
}

/** A write that throws (an invalid patch, a full list, storage failing) answers instead of rejecting. */
async function attempt<T>(write: () => Promise<T>): Promise<T | { ok: false; reason: 'refused' | 'failed' }> {
  try {
    return await write();
  } catch (error) {
    return { ok: false, reason: isRefusal(error) ? 'refused' : 'failed' };
  }
}

// An invalid value (zod) or a site-list rule; anything else is storage failing.
const isRefusal = (error: unknown) =>
  error instanceof Error && ['ZodError', '$ZodError', 'SiteListError'].includes(error.name);
