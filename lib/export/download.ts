/**
 * Saves text as a file from an extension page: a Blob URL on an `<a download>`, which needs no
 * `downloads` permission. The URL is revoked after the click has been handled, or some browsers
 * cancel the download.
 */
export function downloadText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type Download = typeof downloadText;
