import type { SiteOffWriteResult, SettingsWriteResult } from '@/lib/messaging';
import { parseMessage, type ExtensionMessage, type MessageOf, type ReplyTo } from '@/lib/messaging/messages';
import type { SenderRole } from '@/lib/background/sender-role';
import type { SettingsChange } from '@/lib/settings/adapter';
import type { HiddenWriter } from '@/lib/settings/hidden-writer';
import type { Settings } from '@/lib/settings/schema';
import type { SettingsWriter } from '@/lib/settings/settings-writer';

/**
 * The background's handler for settings writes (docs/architecture.md, "Writes"). Every request is
 * checked against its catalogue row (lib/messaging/catalogue.ts) before anything is read, and
 * against who sent it: the panel may change anything; a content script may only switch its own
 * frame's site off, named by the browser.
 */
type SettingsRequest = Extract<ExtensionMessage, { type: `settings/${string}` }>;
type SettingsResponse = SettingsWriteResult | SiteOffWriteResult;
const isSettingsRequest = (message: ExtensionMessage | null): message is SettingsRequest =>
  message?.type.startsWith('settings/') === true;
const refused = { ok: false, reason: 'refused' } as const;

type Writers = { settings: SettingsWriter; hidden: HiddenWriter };

/** Answers each request with its own reply type (the catalogue's), so the listener needs no cast. */
export function handleSettingsRequest<T extends SettingsRequest['type']>(
  message: MessageOf<T>,
  role: SenderRole,
  writers: Writers,
): Promise<ReplyTo<T>>;
/** Anything at all: what is not a valid settings request is refused. */
export function handleSettingsRequest(
  message: unknown,
  role: SenderRole,
  writers: Writers,
): Promise<SettingsResponse>;
export async function handleSettingsRequest(
  message: unknown,
  role: SenderRole,
  writers: Writers,
): Promise<SettingsResponse> {
  const request = parseMessage(message);
  if (!isSettingsRequest(request)) return refused;
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
