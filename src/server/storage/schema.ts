/** The server's tables, as Kysely sees them. Written to work on SQLite and PostgreSQL alike. */

export interface LearnersTable {
  id: string;
  created_at: number;
  /** Grows by one with every change stored for this learner; orders pulls. */
  version: number;
  erased_at: number | null;
}

export interface DevicesTable {
  id: string;
  learner_id: string;
  /** SHA-256 of the device's secret token; the token itself is never stored. */
  token_hash: string;
  created_at: number;
  last_seen_at: number;
  /** The last change number of this device that was applied (or refused for good). */
  last_seq: number;
  revoked_at: number | null;
}

export interface RecordsTable {
  learner_id: string;
  kind: string;
  record_id: string;
  version: number;
  deleted: number;
  payload: string | null;
  device_id: string;
  updated_at: number;
}

export interface RejectionsTable {
  device_id: string;
  seq: number;
  reason: string;
  created_at: number;
}

export interface RestoreCodesTable {
  code_hash: string;
  learner_id: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  learners: LearnersTable;
  devices: DevicesTable;
  records: RecordsTable;
  rejections: RejectionsTable;
  restore_codes: RestoreCodesTable;
  meta: MetaTable;
}
