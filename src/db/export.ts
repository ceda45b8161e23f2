/** The learner's own data: all of it out as one file, or all of it gone from this device. */
import { db } from './database';
import type { Table } from 'dexie';
import { SYNCED_SETTINGS, type RecordKind } from '../core/sync/kinds';
import { idOf, recordTables } from './record-tables';
import { guardedWrite } from './errors';
import { queueChange } from './outbox';
import { restartChangeNumbers } from './sync-outbox';
import { readSyncState, writeSyncState } from './sync-state';

export const EXPORT_FORMAT = 'stapjes-export';
export const EXPORT_VERSION = 1;

/** Everything stored about the learner on this device, as one JSON-ready object. */
export async function exportEverything(now = Date.now()) {
  const [settings, enrolments, ticks, reflections, packs, intake, plans, appointments, checklists] =
    await Promise.all([
      db.settings.toArray(),
      db.enrolments.toArray(),
      db.ticks.toArray(),
      db.reflections.toArray(),
      db.packs.toArray(),
      db.intake.toArray(),
      db.plans.toArray(),
      db.appointments.toArray(),
      db.checklists.toArray(),
    ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: Object.fromEntries(settings.map((row) => [row.key, row.value])),
    packs: packs.map((stored) => ({
      id: stored.id,
      version: stored.version,
      addedAt: stored.addedAt,
    })),
    enrolments,
    ticks,
    reflections,
    intake: intake[0] ?? null,
    learningPlan: plans[0] ?? null,
    appointments,
    outingChecklists: checklists,
  };
}

/**
 * Removes every record of the learner from this device in one go, and queues "erase
 * everything" for the server, which passes it on to the learner's other devices. The
 * device keeps only its sync credentials, so the erase can still be sent.
 */
export function eraseEverything(now = Date.now()): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', db.tables, async () => {
      const { credentials } = await readSyncState();
      const learnerTables = [
        ...Object.values(recordTables()),
        db.packs,
        db.settings,
        db.rejected,
        db.serverVersions,
      ];
      await Promise.all(learnerTables.map((table) => table.clear()));
      if (!credentials) {
        // Never synced: nothing is on a server, so nothing needs to be sent.
        await Promise.all([db.outbox.clear(), db.syncState.clear()]);
        // A first backup later numbers its changes from 1 again.
        await restartChangeNumbers();
        return;
      }
      const eraseSeq = await queueChange('learner', 'erase', 'erase', undefined, now);
      await writeSyncState({ eraseSeq, erasedOnServerAt: null });
    }),
  );
}

/**
 * After this device was linked to a learner (restore code) or re-registered: every record
 * here is queued again for the new identity; changes queued for the old one are dropped,
 * because their content is in these records.
 */
export function requeueEverything(now = Date.now()): Promise<void> {
  return db.transaction('rw', db.tables, async () => {
    await Promise.all([db.outbox.clear(), db.serverVersions.clear(), db.rejected.clear()]);
    await restartChangeNumbers();
    for (const [kind, table] of Object.entries(recordTables()) as [RecordKind, Table][]) {
      for (const row of await table.toArray())
        await queueChange(kind, idOf(table, row), 'put', row, now);
    }
    for (const item of await db.packs.toArray())
      await queueChange('pack', item.id, 'put', { id: item.id, version: item.version }, now);
    for (const row of await db.settings
      .where('key')
      .anyOf([...SYNCED_SETTINGS])
      .toArray()) {
      await queueChange('setting', row.key, 'put', { key: row.key, value: row.value }, now);
    }
    await writeSyncState({ checkpoint: 0, serverId: null, problem: null });
  });
}
