/**
 * The engine's side of the outbox: take a batch to send, and settle it with the server's
 * answer. The server numbers a device's changes 1, 2, 3…; the outbox's own keys keep
 * growing across identities (after a restore or a new backup), so each identity starts
 * at an offset: the change number sent is `outbox key - seqOffset`.
 */
import type { Change, Rejection } from '../core/sync/messages';
import { db, type OutboxEntry } from './database';
import { readSyncState, writeSyncState } from './sync-state';

async function seqOffset(): Promise<number> {
  return ((await db.syncState.get('seqOffset'))?.value as number | undefined) ?? 0;
}

function toChange(entry: OutboxEntry, offset: number): Change {
  return {
    seq: entry.seq! - offset,
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
  return db.transaction('rw', db.outbox, db.syncState, async () => {
    const offset = await seqOffset();
    const entries = await db.outbox.orderBy('seq').limit(size).toArray();
    const unsent = entries.filter((entry) => entry.attempted === 0).map((entry) => entry.seq!);
    if (unsent.length > 0) await db.outbox.where('seq').anyOf(unsent).modify({ attempted: 1 });
    return entries.map((entry) => toChange(entry, offset));
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
    const offset = await seqOffset();
    for (const change of sent) {
      const reason = reasons.get(change.seq);
      if (change.seq <= ackedThrough && reason) {
        await db.rejected.put({
          seq: change.seq + offset,
          kind: change.kind,
          recordId: change.id,
          reason,
          at: now,
        });
      }
    }
    const ackedKey = ackedThrough + offset;
    await db.outbox.where('seq').belowOrEqual(ackedKey).delete();
    const { eraseSeq } = await readSyncState();
    if (eraseSeq !== null && eraseSeq <= ackedKey)
      await writeSyncState({ eraseSeq: null, erasedOnServerAt: now });
  });
}

/** Keeps a change that could never be sent (too large) visible, before telling the server to skip it. */
export async function markUnsendable(change: Change, reason: string, now: number): Promise<void> {
  const offset = await seqOffset();
  await db.rejected.put({
    seq: change.seq + offset,
    kind: change.kind,
    recordId: change.id,
    reason,
    at: now,
  });
}

/** Starts change numbers at 1 again for a new identity: the next outbox key becomes number 1. */
export async function restartChangeNumbers(): Promise<void> {
  const probe = (await db.outbox.add({
    kind: 'learner',
    recordId: 'numbering',
    op: 'put',
    at: 0,
    attempted: 1,
  })) as number;
  await db.outbox.delete(probe);
  await db.syncState.put({ key: 'seqOffset', value: probe });
}

export function hasWaitingChanges(): Promise<boolean> {
  return db.outbox.count().then((count) => count > 0);
}
