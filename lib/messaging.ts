/**
 * The data that travels in messages between the panel, the background and the content scripts.
 * The messages themselves, who sends each and who answers, are declared once in
 * ./messaging/catalogue.ts; docs/architecture.md explains how frames share one list.
 */
import type { CiteFormat } from '@/lib/cite/format-names';
import type { EntryKind } from '@/lib/recognize/match-index';
import type { Explanation } from '@/lib/recognize/reason-codes';
import type { LoadedSettings } from '@/lib/settings/adapter';
import type { HiddenOccurrence } from '@/lib/settings/hidden-occurrences';
import type { SiteOffResult } from '@/lib/settings/sites';

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

/** Whether a notebook quote's exact text is still on its page (lib/page/find-quote.ts). */
export interface QuoteFound {
  found: boolean;
}

/**
 * The name of the port each content script opens to the background and never writes to: its
 * disconnect is how a content script learns, at once, that the extension was updated, reloaded or
 * disabled (lib/page/extension-life.ts).
 */
export const LIFE_PORT = 'mineral-lens/life';

/** The card's citation format choice: its own plain citation, or one the background formats. */
export type CardCiteFormat = 'plain' | CiteFormat;

/** Which way the card's previous/next and the next/previous-mention shortcut move. */
export type StepDirection = 'next' | 'previous';

/** `refused`: invalid or not allowed from this sender; `failed`: storage would not take it. */
export type SettingsWriteResult =
  { ok: true; loaded: LoadedSettings } | { ok: false; reason: 'refused' | 'failed' };
export type HiddenWriteResult = { ok: true; items: HiddenOccurrence[] } | { ok: false };

export type SiteOffWriteResult = SiteOffResult | { ok: false; reason: 'refused' | 'failed' };
