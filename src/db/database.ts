/**
 * The one database on the device. Each version of its shape stays written here, so a
 * phone that skipped app updates still opens its data (see tests/db/migrations.test.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Pack } from '../core/pack/schema';
import type { Enrolment } from '../core/progress/schedule';
import type { Reflection, Tick } from '../core/records';
import type { RecordKind } from '../core/sync/kinds';
import type { Intake } from '../core/intake';
import type { Appointment, LearningPlan, OutingChecklist } from '../core/plan';

/** A pack kept on the device so it works offline. */
export interface StoredPack {
  id: string;
  version: number;
  pack: Pack;
  addedAt: number;
}

export interface StoredEnrolment extends Enrolment {
  addedAt: number;
}

export interface Setting {
  key: string;
  value: unknown;
}

/** One change waiting to reach the server, numbered 1, 2, 3… on this device. */
export interface OutboxEntry {
  seq?: number;
  kind: RecordKind;
  recordId: string;
  op: 'put' | 'delete' | 'erase';
  data?: unknown;
  at: number;
  /** The server version of the record this change was based on (for reflections). */
  base?: number;
  /** 1 once it was sent at least once; such an entry is never changed again. */
  attempted: 0 | 1;
}

/** A change the server refused for good, kept so the learner can see it ("needs attention"). */
export interface RejectedChange {
  seq: number;
  kind: RecordKind;
  recordId: string;
  reason: string;
  at: number;
}

/** The server version last seen of a record, keyed "kind:id". */
export interface ServerVersion {
  key: string;
  version: number;
}

export const DATABASE_NAME = 'stapjes';

export class StapjesDatabase extends Dexie {
  packs!: EntityTable<StoredPack, 'id'>;
  enrolments!: EntityTable<StoredEnrolment, 'packId'>;
  ticks!: EntityTable<Tick, 'id'>;
  reflections!: EntityTable<Reflection, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  syncState!: EntityTable<Setting, 'key'>;
  rejected!: EntityTable<RejectedChange, 'seq'>;
  serverVersions!: EntityTable<ServerVersion, 'key'>;
  intake!: EntityTable<Intake, 'id'>;
  plans!: EntityTable<LearningPlan, 'id'>;
  appointments!: EntityTable<Appointment, 'packId'>;
  checklists!: EntityTable<OutingChecklist, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      packs: 'id',
      enrolments: 'packId',
      ticks: 'id, [packId+challengeId], doneAt',
      reflections: 'id, tickId, [packId+challengeId], updatedAt',
      settings: 'key',
    });
    // Sync (issue 5): the outbox, the device's sync state, refused changes, versions seen.
    this.version(2).stores({
      outbox: '++seq, [kind+recordId]',
      syncState: 'key',
      rejected: 'seq',
      serverVersions: 'key',
    });
    // The buddy's session (issue 6): intake booklet, learning plan, agreed days, outing checklists.
    this.version(3).stores({
      intake: 'id',
      plans: 'id',
      appointments: 'packId',
      checklists: 'id',
    });
  }
}

/** The device's database. `let`, so that tests can act as several devices in one process. */
export let db = new StapjesDatabase();

/** Switches to another device's database (tests only: one process playing two phones). */
export function useDeviceDatabase(name: string): StapjesDatabase {
  db = new StapjesDatabase(name);
  return db;
}
