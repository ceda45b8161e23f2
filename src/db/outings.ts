/** Taalcafé outings: the organiser's checklist, and ticking a challenge for the whole group. */
import { weekOf } from '../core/progress/week';
import { newId, type Tick } from '../core/records';
import type { OutingChecklist } from '../core/plan';
import { db } from './database';
import { guardedWrite } from './errors';
import { OUTBOX_TABLES, queueChange } from './outbox';

export const checklistId = (packId: string, challengeId: string) => `${packId}/${challengeId}`;

export function readChecklist(
  packId: string,
  challengeId: string,
): Promise<OutingChecklist | undefined> {
  return db.checklists.get(checklistId(packId, challengeId));
}

/** Ticks or unticks one item of the organiser's checklist. */
export function toggleChecklistItem(
  packId: string,
  challengeId: string,
  item: number,
  now = Date.now(),
): Promise<void> {
  const id = checklistId(packId, challengeId);
  return guardedWrite(() =>
    db.transaction('rw', [db.checklists, ...OUTBOX_TABLES()], async () => {
      const checked = new Set((await db.checklists.get(id))?.checked ?? []);
      if (checked.has(item)) checked.delete(item);
      else checked.add(item);
      const list: OutingChecklist = {
        id,
        checked: [...checked].sort((a, b) => a - b),
        updatedAt: now,
      };
      await db.checklists.put(list);
      await queueChange('checklist', id, 'put', list, now);
    }),
  );
}

/** The volunteer ticks the outing for the group: one tick, with how many took part. */
export function tickForGroup(
  packId: string,
  challengeId: string,
  groupSize: number,
  now = Date.now(),
): Promise<Tick> {
  const tick: Tick = {
    id: newId(),
    packId,
    challengeId,
    doneAt: now,
    week: weekOf(now),
    groupSize,
  };
  return guardedWrite(() =>
    db.transaction('rw', [db.ticks, ...OUTBOX_TABLES()], async () => {
      await db.ticks.add(tick);
      await queueChange('tick', tick.id, 'put', tick, now);
      return tick;
    }),
  );
}
