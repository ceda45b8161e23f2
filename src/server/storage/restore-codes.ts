/** Restore codes, stored hashed; a learner has at most one that works. */
import type { Db } from './connect';

export async function replaceRestoreCode(
  db: Db,
  learnerId: string,
  codeHash: string,
  now: number,
  expiresAt: number,
) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('restore_codes')
      .set({ revoked_at: now })
      .where('learner_id', '=', learnerId)
      .where('revoked_at', 'is', null)
      .execute();
    await trx
      .insertInto('restore_codes')
      .values({
        code_hash: codeHash,
        learner_id: learnerId,
        created_at: now,
        expires_at: expiresAt,
        revoked_at: null,
      })
      .execute();
  });
}

export async function revokeRestoreCodes(db: Db, learnerId: string, now: number) {
  await db
    .updateTable('restore_codes')
    .set({ revoked_at: now })
    .where('learner_id', '=', learnerId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** The learner a code belongs to, if it is valid now. */
export async function learnerForCode(
  db: Db,
  codeHash: string,
  now: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('restore_codes')
    .select('learner_id')
    .where('code_hash', '=', codeHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row?.learner_id;
}

export async function restoreCodesOf(db: Db, learnerId: string) {
  return db
    .selectFrom('restore_codes')
    .select(['created_at', 'expires_at', 'revoked_at'])
    .where('learner_id', '=', learnerId)
    .execute();
}
