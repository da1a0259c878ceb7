const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Long enough for the browser to have read the blob; then its memory is released. */
const REVOKE_AFTER_MS = 60_000;

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = window.atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Hands a produced workbook to the browser as a download: a Blob and an `<a download>`. In
 * browser mode the browser saves it; in Electron, main shows the save dialog for the download,
 * so the renderer never names a path.
 */
export function downloadWorkbook(fileName: string, contentBase64: string): void {
  const url = URL.createObjectURL(new Blob([bytesOf(contentBase64)], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once may cancel a download the browser has not started reading yet.
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
