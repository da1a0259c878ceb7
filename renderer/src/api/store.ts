import { ApiError } from './ApiError';

/**
 * A tiny external store for what every screen shares: a data version bumped after each write
 * (so queries reload), and the state of writes for the "Saved" indicator.
 */
export type SaveStatus = 'saved' | 'saving' | 'failed';

interface Snapshot {
  readonly dataVersion: number;
  readonly saveStatus: SaveStatus;
}

let snapshot: Snapshot = { dataVersion: 0, saveStatus: 'saved' };
let writesInFlight = 0;
let lastWriteFailed = false;
const subscribers = new Set<() => void>();

function publish(next: Partial<Snapshot>): void {
  snapshot = { ...snapshot, ...next };
  for (const notify of subscribers) notify();
}

function statusNow(): SaveStatus {
  if (writesInFlight > 0) return 'saving';
  return lastWriteFailed ? 'failed' : 'saved';
}

export function subscribe(listener: () => void): () => void {
  subscribers.add(listener);
  return () => subscribers.delete(listener);
}

export function getSnapshot(): Snapshot {
  return snapshot;
}

/** Every query reloads: call after anything changed the workspace. */
export function invalidateQueries(): void {
  publish({ dataVersion: snapshot.dataVersion + 1 });
}

/** Track one write for the indicator, then reload the queries. */
export async function trackWrite<T>(write: () => Promise<T>): Promise<T> {
  writesInFlight += 1;
  publish({ saveStatus: statusNow() });
  try {
    const value = await write();
    lastWriteFailed = false;
    return value;
  } catch (error) {
    // Writes are transactions: a refusal from the contract wrote nothing and the file is
    // intact. Only a lost connection or an unexpected failure leaves the user's change unsaved.
    lastWriteFailed =
      !(error instanceof ApiError) || error.code === 'network' || error.code === 'internal';
    throw error;
  } finally {
    writesInFlight -= 1;
    publish({ saveStatus: statusNow(), dataVersion: snapshot.dataVersion + 1 });
  }
}
