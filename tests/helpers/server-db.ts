import SQLite from 'better-sqlite3';

/** What the server's database file holds right now, read directly (read-only). */
export function serverRecords(databaseFile: string) {
  const sqlite = new SQLite(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite
      .prepare('select kind, record_id as id, deleted, payload from records')
      .all() as { kind: string; id: string; deleted: number; payload: string | null }[];
    const live = rows.filter((row) => !row.deleted);
    const count = (kind: string) => live.filter((row) => row.kind === kind).length;
    return {
      rows,
      live,
      count,
      data: (kind: string) =>
        live
          .filter((row) => row.kind === kind)
          .map((row) => JSON.parse(row.payload!) as Record<string, unknown>),
    };
  } finally {
    sqlite.close();
  }
}
