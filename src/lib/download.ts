/**
 * How long an object URL outlives its click. Revoking it at once can cancel the download in some browsers
 * (the click only schedules it); a chart's file is small, so holding it a little longer costs nothing.
 */
export const REVOKE_DELAY_MS = 30_000;

/** Saves a file made in the page (an exported chart or table) under the given name, as a download. */
export const downloadBlob = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // In the document while clicked: Firefox ignores a click on a detached link.
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
};
