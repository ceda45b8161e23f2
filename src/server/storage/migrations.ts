/** Every change to the server's tables, in order; run at start. Never edit a published one. */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { randomUUID } from 'node:crypto';

const MIGRATIONS: Record<string, Migration> = {
  '0001-sync': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('learners')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .addColumn('version', 'bigint', (column) => column.notNull().defaultTo(0))
        .addColumn('erased_at', 'bigint')
        .execute();
      await db.schema
        .createTable('devices')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('learner_id', 'text', (column) => column.notNull().references('learners.id'))
        .addColumn('token_hash', 'text', (column) => column.notNull().unique())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .addColumn('last_seen_at', 'bigint', (column) => column.notNull())
        .addColumn('last_seq', 'bigint', (column) => column.notNull().defaultTo(0))
        .addColumn('revoked_at', 'bigint')
        .execute();
      await db.schema
        .createTable('records')
        .addColumn('learner_id', 'text', (column) => column.notNull().references('learners.id'))
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('record_id', 'text', (column) => column.notNull())
        .addColumn('version', 'bigint', (column) => column.notNull())
        .addColumn('deleted', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('payload', 'text')
        .addColumn('device_id', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'bigint', (column) => column.notNull())
        .addPrimaryKeyConstraint('records_pk', ['learner_id', 'kind', 'record_id'])
        .execute();
      await db.schema
        .createIndex('records_by_version')
        .on('records')
        .columns(['learner_id', 'version'])
        .execute();
      await db.schema
        .createTable('rejections')
        .addColumn('device_id', 'text', (column) => column.notNull())
        .addColumn('seq', 'bigint', (column) => column.notNull())
        .addColumn('reason', 'text', (column) => column.notNull())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .addPrimaryKeyConstraint('rejections_pk', ['device_id', 'seq'])
        .execute();
      await db.schema
        .createTable('restore_codes')
        .addColumn('code_hash', 'text', (column) => column.primaryKey())
        .addColumn('learner_id', 'text', (column) => column.notNull().references('learners.id'))
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .addColumn('expires_at', 'bigint', (column) => column.notNull())
        .addColumn('revoked_at', 'bigint')
        .execute();
      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('value', 'text', (column) => column.notNull())
        .execute();
      // The server's identity: a device whose checkpoint came from another database starts again.
      await sql`insert into meta (key, value) values ('server_id', ${randomUUID()})`.execute(db);
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the database up to date; throws with the failing migration's name. */
export async function migrate(db: Kysely<unknown>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error)
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
}
