/** The learner's reflections: private, saved as they are typed, editable later. */
import { isReflectionEmpty, type Reflection } from '../core/records';
import { db } from './database';
import { guardedWrite } from './errors';
import { OUTBOX_TABLES, queueChange } from './outbox';

export function reflectionForTick(tickId: string): Promise<Reflection | undefined> {
  return db.reflections.where('tickId').equals(tickId).first();
}

export function reflection(id: string): Promise<Reflection | undefined> {
  return db.reflections.get(id);
}

export type ReflectionChange = Partial<Pick<Reflection, 'feeling' | 'hard' | 'newWords' | 'notes'>>;

/** Saves one change at once (called on every keystroke, so closing the app loses nothing). */
export function updateReflection(
  id: string,
  change: ReflectionChange,
  now = Date.now(),
): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', [db.reflections, ...OUTBOX_TABLES()], async () => {
      await db.reflections.update(id, { ...change, updatedAt: now });
      const updated = await db.reflections.get(id);
      if (updated) await queueChange('reflection', id, 'put', updated, now);
    }),
  );
}

/** Every reflection with something in it, newest first. */
export async function reflectionsNewestFirst(): Promise<Reflection[]> {
  const all = await db.reflections.toArray();
  return all.filter((item) => !isReflectionEmpty(item)).sort((a, b) => b.createdAt - a.createdAt);
}

/** The latest reflection on another challenge than this one: "last week" in a session with the buddy. */
export async function latestReflectionBefore(
  packId: string,
  challengeId: string,
): Promise<Reflection | null> {
  const all = await db.reflections.toArray();
  const others = all.filter(
    (item) => !(item.packId === packId && item.challengeId === challengeId),
  );
  return others.sort((a, b) => b.createdAt - a.createdAt)[0] ?? null;
}
