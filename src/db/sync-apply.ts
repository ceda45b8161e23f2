/**
 * Applying what the server sent. A whole page is applied in one transaction together with
 * the new checkpoint, so a page is either applied entirely or not at all. A record with a
 * change of this device still waiting is left as it is here: the waiting change goes to the
 * server next, which keeps both texts if they clash.
 */
import type { ServerRecord } from '../core/sync/messages';
import { SYNCED_SETTINGS } from '../core/sync/kinds';
import type { Table } from 'dexie';
import { db } from './database';
import { idOf, isPlainKind, recordTables } from './record-tables';
import { versionKey } from './outbox';
import { writeSyncState } from './sync-state';

const DATA_TABLES = () => [...Object.values(recordTables()), db.packs, db.settings];

async function hasWaitingChange(kind: ServerRecord['kind'], id: string): Promise<boolean> {
  return (await db.outbox.where('[kind+recordId]').equals([kind, id]).count()) > 0;
}

/** Clears the learner's data here after an "erase everything" from another device. */
async function eraseHere(): Promise<void> {
  const waiting = new Set(
    (await db.outbox.toArray()).map((entry) => versionKey(entry.kind, entry.recordId)),
  );
  const keep = (kind: ServerRecord['kind'], id: string) => waiting.has(versionKey(kind, id));
  for (const [kind, table] of Object.entries(recordTables()) as [ServerRecord['kind'], Table][]) {
    await table.filter((row) => !keep(kind, idOf(table, row))).delete();
  }
  await db.packs.filter((item) => !keep('pack', item.id)).delete();
  await db.settings
    .where('key')
    .anyOf([...SYNCED_SETTINGS])
    .filter((row) => !keep('setting', row.key))
    .delete();
}

async function applyRecord(record: ServerRecord, missingPacks: Set<string>): Promise<void> {
  const { kind, id, deleted, data } = record;
  if (kind === 'learner') {
    if (!deleted) await eraseHere();
    return;
  }
  if (isPlainKind(kind)) {
    const table = recordTables()[kind];
    await (deleted ? table.delete(id) : table.put(data));
  }
  if (kind === 'setting')
    await (deleted
      ? db.settings.delete(id)
      : db.settings.put(data as { key: string; value: unknown }));
  if (kind === 'pack') {
    if (deleted) {
      await db.packs.delete(id);
      missingPacks.delete(id);
    } else {
      const stored = await db.packs.get(id);
      if (!stored || stored.version < (data as { version: number }).version) missingPacks.add(id);
    }
  }
}

/**
 * Applies one page from the server and saves the checkpoint with it. Returns the packs this
 * device now has but whose content it still has to fetch.
 */
export async function applyPulledPage(
  records: readonly ServerRecord[],
  checkpoint: number,
  serverId: string,
): Promise<string[]> {
  const missingPacks = new Set<string>();
  await db.transaction(
    'rw',
    [...DATA_TABLES(), db.outbox, db.serverVersions, db.syncState],
    async () => {
      for (const record of records) {
        if (await hasWaitingChange(record.kind, record.id)) continue;
        await applyRecord(record, missingPacks);
        await db.serverVersions.put({
          key: versionKey(record.kind, record.id),
          version: record.version,
        });
      }
      await writeSyncState({ checkpoint, serverId });
    },
  );
  return [...missingPacks];
}

/** Packs listed for this learner whose content is not on this device (after a restore). */
export async function packsWithoutContent(): Promise<string[]> {
  const [listed, present] = await Promise.all([db.enrolments.toArray(), db.packs.toArray()]);
  const have = new Set(present.map((stored) => stored.id));
  return listed.map((enrolment) => enrolment.packId).filter((id) => !have.has(id));
}
