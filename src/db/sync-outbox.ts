/** The engine's side of the outbox: take a batch to send, and settle it with the server's answer. */
import type { Change, Rejection } from '../core/sync/messages';
import { db, type OutboxEntry } from './database';
import { writeSyncState, readSyncState } from './sync-state';

function toChange(entry: OutboxEntry): Change {
  return {
    seq: entry.seq!,
    kind: entry.kind,
    id: entry.recordId,
    op: entry.op,
    at: entry.at,
    ...(entry.data === undefined ? {} : { data: entry.data }),
    ...(entry.base === undefined ? {} : { base: entry.base }),
  };
}

/** The oldest `size` changes, marked as sent so they are never changed again. */
export function takeBatch(size: number): Promise<Change[]> {
  return db.transaction('rw', db.outbox, async () => {
    const entries = await db.outbox.orderBy('seq').limit(size).toArray();
    const unsent = entries.filter((entry) => entry.attempted === 0).map((entry) => entry.seq!);
    if (unsent.length > 0) await db.outbox.where('seq').anyOf(unsent).modify({ attempted: 1 });
    return entries.map(toChange);
  });
}

/** Removes what the server has, keeps what it refused in the "needs attention" list. */
export async function settleBatch(
  sent: readonly Change[],
  ackedThrough: number,
  rejected: readonly Rejection[],
  now: number,
): Promise<void> {
  const reasons = new Map(rejected.map((rejection) => [rejection.seq, rejection.reason]));
  await db.transaction('rw', [db.outbox, db.rejected, db.syncState], async () => {
    for (const change of sent) {
      const reason = reasons.get(change.seq);
      if (change.seq <= ackedThrough && reason) {
        await db.rejected.put({
          seq: change.seq,
          kind: change.kind,
          recordId: change.id,
          reason,
          at: now,
        });
      }
    }
    await db.outbox.where('seq').belowOrEqual(ackedThrough).delete();
    const { eraseSeq } = await readSyncState();
    if (eraseSeq !== null && eraseSeq <= ackedThrough)
      await writeSyncState({ eraseSeq: null, erasedOnServerAt: now });
  });
}

/** Keeps a change that could never be sent (too large) visible, before telling the server to skip it. */
export async function markUnsendable(change: Change, reason: string, now: number): Promise<void> {
  await db.rejected.put({
    seq: change.seq,
    kind: change.kind,
    recordId: change.id,
    reason,
    at: now,
  });
}

export function hasWaitingChanges(): Promise<boolean> {
  return db.outbox.count().then((count) => count > 0);
}
