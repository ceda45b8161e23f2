/** Packs kept on the device, and the learner's place in each. */
import type { Pack } from '../core/pack/schema';
import {
  openNextEarly,
  pauseEnrolment,
  resumeEnrolment,
  skipChallenge,
  startEnrolment,
  unskipChallenge,
  type Enrolment,
} from '../core/progress/schedule';
import { db, type StoredEnrolment, type StoredPack } from './database';
import { guardedWrite } from './errors';
import { OUTBOX_TABLES, queueChange } from './outbox';

export function storedPacks(): Promise<StoredPack[]> {
  return db.packs.toArray();
}

export function storedPack(id: string): Promise<StoredPack | undefined> {
  return db.packs.get(id);
}

export function enrolments(): Promise<StoredEnrolment[]> {
  return db.enrolments.toArray();
}

/**
 * Adds a pack and starts it this week; adding it again keeps the learner's place. A newer
 * version replaces the content; progress is kept by challenge id.
 */
export function addPack(pack: Pack, week: number, now = Date.now()): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', [db.packs, db.enrolments, ...OUTBOX_TABLES()], async () => {
      if (await putIfNewer(pack, now)) {
        await queueChange('pack', pack.id, 'put', { id: pack.id, version: pack.version }, now);
      }
      if (!(await db.enrolments.get(pack.id))) {
        const enrolment = { ...startEnrolment(pack.id, week), addedAt: now };
        await db.enrolments.put(enrolment);
        await queueChange('enrolment', pack.id, 'put', enrolment, now);
      }
    }),
  );
}

/**
 * Removes a pack from the device. The learner's ticks and reflections stay unless
 * `withReflections` is set.
 */
export function removePack(packId: string, withReflections: boolean): Promise<void> {
  return guardedWrite(() =>
    db.transaction(
      'rw',
      [db.packs, db.enrolments, db.ticks, db.reflections, ...OUTBOX_TABLES()],
      async () => {
        const now = Date.now();
        await db.packs.delete(packId);
        await db.enrolments.delete(packId);
        await queueChange('pack', packId, 'delete', undefined, now);
        await queueChange('enrolment', packId, 'delete', undefined, now);
        if (!withReflections) return;
        const ofPack = [
          [packId, ''],
          [packId, '\uffff'],
        ] as const;
        for (const tick of await db.ticks
          .where('[packId+challengeId]')
          .between(...ofPack)
          .toArray()) {
          await queueChange('tick', tick.id, 'delete', undefined, now);
        }
        for (const item of await db.reflections
          .where('[packId+challengeId]')
          .between(...ofPack)
          .toArray()) {
          await queueChange('reflection', item.id, 'delete', undefined, now);
        }
        await db.ticks
          .where('[packId+challengeId]')
          .between(...ofPack)
          .delete();
        await db.reflections
          .where('[packId+challengeId]')
          .between(...ofPack)
          .delete();
      },
    ),
  );
}

function updateEnrolment(
  packId: string,
  change: (enrolment: Enrolment) => Enrolment,
): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', [db.enrolments, ...OUTBOX_TABLES()], async () => {
      const enrolment = await db.enrolments.get(packId);
      if (!enrolment) return;
      const updated = { ...enrolment, ...change(enrolment) };
      await db.enrolments.put(updated);
      await queueChange('enrolment', packId, 'put', updated, Date.now());
    }),
  );
}

export const pausePack = (packId: string, week: number) =>
  updateEnrolment(packId, (e) => pauseEnrolment(e, week));
export const resumePack = (packId: string, week: number) =>
  updateEnrolment(packId, (e) => resumeEnrolment(e, week));
export const openNext = (packId: string) => updateEnrolment(packId, openNextEarly);
export const skip = (packId: string, challengeId: string) =>
  updateEnrolment(packId, (e) => skipChallenge(e, challengeId));
export const unskip = (packId: string, challengeId: string) =>
  updateEnrolment(packId, (e) => unskipChallenge(e, challengeId));

/** Stores the pack unless this device has the same or a newer version; true when it did. */
async function putIfNewer(pack: Pack, now: number): Promise<boolean> {
  const existing = await db.packs.get(pack.id);
  if (existing && existing.version >= pack.version) return false;
  await db.packs.put({
    id: pack.id,
    version: pack.version,
    pack,
    addedAt: existing?.addedAt ?? now,
  });
  return true;
}

/** Stores a pack's content that arrived from the server for a pack the learner already has (no sync). */
export async function storePackContent(pack: Pack, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.packs, () => putIfNewer(pack, now));
}
