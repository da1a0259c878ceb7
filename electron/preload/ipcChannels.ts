/** The two IPC channels between preload and main; nothing else is listened to. */
export const IPC = { invoke: 'copro:invoke', progress: 'copro:progress' } as const;
