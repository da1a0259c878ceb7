/** The three IPC channels between preload and main; nothing else is listened to. */
export const IPC = {
  invoke: 'copro:invoke',
  cancel: 'copro:cancel',
  progress: 'copro:progress',
} as const;
