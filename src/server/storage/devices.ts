/** Learners and their devices. A learner is only an id; nothing about the person is stored. */
import type { Transaction } from 'kysely';
import type { Db } from './connect';
import type { Database, DevicesTable } from './schema';

type Executor = Db | Transaction<Database>;

export async function createLearnerWithDevice(
  db: Db,
  deviceId: string,
  learnerId: string,
  tokenHash: string,
  now: number,
) {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('learners')
      .values({ id: learnerId, created_at: now, version: 0, erased_at: null })
      .execute();
    await addDevice(trx, deviceId, learnerId, tokenHash, now);
  });
}

export async function addDevice(
  db: Executor,
  deviceId: string,
  learnerId: string,
  tokenHash: string,
  now: number,
) {
  await db
    .insertInto('devices')
    .values({
      id: deviceId,
      learner_id: learnerId,
      token_hash: tokenHash,
      created_at: now,
      last_seen_at: now,
      last_seq: 0,
      revoked_at: null,
    })
    .execute();
}

/** The device a token belongs to, if the token is known and not revoked. */
export async function deviceByTokenHash(
  db: Executor,
  tokenHash: string,
): Promise<DevicesTable | undefined> {
  return db
    .selectFrom('devices')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchDevice(db: Executor, deviceId: string, now: number) {
  await db.updateTable('devices').set({ last_seen_at: now }).where('id', '=', deviceId).execute();
}

export async function devicesOf(db: Executor, learnerId: string) {
  return db
    .selectFrom('devices')
    .select(['id', 'created_at', 'last_seen_at', 'revoked_at'])
    .where('learner_id', '=', learnerId)
    .execute();
}

/** Version numbers for one transaction: read once (locking the learner's row), counted in memory, saved once. */
export interface VersionCounter {
  next(): number;
  save(): Promise<void>;
}

export async function reserveVersions(
  trx: Transaction<Database>,
  learnerId: string,
): Promise<VersionCounter> {
  // "set version = version" takes the row lock on PostgreSQL; SQLite has one writer anyway.
  const row = await trx
    .updateTable('learners')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('id', '=', learnerId)
    .returning('version')
    .executeTakeFirstOrThrow();
  const first = Number(row.version);
  let current = first;
  return {
    next: () => ++current,
    save: async () => {
      if (current !== first)
        await trx
          .updateTable('learners')
          .set({ version: current })
          .where('id', '=', learnerId)
          .execute();
    },
  };
}

export async function learnerVersion(db: Executor, learnerId: string): Promise<number> {
  const row = await db
    .selectFrom('learners')
    .select('version')
    .where('id', '=', learnerId)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

export async function serverId(db: Executor): Promise<string> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'server_id')
    .executeTakeFirstOrThrow();
  return row.value;
}
