import type { HiddenOccurrence } from '@/lib/settings/hidden-occurrences';
import { loadHiddenOccurrences } from '@/lib/settings/storage';
import { sendToBackground, type SendStoreRequest } from '@/lib/settings/writer-client';

/**
 * What the panel's page view needs of the hidden occurrences ("not the mineral here") of the page
 * it shows: read them (storage, directly, as every context reads), and forget them through the
 * background's one writer, which refuses a page address from anyone but the panel.
 */
export interface HiddenPageAccess {
  load(url: string): Promise<HiddenOccurrence[]>;
  showAll(url: string): Promise<void>;
}

export function createHiddenPageAccess(
  send: SendStoreRequest = sendToBackground,
  load: (url: string) => Promise<HiddenOccurrence[]> = loadHiddenOccurrences,
): HiddenPageAccess {
  return {
    load,
    async showAll(url) {
      const answer = await send({ type: 'hidden/unhide-all', url });
      if (!answer?.ok) throw new Error('The hidden occurrences could not be shown again');
    },
  };
}
