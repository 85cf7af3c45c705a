/**
 * The typed message protocol between the panel, the background and the content scripts. Types and
 * guards only: each side sends with `browser.*.sendMessage` in its own entrypoint.
 *
 * Frames. Every frame runs the content script and highlights its own text; every frame keeps its
 * own mentions, numbered by its own `index`. The TOP frame answers the panel for the whole tab:
 *  - The panel sends `mentions/list` to frame 0 only: `tabs.sendMessage(tabId, msg, { frameId: 0 })`
 *    (no permission needed; the tab id comes from `tabs.query({ active: true, currentWindow: true })`).
 *  - Sub-frames push their list (`frame/mentions`) to the background whenever it changes; the
 *    background stamps the sender's frame id and relays it to frame 0, which keeps the latest list
 *    per frame and answers with its own mentions followed by each frame's. When frame 0 starts it
 *    sends `frame/hello`, and the background asks every frame (`frame/resend`) to push again, so
 *    a sub-frame that finished first is not lost. No webNavigation permission, no polling.
 *  - A sub-frame lists nothing while it is not shown (frame-visibility.ts): a viewport under
 *    MIN_FRAME_SIDE pixels, or a frame element the top frame sees as hidden. A direct child of the
 *    top frame posts a random `claim` to its parent window with each push, so the top frame can
 *    tell which <iframe> element holds it (MessageEvent.source), and sends the same claim in
 *    `frame/mentions`; the top frame lists a direct child only once a claim ties it to a shown
 *    element. The background stamps each push with the sender's frame id and URL.
 *  - While the panel is open it asks for the list every few seconds; each `mentions/list` makes
 *    the top frame send `frame/hello` again, so sub-frames push again with visibility judged anew
 *    (a tab or an accordion opened in a frame).
 *  - `mentions/reveal` and `card/open` go to the frame that owns the mention:
 *    `tabs.sendMessage(tabId, msg, { frameId: mention.frameId })`.
 * A cross-origin frame works the same way; the top frame never reads another frame's DOM.
 */
import type { EntryDetails } from '@/lib/dataset/entry-details';
import type { EntryKind } from '@/lib/recognize/match-index';
import type { Explanation } from '@/lib/recognize/reason-codes';
import type { LoadedSettings, SettingsChange } from '@/lib/settings/adapter';
import type { HiddenOccurrence } from '@/lib/settings/hidden-occurrences';
import type { Settings } from '@/lib/settings/schema';
import type { SiteOffResult } from '@/lib/settings/settings-writer';

export interface PageMention {
  /**
   * The mention's handle within its frame for this page (a load, or an SPA route): unique, stable
   * while the page lives, never reused. Not a position: lists come in document order.
   */
  index: number;
  /** 0 for the top frame; the background's frame id for sub-frames. */
  frameId: number;
  /**
   * The address of the document the mention is in: the page's for the top frame, the frame's own
   * for a sub-frame (an embedded article, a widget from another site), so nothing is filed under
   * an address that did not say it.
   */
  frameUrl: string;
  termId: string;
  kind: EntryKind;
  category: string;
  /** The text as written on the page. */
  text: string;
  /** About 120 characters around the mention, cut at word boundaries. */
  context: string;
  confidence: number;
  /** Why it is highlighted, as codes: lib/i18n/reason-words.ts words it in the reader's language. */
  why: Explanation;
}

export interface MentionList {
  url: string;
  title: string;
  /** The page's declared language (`<html lang>`), or "" when it declares none. */
  lang: string;
  /** Mentions above the confidence threshold in categories that are on, in document order, top frame first. */
  mentions: PageMention[];
}

/** `unsupported`: the frame cannot show a card (it has no card, e.g. a page without a body). */
export type RevealResult = { ok: true } | { ok: false; reason: 'unknown-mention' | 'off' | 'unsupported' };

/** Panel -> content script. */
export type PanelRequest =
  | { type: 'mentions/list' }
  | { type: 'mentions/reveal'; index: number }
  /** Opens the card of a mention, pinned, after scrolling it into view. */
  | { type: 'card/open'; index: number };

/** Between content scripts and the background, for the frame aggregation described above. */
export type FrameMessage =
  | {
      type: 'frame/mentions';
      url: string;
      mentions: PageMention[];
      /** Set by a direct child of the top frame: the claim it also posted to its parent window. */
      claim?: string;
      frameId?: number;
    }
  | { type: 'frame/hello' }
  | { type: 'frame/resend' };

/**
 * The name of the port each content script opens to the background and never writes to: its
 * disconnect is how a content script learns, at once, that the extension was updated, reloaded or
 * disabled (entrypoints/content/extension-life.ts).
 */
export const LIFE_PORT = 'mineral-lens/life';

/**
 * The card. `entry/get` goes from a content script to the background, which answers with the
 * entry's details (null for an unknown id): the content script carries only the match index.
 * `card/step` goes from the background to frame 0 of the active tab when the reader presses the
 * next/previous-mention shortcut (manifest `commands`).
 */
export type CardMessage = { type: 'entry/get'; id: string } | { type: 'card/step'; direction: StepDirection };
export type StepDirection = 'next' | 'previous';

/**
 * Writes to what the reader keeps (lib/settings/settings-messages.ts, hidden-messages.ts): the
 * background is the only writer of the settings and of the hidden occurrences, one queue each,
 * so changes from any number of tabs and frames all land. Everyone still reads storage directly.
 *  - From the panel (an extension page) only: `settings/change` (a patch or a site toggle, applied
 *    to the latest stored value), `settings/replace` (an import), `settings/reset` (also forgets
 *    every hidden occurrence), `hidden/clear`, and `hidden/unhide-all` with the page's `url`.
 *  - From a content script: `settings/site-off` and `hidden/hide`, `hidden/unhide-all` without a
 *    url. They carry no site or page: the background takes it from `sender.url`, the frame's own
 *    URL, so a frame can only ever affect its own site and page.
 */
export type StoreRequest =
  | { type: 'settings/change'; change: SettingsChange }
  | { type: 'settings/replace'; settings: Settings }
  | { type: 'settings/reset' }
  | { type: 'settings/site-off' }
  | { type: 'hidden/hide'; occurrence: HiddenOccurrence }
  | { type: 'hidden/unhide-all'; url?: string }
  | { type: 'hidden/clear' };

/** `refused`: invalid or not allowed from this sender; `failed`: storage would not take it. */
export type SettingsWriteResult =
  { ok: true; loaded: LoadedSettings } | { ok: false; reason: 'refused' | 'failed' };
export type HiddenWriteResult = { ok: true; items: HiddenOccurrence[] } | { ok: false };

export type ExtensionMessage = PanelRequest | FrameMessage | CardMessage | StoreRequest;

/** What the content script answers for each request. */
export interface ResponseMap {
  'mentions/list': MentionList;
  'mentions/reveal': RevealResult;
  'card/open': RevealResult;
  'entry/get': EntryDetails | null;
  'card/step': RevealResult;
  'settings/change': SettingsWriteResult;
  'settings/replace': SettingsWriteResult;
  'settings/reset': SettingsWriteResult;
  'settings/site-off': SiteOffResult | { ok: false; reason: 'refused' | 'failed' };
  'hidden/hide': HiddenWriteResult;
  'hidden/unhide-all': HiddenWriteResult;
  'hidden/clear': HiddenWriteResult;
}
export type ResponseTo<R extends PanelRequest | CardMessage | StoreRequest> = ResponseMap[R['type']];

const TYPES = new Set<string>([
  'mentions/list',
  'mentions/reveal',
  'card/open',
  'frame/mentions',
  'frame/hello',
  'frame/resend',
  'entry/get',
  'card/step',
  'settings/change',
  'settings/replace',
  'settings/reset',
  'settings/site-off',
  'hidden/hide',
  'hidden/unhide-all',
  'hidden/clear',
]);

/** Messages come only from the extension's own pages and scripts, but shapes are still checked. */
export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type } = value as { type?: unknown };
  if (typeof type !== 'string' || !TYPES.has(type)) return false;
  if (type === 'mentions/reveal' || type === 'card/open') {
    return Number.isInteger((value as { index?: unknown }).index);
  }
  if (type === 'frame/mentions') return Array.isArray((value as { mentions?: unknown }).mentions);
  if (type === 'entry/get') return typeof (value as { id?: unknown }).id === 'string';
  if (type === 'card/step') {
    const { direction } = value as { direction?: unknown };
    return direction === 'next' || direction === 'previous';
  }
  // Store requests are checked field by field (zod) by their handler, which also checks the sender.
  return true;
}
