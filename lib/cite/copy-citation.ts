import type { CiteOutput } from './format-names';

/**
 * Copies a citation: formatted references go as HTML too, so italics survive a paste into a word
 * processor; where the browser lacks ClipboardItem, plain text. Rejects when the clipboard refuses.
 */
export async function copyCitation(
  output: CiteOutput,
  clipboard: Clipboard | undefined = navigator.clipboard,
) {
  if (!clipboard) throw new Error('no clipboard');
  if (output.html && typeof ClipboardItem === 'function' && clipboard.write) {
    const blob = (text: string, type: string) => new Blob([text], { type });
    await clipboard.write([
      new ClipboardItem({
        'text/plain': blob(output.text, 'text/plain'),
        'text/html': blob(output.html, 'text/html'),
      }),
    ]);
    return;
  }
  await clipboard.writeText(output.text);
}
