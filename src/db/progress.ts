/** Ticks ("I did it!") and what they add up to. */
import { planPack, type PackPlan } from '../core/progress/schedule';
import { activeWeeks, weeksInARow } from '../core/progress/streak';
import { weekOf } from '../core/progress/week';
import { emptyReflection, newId, type Tick } from '../core/records';
import { db, type StoredPack } from './database';
import { guardedWrite } from './errors';
import { OUTBOX_TABLES, queueChange } from './outbox';

/** Records that the learner did a challenge, now, with an empty reflection ready to fill in. */
export function markDone(packId: string, challengeId: string, now = Date.now()): Promise<Tick> {
  const tick: Tick = { id: newId(), packId, challengeId, doneAt: now, week: weekOf(now) };
  return guardedWrite(() =>
    db.transaction('rw', [db.ticks, db.reflections, db.packs, ...OUTBOX_TABLES()], async () => {
      const stored = await db.packs.get(packId);
      const title = stored?.pack.challenges.find(
        (challenge) => challenge.id === challengeId,
      )?.title;
      const reflection = emptyReflection(newId(), tick, now, title);
      await db.ticks.add(tick);
      await db.reflections.add(reflection);
      await queueChange('tick', tick.id, 'put', tick, now);
      await queueChange('reflection', reflection.id, 'put', reflection, now);
      return tick;
    }),
  );
}

export function ticksOf(packId: string, challengeId: string): Promise<Tick[]> {
  return db.ticks.where('[packId+challengeId]').equals([packId, challengeId]).sortBy('doneAt');
}

function countsFor(ticks: readonly Tick[], packId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tick of ticks) {
    if (tick.packId === packId)
      counts.set(tick.challengeId, (counts.get(tick.challengeId) ?? 0) + 1);
  }
  return counts;
}

/** A pack on the device with the learner's plan for it this week. */
export interface PackWithPlan {
  stored: StoredPack;
  plan: PackPlan;
}

/** Every pack the learner has, with this week's plan, in the order they were added. */
export async function packPlans(week: number): Promise<PackWithPlan[]> {
  const [packs, enrolments, ticks] = await Promise.all([
    db.packs.toArray(),
    db.enrolments.toArray(),
    db.ticks.toArray(),
  ]);
  const byId = new Map(packs.map((stored) => [stored.id, stored]));
  return enrolments
    .sort((a, b) => a.addedAt - b.addedAt)
    .flatMap((enrolment) => {
      const stored = byId.get(enrolment.packId);
      if (!stored) return [];
      const ids = stored.pack.challenges.map((challenge) => challenge.id);
      return [{ stored, plan: planPack(ids, enrolment, countsFor(ticks, stored.id), week) }];
    });
}

export interface ProgressSummary {
  weeksInARow: number;
  activeWeeks: number;
  totalDone: number;
}

export async function progressSummary(week: number): Promise<ProgressSummary> {
  const ticks = await db.ticks.toArray();
  const weeks = ticks.map((tick) => tick.week);
  return {
    weeksInARow: weeksInARow(weeks, week),
    activeWeeks: activeWeeks(weeks),
    totalDone: ticks.length,
  };
}
