/** The learner's records as the server keeps them: the latest state of each, with its version. */
import type { Transaction } from 'kysely';
import type { Db } from './connect';
import type { Database, RecordsTable } from './schema';

type Executor = Db | Transaction<Database>;

export async function findRecord(
  db: Executor,
  learnerId: string,
  kind: string,
  recordId: string,
): Promise<RecordsTable | undefined> {
  return db
    .selectFrom('records')
    .selectAll()
    .where('learner_id', '=', learnerId)
    .where('kind', '=', kind)
    .where('record_id', '=', recordId)
    .executeTakeFirst();
}

/** Writes a record's new state (or tombstone, with `payload` null). */
export async function writeRecord(db: Executor, row: RecordsTable): Promise<void> {
  await db
    .insertInto('records')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['learner_id', 'kind', 'record_id']).doUpdateSet({
        version: row.version,
        deleted: row.deleted,
        payload: row.payload,
        device_id: row.device_id,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** Records changed after `since`, oldest first, one page at a time. */
export async function recordsSince(
  db: Executor,
  learnerId: string,
  since: number,
  limit: number,
): Promise<RecordsTable[]> {
  return db
    .selectFrom('records')
    .selectAll()
    .where('learner_id', '=', learnerId)
    .where('version', '>', since)
    .orderBy('version')
    .limit(limit)
    .execute();
}

export async function liveRecordsOf(db: Executor, learnerId: string): Promise<RecordsTable[]> {
  return db
    .selectFrom('records')
    .selectAll()
    .where('learner_id', '=', learnerId)
    .orderBy('version')
    .execute();
}

export async function recordRejection(
  db: Executor,
  deviceId: string,
  seq: number,
  reason: string,
  now: number,
) {
  await db
    .insertInto('rejections')
    .values({ device_id: deviceId, seq, reason, created_at: now })
    .onConflict((conflict) => conflict.columns(['device_id', 'seq']).doNothing())
    .execute();
}
