import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrate } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/**
 * Opens (or creates) the SQLite file, in WAL mode so readers never wait for the writer,
 * and brings its tables up to date. The same Kysely code runs on PostgreSQL (PostgresDialect).
 */
export async function openDatabase(file: string): Promise<Db> {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrate(db as Kysely<unknown>);
  return db;
}
