import type { NotebookWriteResult } from './notebook-messages';
import type { NotebookSize } from './size';

/**
 * What the panel can do with the notebook, as an interface the entrypoint fills with browser
 * calls and tests fill with spies: save the panel's tab once, open the notebook page, tell its size,
 * and remember that the first-run explanation was read.
 */
export interface PanelNotebook {
  save(): Promise<NotebookWriteResult>;
  open(): void;
  size(): Promise<NotebookSize | null>;
  introSeen(): Promise<boolean>;
  dismissIntro(): Promise<void>;
}

export const NOTEBOOK_INTRO_KEY = 'notebookIntroSeen';

export const saveMessage = (result: NotebookWriteResult) =>
  result.ok ? ('notebook.saved' as const) : (`notebook.error.${result.reason}` as const);
