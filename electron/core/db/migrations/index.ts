import { migration0001 } from './0001_initial';
import { migration0002 } from './0002_contributor_search';
import { migration0003 } from './0003_pledge_platform_status';
import { migration0004 } from './0004_pledge_list';
import { migration0005 } from './0005_bulk_import';
import { migration0006 } from './0006_fulfillment_list';
import type { Migration } from './types';

/** Imported statically so they survive bundling. Append only. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
