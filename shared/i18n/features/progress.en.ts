/** The progress of long operations (imports, exports, copies, the demo's creation). */
export const progressEn = {
  starting: 'Starting…',
  counts: '{done} of {total}',
  /** Counts with what is counted; plural on the total (`count`). */
  countsOf: {
    pages: { one: '{done} of {count} page', other: '{done} of {count} pages' },
    rows: { one: '{done} of {count} row', other: '{done} of {count} rows' },
    sheets: { one: '{done} of {count} sheet', other: '{done} of {count} sheets' },
  },
  eta: 'about {time} left',
  cancel: 'Cancel',
  /** What the operation is doing now: the `phase` key of its progress events. */
  phases: {
    read: 'Reading the data',
    apply: 'Saving the changes',
    index: 'Updating the search index',
    sheets: 'Writing the sheets',
    write: 'Writing the file',
    copy: 'Copying the workspace',
    prepare: 'Preparing the download',
    projects: 'Creating the projects',
    budget: 'Writing the budgets',
    financing: 'Writing the financing plans',
    campaign: 'Creating the campaign and its rewards',
    contributors: 'Adding the contributors',
    pledges: 'Adding the pledges',
    fulfillment: 'Preparing the fulfillment',
    waiting: 'Waiting for the running import…',
    backup: 'Backing up before the upgrade',
    upgrade: 'Upgrading the workspace',
    done: 'Done',
    cancelled: 'Cancelled',
    failed: 'Stopped',
  },
  /** The progress bar's name: which operation runs. */
  operations: {
    export: 'Exporting the budget workbook',
    backup: 'Saving a copy',
    demo: 'Creating the demo',
    upgrade: 'Opening an older workspace',
  },
  cancelOperation: {
    export: 'Cancel the export',
    backup: 'Cancel the copy',
    demo: 'Cancel opening the demo',
  },
  cancelled: {
    export: 'Export cancelled: nothing was downloaded.',
    backup: 'Copy cancelled: no file was written.',
    demo: 'Opening the demo was cancelled: the current workspace stays open.',
  },
} as const;
