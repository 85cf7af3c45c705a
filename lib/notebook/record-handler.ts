import { PageMetadataSchema, type PageMetadata } from '@/lib/cite/page-metadata';
import type { MentionList } from '@/lib/messaging';
import type { SenderRole } from '@/lib/background/sender-role';
import { captureRecords } from './capture';
import type { NotebookDatabase } from './database';
import type { NotebookMessage, NotebookWriteResult } from './notebook-messages';
import { savePages } from './notebook-store';

/**
 * The background's side of the notebook messages. What a private window shows is never kept: the
 * browser says whether the sender's tab is private (`sender.tab.incognito`), the page cannot.
 * Recording also needs the setting on, read from storage here, not trusted from the message.
 */
export interface RecordContext {
  role: SenderRole;
  /** From the browser's sender, never from the message. */
  incognito: boolean;
  db(): Promise<NotebookDatabase>;
  notebookOn(): Promise<boolean>;
  /** For `notebook/save`: the tab's privacy, list and metadata, asked from the browser and the tab. */
  readTab(tabId: number): Promise<{ incognito: boolean; list: MentionList; metadata: PageMetadata | null }>;
  now(): number;
}

export async function handleNotebookMessage(
  message: NotebookMessage,
  context: RecordContext,
): Promise<NotebookWriteResult | undefined> {
  if (message.type === 'notebook/record') {
    if (context.role.kind !== 'page') return { ok: false, reason: 'refused' };
    if (context.incognito) return { ok: false, reason: 'private' };
    if (!(await context.notebookOn())) return { ok: false, reason: 'off' };
    // The address is the frame's own, as the browser reports it, not what the message says.
    const metadata = PageMetadataSchema.safeParse(message.metadata);
    return keep(context, { ...message.list, url: context.role.url }, metadata.success ? metadata.data : null);
  }
  if (message.type === 'notebook/save') {
    if (context.role.kind !== 'panel') return { ok: false, reason: 'refused' };
    const tab = await context.readTab(message.tabId).catch(() => null);
    if (!tab) return { ok: false, reason: 'failed' };
    if (tab.incognito) return { ok: false, reason: 'private' };
    return keep(context, tab.list, tab.metadata);
  }
  return undefined;
}

async function keep(context: RecordContext, list: MentionList, metadata: PageMetadata | null) {
  const records = captureRecords({ list, metadata }, context.now());
  if (records.mentions.length === 0) return { ok: false, reason: 'empty' } as const;
  return savePages(await context.db(), [records]);
}
