/**
 * The one database on the device. Each version of its shape stays written here, so a
 * phone that skipped app updates still opens its data (see tests/db/migrations.test.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Pack } from '../core/pack/schema';
import type { Enrolment } from '../core/progress/schedule';
import type { Reflection, Tick } from '../core/records';

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

export const DATABASE_NAME = 'stapjes';

export class StapjesDatabase extends Dexie {
  packs!: EntityTable<StoredPack, 'id'>;
  enrolments!: EntityTable<StoredEnrolment, 'packId'>;
  ticks!: EntityTable<Tick, 'id'>;
  reflections!: EntityTable<Reflection, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      packs: 'id',
      enrolments: 'packId',
      ticks: 'id, [packId+challengeId], doneAt',
      reflections: 'id, tickId, [packId+challengeId], updatedAt',
      settings: 'key',
    });
  }
}

export const db = new StapjesDatabase();
