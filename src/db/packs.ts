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
    db.transaction('rw', db.packs, db.enrolments, async () => {
      const existing = await db.packs.get(pack.id);
      if (!existing || existing.version < pack.version) {
        await db.packs.put({
          id: pack.id,
          version: pack.version,
          pack,
          addedAt: existing?.addedAt ?? now,
        });
      }
      if (!(await db.enrolments.get(pack.id))) {
        await db.enrolments.put({ ...startEnrolment(pack.id, week), addedAt: now });
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
    db.transaction('rw', [db.packs, db.enrolments, db.ticks, db.reflections], async () => {
      await db.packs.delete(packId);
      await db.enrolments.delete(packId);
      if (withReflections) {
        await db.ticks
          .where('[packId+challengeId]')
          .between([packId, ''], [packId, '\uffff'])
          .delete();
        await db.reflections
          .where('[packId+challengeId]')
          .between([packId, ''], [packId, '\uffff'])
          .delete();
      }
    }),
  );
}

function updateEnrolment(
  packId: string,
  change: (enrolment: Enrolment) => Enrolment,
): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', db.enrolments, async () => {
      const enrolment = await db.enrolments.get(packId);
      if (enrolment) await db.enrolments.put({ ...enrolment, ...change(enrolment) });
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
