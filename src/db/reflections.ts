/** The learner's reflections: private, saved as they are typed, editable later. */
import { isReflectionEmpty, type Reflection } from '../core/records';
import { db } from './database';
import { guardedWrite } from './errors';

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
  return guardedWrite(async () => {
    await db.reflections.update(id, { ...change, updatedAt: now });
  });
}

/** Every reflection with something in it, newest first. */
export async function reflectionsNewestFirst(): Promise<Reflection[]> {
  const all = await db.reflections.toArray();
  return all.filter((item) => !isReflectionEmpty(item)).sort((a, b) => b.createdAt - a.createdAt);
}
