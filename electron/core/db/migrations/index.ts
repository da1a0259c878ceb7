import { migration0001 } from './0001_initial';
import type { Migration } from './types';

/** Imported statically so they survive bundling. Append only. */
export const migrations: readonly Migration[] = [migration0001];

export const LATEST_SCHEMA_VERSION = migrations.length;
