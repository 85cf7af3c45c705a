import { z } from 'zod/mini';
import { CITE_FORMATS, type CiteOutput } from '@/lib/cite/format-names';
import type { PageMetadata } from '@/lib/cite/page-metadata';
import type { EntryDetails } from '@/lib/dataset/entry-details';
import type { NotebookWriteResult } from '@/lib/notebook/notebook-messages';
import type {
  HiddenWriteResult,
  MentionList,
  PageMention,
  QuoteFound,
  RevealResult,
  SettingsWriteResult,
  SiteOffWriteResult,
} from '@/lib/messaging';
import type { ProbeAnswer } from '@/lib/background/probe-frame';
import type { NameKind } from '@/lib/recognize/name-kind';
import type { BlockJudgement } from '@/lib/recognize/block-judgement';
import { MAX_BLOCKS_PER_REQUEST } from '@/lib/recognize/block-limits';
import { fitsProbe, MAX_NAME_TEST_CHARS, MAX_PROBE_BLOCKS } from './probe-limits';
import { HiddenOccurrenceSchema } from '@/lib/settings/hidden-occurrences';
import { lazySchema as lazy } from '@/lib/lazy-schema';

/**
 * Every message between the extension's contexts, declared once (hypothesis's port-rpc-calls
 * pattern): who sends it, who receives it, which file answers, the request's shape (zod/mini, so
 * a message is checked before any handler sees it) and the reply's type. The union of messages,
 * the guard and the reply map (./types.ts) are derived from this object; docs/architecture.md's
 * message table is checked against it. Adding a message is one row here and one handler.
 */
interface Row {
  from: string;
  to: string;
  /** The file whose handler answers (a path the architecture test checks exists). */
  answeredBy: string;
  doc: string;
  /** The message's fields besides `type`. */
  request: z.ZodMiniType;
  /** What the handler answers: its type for the compiler, its name for the table (`void`: nothing). */
  reply: unknown;
}

// Every request schema is built on first use (lib/lazy-schema.ts): the content script holds this
// table in every frame with text, and most frames never get a message.

/** The reply column: typed as the reply, holding the type's name for docs/architecture.md. */
const as = <T>(name: string) => name as unknown as T;

const index = lazy(() => z.int());
// No fields besides `type`. Typed as `{}`: zod's `Record<string, never>` would make `type` impossible.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export const noFields = lazy(() => z.strictObject({})) as unknown as z.ZodMiniType<{}>;
const direction = lazy(() => z.enum(['next', 'previous']));
const position = lazy(() => z.strictObject({ at: index, count: index }));
// Lists of mentions come from our own content scripts: only their shape is checked here, each
// mention is not (5,000 of them would make the top frame's check a long task).
const mentions = lazy(() => z.custom<PageMention[]>((value) => Array.isArray(value)));
const url = lazy(() => z.string().check(z.maxLength(2048)));
// Settings values are checked by the writer (SettingsSchema, strict) against the stored settings.
const CategoryChangeSchema = lazy(() =>
  z.strictObject({
    op: z.literal('set-category'),
    id: z.string().check(z.maxLength(40)),
    change: z.record(z.string(), z.unknown()),
  }),
);
const SiteToggleSchema = lazy(() => z.strictObject({ op: z.literal('toggle-site'), hostname: url }));
// A notebook quote to find again: only an http(s) article is opened, and its selector is bounded.
const QuoteSelectorSchema = lazy(() =>
  z.strictObject({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().check(z.minLength(1), z.maxLength(2000)),
    prefix: z.string().check(z.maxLength(500)),
    suffix: z.string().check(z.maxLength(500)),
  }),
);
const PatchSchema = lazy(() => z.record(z.string().check(z.regex(/^[a-zA-Z]{1,40}$/)), z.unknown()));

const PANEL = 'panel';
const BACKGROUND = 'background';
const CONTENT_MESSAGES = 'lib/page/content-messages.ts';
const BACKGROUND_MESSAGES = 'lib/background/background-messages.ts';

export const MESSAGES = {
  'mentions/list': {
    reply: as<MentionList>('MentionList'),
    from: PANEL,
    to: 'top frame',
    answeredBy: CONTENT_MESSAGES,
    doc: "The whole tab's mentions: the top frame's, then each shown sub-frame's (lib/page/frame-relay.ts).",
    request: noFields,
  },
  'mentions/reveal': {
    reply: as<RevealResult>('RevealResult'),
    from: PANEL,
    to: 'owning frame',
    answeredBy: CONTENT_MESSAGES,
    doc: 'Scrolls to a mention and flashes it, without opening its card. A frame answers only for its own mentions.',
    request: lazy(() => z.strictObject({ index })),
  },
  'card/open': {
    reply: as<RevealResult>('RevealResult'),
    from: `${PANEL}; ${BACKGROUND} for the shortcut`,
    to: 'owning frame',
    answeredBy: CONTENT_MESSAGES,
    doc: 'Scrolls to a mention, flashes it and opens its card pinned; the live region says where it is (`position`: in the whole tab, when the shortcut counted across frames).',
    request: lazy(() => z.strictObject({ index, position: z.optional(position) })),
  },
  'card/jump': {
    reply: as<RevealResult>('RevealResult'),
    from: `${BACKGROUND} (lib/background/mention-shortcut.ts)`,
    to: 'top frame',
    answeredBy: CONTENT_MESSAGES,
    doc: 'The next/previous-mention shortcut: moves through the same all-frames list the panel shows (lib/card/mention-jump.ts).',
    request: lazy(() => z.strictObject({ direction })),
  },
  'card/open-in-frame': {
    reply: as<RevealResult | undefined>('RevealResult | undefined'),
    from: 'top frame (the shortcut)',
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: "The shortcut reached a sub-frame's mention: the background sends `card/open` to that frame of the sender's tab and returns its answer.",
    request: lazy(() => z.strictObject({ frameId: index, index, position })),
  },
  'entry/get': {
    reply: as<EntryDetails | null>('EntryDetails | null'),
    from: 'content script (card)',
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: "An entry's details for the card (null for an unknown id): the content script carries only the match index.",
    request: lazy(() => z.strictObject({ id: z.string().check(z.maxLength(200)) })),
  },
  'recognize/blocks': {
    reply: as<BlockJudgement[]>('BlockJudgement[]'),
    from: 'content script (a frame with text)',
    to: BACKGROUND,
    answeredBy: 'lib/background/recognize-blocks.ts',
    doc: "Judges blocks of a page's text (lib/recognize/block-judgement.ts): one warm recognizer for every tab, where each frame compiled its own. The frame decides the mentions under its own page evidence; the text never leaves the browser.",
    request: lazy(() =>
      z.strictObject({
        texts: z.array(z.string()).check(z.maxLength(MAX_BLOCKS_PER_REQUEST)),
        languages: z.array(z.enum(['en', 'es', 'fr'])).check(z.maxLength(3)),
      }),
    ),
  },
  'name/test': {
    reply: as<NameKind>('NameKind'),
    from: 'content script (a frame with text)',
    to: BACKGROUND,
    answeredBy: 'lib/background/name-test.ts',
    doc: 'What a chunk of a frame\'s text may name, asked before the frame loads its engine (lib/page/frame-text.ts): nothing, only ambiguous words such as "lead" or "tin", or a sure name (lib/recognize/name-starts.ts). The test runs warm in the background for every frame; the text is not kept.',
    request: lazy(() => z.strictObject({ text: z.string().check(z.maxLength(MAX_NAME_TEST_CHARS)) })),
  },
  'probe/frame': {
    reply: as<ProbeAnswer>('ProbeAnswer'),
    from: 'content script (a frame whose text names only ambiguous words)',
    to: BACKGROUND,
    answeredBy: 'lib/background/probe-frame.ts',
    doc: 'Whether a frame\'s blocks of text would show any mention under the user\'s settings, asked before the frame loads its engine (lib/page/probe-frame.ts): a page whose only possible names are words such as "lead" or "tin" mostly names none. The answer is no, or yes with the judgements it made, which the frame\'s engine then does not ask for again; the text is not kept.',
    request: lazy(() =>
      z.strictObject({
        texts: z.array(z.string()).check(z.maxLength(MAX_PROBE_BLOCKS), z.refine(fitsProbe)),
      }),
    ),
  },
  'page/metadata': {
    reply: as<PageMetadata | null | undefined>('PageMetadata | null | undefined'),
    from: `${PANEL}, background (notebook)`,
    to: 'top frame',
    answeredBy: CONTENT_MESSAGES,
    doc: "What the top frame's document says about itself (lib/cite/page-metadata.ts), to cite or keep the page: read once per address by the frame's one reader (lib/page/page-metadata-reader.ts), null when its head cannot be read.",
    request: noFields,
  },
  'cite/figure': {
    reply: as<CiteOutput | null>('CiteOutput | null'),
    from: 'content script (card)',
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: "The sources behind an entry's figures and facts as citations in one format (lib/cite/), so the formatters never ship in the content script; `seen` is the card's page, the background adds the day of access.",
    request: lazy(() =>
      z.strictObject({
        id: z.string().check(z.maxLength(200)),
        format: z.enum(CITE_FORMATS),
        locale: z.enum(['en', 'es']),
        seen: z.strictObject({ url, title: z.string().check(z.maxLength(2000)) }),
      }),
    ),
  },
  'notebook/record': {
    reply: as<NotebookWriteResult | undefined>('NotebookWriteResult | undefined'),
    from: 'top frame, only while the notebook setting is on (lib/notebook/notebook-feed.ts)',
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: "The page's mention list and metadata, for the notebook; the background refuses a private tab and re-reads the setting itself.",
    request: lazy(() =>
      z.strictObject({
        list: z.custom<MentionList>(
          (value) =>
            typeof value === 'object' &&
            value !== null &&
            typeof (value as MentionList).url === 'string' &&
            Array.isArray((value as MentionList).mentions),
        ),
        metadata: z.custom<PageMetadata | null>((value) => typeof value === 'object'),
      }),
    ),
  },
  'notebook/save': {
    reply: as<NotebookWriteResult | undefined>('NotebookWriteResult | undefined'),
    from: PANEL,
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: '"Save this page to the notebook": the background reads the tab\'s list and metadata and keeps the page once, notebook on or off (never a private tab).',
    request: lazy(() => z.strictObject({ tabId: index })),
  },
  'notebook/open-quote': {
    reply: as<QuoteFound | undefined>('QuoteFound | undefined'),
    from: 'notebook page (refused from any other sender)',
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: "A quote's link, activated: the background opens its text-fragment link in a new tab, waits for that tab's top frame to answer and sends it `page/find-quote`, the fallback for a page that changed (lib/background/open-quote.ts).",
    request: lazy(() =>
      z.strictObject({ url: url.check(z.regex(/^https?:\/\//i)), selector: QuoteSelectorSchema }),
    ),
  },
  'page/find-quote': {
    reply: as<QuoteFound>('QuoteFound'),
    from: `${BACKGROUND} (notebook/open-quote)`,
    to: 'top frame',
    answeredBy: CONTENT_MESSAGES,
    doc: "Finds a notebook quote in the page's visible text by its TextQuoteSelector and, unless it is already in view, scrolls to it and flashes it (lib/page/find-quote.ts); says whether it was found.",
    request: lazy(() => z.strictObject({ selector: QuoteSelectorSchema })),
  },
  'probe/settings-changed': {
    reply: as<void>('void'),
    from: BACKGROUND,
    to: 'every frame of every tab',
    answeredBy: 'lib/page/message-gate.ts',
    doc: 'The stored settings changed (storage.onChanged, in the background): a frame whose probe said no asks again, as a category switched on, a lower threshold or the site switched back on may make it a yes. It saves each such frame binding the storage API and waking on every write to storage. Frames whose engine runs watch the settings themselves and ignore it.',
    request: noFields,
  },
  'frame/mentions': {
    reply: as<void>('void'),
    from: 'sub-frame, relayed by the background',
    to: `${BACKGROUND}, then top frame`,
    answeredBy: `${BACKGROUND_MESSAGES}, ${CONTENT_MESSAGES}`,
    doc: "A sub-frame's mention list, pushed when it changes; the background stamps the sender's frame id and URL and relays it to frame 0.",
    request: lazy(() =>
      z.strictObject({
        url,
        mentions,
        /** Set by a direct child of the top frame: the claim it also posted to its parent window. */
        claim: z.optional(z.string().check(z.maxLength(100))),
        frameId: z.optional(index),
      }),
    ),
  },
  'frame/hello': {
    reply: as<void>('void'),
    from: 'top frame',
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: 'The top frame started or was asked for its list: the background asks every frame of the tab to push again.',
    request: noFields,
  },
  'frame/resend': {
    reply: as<void>('void'),
    from: BACKGROUND,
    to: 'every frame',
    answeredBy: CONTENT_MESSAGES,
    doc: 'Sub-frames push their list again (`frame/mentions`), with visibility judged anew.',
    request: noFields,
  },
  'settings/change': {
    reply: as<SettingsWriteResult>('SettingsWriteResult'),
    from: PANEL,
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: 'A patch, a category change or a site toggle, applied by the one writer to the latest stored settings.',
    request: lazy(() =>
      z.strictObject({ change: z.union([SiteToggleSchema, CategoryChangeSchema, PatchSchema]) }),
    ),
  },
  'settings/replace': {
    reply: as<SettingsWriteResult>('SettingsWriteResult'),
    from: PANEL,
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: 'An imported settings file replaces every setting.',
    request: lazy(() => z.strictObject({ settings: z.record(z.string(), z.unknown()) })),
  },
  'settings/reset': {
    reply: as<SettingsWriteResult>('SettingsWriteResult'),
    from: PANEL,
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: 'Every setting back to its default; also forgets every hidden occurrence.',
    request: noFields,
  },
  'settings/site-off': {
    reply: as<SiteOffWriteResult>('SiteOffWriteResult'),
    from: 'content script (card)',
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: "Switches highlighting off on the sender frame's own site, which the background reads off `sender.url`.",
    request: noFields,
  },
  'hidden/hide': {
    reply: as<HiddenWriteResult>('HiddenWriteResult'),
    from: 'content script (card)',
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: '"Not the mineral here": remembers one occurrence for the sender frame\'s page.',
    request: lazy(() => z.strictObject({ occurrence: HiddenOccurrenceSchema })),
  },
  'hidden/unhide-all': {
    reply: as<HiddenWriteResult>('HiddenWriteResult'),
    from: 'content script (no url), panel (with url)',
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: "Forgets a page's hidden occurrences: a content script's own page, or the page the panel names.",
    request: lazy(() => z.strictObject({ url: z.optional(url) })),
  },
  'hidden/clear': {
    reply: as<HiddenWriteResult>('HiddenWriteResult'),
    from: PANEL,
    to: BACKGROUND,
    answeredBy: BACKGROUND_MESSAGES,
    doc: 'Forgets every hidden occurrence on every page.',
    request: noFields,
  },
} satisfies Record<string, Row>;
