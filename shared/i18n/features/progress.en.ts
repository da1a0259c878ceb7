/** The progress bar of long operations (imports, exports, backups). */
export const progressEn = {
  starting: 'Starting…',
  counts: '{done} of {total}',
  eta: 'about {time} left',
  cancel: 'Cancel',
} as const;
