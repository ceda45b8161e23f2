/** What this device knows about its place in sync: its credentials, checkpoint and last result. */
import type { DeviceCredentials } from '../core/sync/messages';
import { db } from './database';

export interface SyncState {
  credentials: DeviceCredentials | null;
  /** The server version up to which every record has been applied here. */
  checkpoint: number;
  serverId: string | null;
  lastSyncedAt: number | null;
  /** What stopped the last attempt: no connection, the server refused the token, … */
  problem: 'offline' | 'signed-out' | 'server' | null;
  /** The change number of an "erase everything" still on its way to the server. */
  eraseSeq: number | null;
  /** When the server confirmed the erase. */
  erasedOnServerAt: number | null;
}

const EMPTY: SyncState = {
  credentials: null,
  checkpoint: 0,
  serverId: null,
  lastSyncedAt: null,
  problem: null,
  eraseSeq: null,
  erasedOnServerAt: null,
};

export async function readSyncState(): Promise<SyncState> {
  const rows = await db.syncState.toArray();
  return { ...EMPTY, ...Object.fromEntries(rows.map((row) => [row.key, row.value])) } as SyncState;
}

export async function writeSyncState(change: Partial<SyncState>): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    for (const [key, value] of Object.entries(change)) await db.syncState.put({ key, value });
  });
}

/** The little status line: what the learner needs to know about their backup. */
export interface SyncStatus {
  state: 'local' | 'synced' | 'waiting' | 'attention' | 'signed-out';
  lastSyncedAt: number | null;
  waiting: number;
  attention: number;
  isErasePending: boolean;
  erasedOnServerAt: number | null;
}

export async function syncStatus(): Promise<SyncStatus> {
  const [state, waiting, attention] = await Promise.all([
    readSyncState(),
    db.outbox.count(),
    db.rejected.count(),
  ]);
  const common = {
    lastSyncedAt: state.lastSyncedAt,
    waiting,
    attention,
    isErasePending: state.eraseSeq !== null,
    erasedOnServerAt: state.erasedOnServerAt,
  };
  if (state.problem === 'signed-out') return { state: 'signed-out', ...common };
  if (attention > 0) return { state: 'attention', ...common };
  if (waiting > 0)
    return {
      state: state.lastSyncedAt === null && state.problem === null ? 'local' : 'waiting',
      ...common,
    };
  return { state: state.lastSyncedAt === null ? 'local' : 'synced', ...common };
}

/** The changes the server refused, newest first, for the "needs attention" list. */
export function rejectedChanges() {
  return db.rejected.orderBy('seq').reverse().toArray();
}

export function dismissRejected(seq: number): Promise<void> {
  return db.rejected.delete(seq);
}
