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

/** The last change number the server applied for a device (0 when it does not know it). */
export function lastAppliedSeq(databaseFile: string, deviceId: string): number {
  const sqlite = new SQLite(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const row = sqlite.prepare('select last_seq from devices where id = ?').get(deviceId) as
      { last_seq: number } | undefined;
    return row?.last_seq ?? 0;
  } finally {
    sqlite.close();
  }
}
