/**
 * The outbox: every change the learner makes is also written here, in the same
 * transaction as the change itself, and stays until the server has it.
 */
import type { RecordKind } from '../core/sync/kinds';
import { liveQuery } from 'dexie';
import { db, type OutboxEntry } from './database';

/** The tables a write must include in its transaction to queue its change. */
export const OUTBOX_TABLES = () => [db.outbox, db.serverVersions];

export function versionKey(kind: RecordKind, recordId: string): string {
  return `${kind}:${recordId}`;
}

/**
 * Queues one change. Must run inside a transaction that includes OUTBOX_TABLES. A change to
 * a record that already waits unsent replaces that entry (one reflection typed letter by
 * letter stays one change); an entry that was sent once is never touched again.
 */
export async function queueChange(
  kind: RecordKind,
  recordId: string,
  op: OutboxEntry['op'],
  data: unknown,
  at: number,
): Promise<number> {
  const waiting = await db.outbox
    .where('[kind+recordId]')
    .equals([kind, recordId])
    .filter((entry) => entry.attempted === 0)
    .last();
  if (waiting?.seq !== undefined) {
    await db.outbox.update(waiting.seq, { op, data, at });
    return waiting.seq;
  }
  const seen = await db.serverVersions.get(versionKey(kind, recordId));
  const entry: OutboxEntry = { kind, recordId, op, data, at, attempted: 0 };
  if (seen) entry.base = seen.version;
  return db.outbox.add(entry) as Promise<number>;
}

/** How many changes wait to reach the server. */
export function waitingCount(): Promise<number> {
  return db.outbox.count();
}

/** Calls `listener` whenever the number of waiting changes changes (a new change was made, or sent). */
export function watchOutbox(listener: (waiting: number) => void): () => void {
  const subscription = liveQuery(() => db.outbox.count()).subscribe({
    next: listener,
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
