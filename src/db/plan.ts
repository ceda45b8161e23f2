/** The learning plan, and the days agreed in sessions with the buddy. */
import { emptyPlan, type Appointment, type LearningPlan } from '../core/plan';
import { db } from './database';
import { guardedWrite } from './errors';
import { OUTBOX_TABLES, queueChange } from './outbox';

export function readPlan(): Promise<LearningPlan | undefined> {
  return db.plans.get('plan');
}

export type PlanChange = Partial<Omit<LearningPlan, 'id' | 'updatedAt'>>;

export function savePlan(change: PlanChange, now = Date.now()): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', [db.plans, ...OUTBOX_TABLES()], async () => {
      const plan: LearningPlan = {
        ...((await db.plans.get('plan')) ?? emptyPlan(now)),
        ...change,
        updatedAt: now,
      };
      await db.plans.put(plan);
      await queueChange('plan', 'plan', 'put', plan, now);
    }),
  );
}

export function appointments(): Promise<Appointment[]> {
  return db.appointments.toArray();
}

/** Saves when and where the learner will do a pack's current challenge. */
export function saveAppointment(
  appointment: Omit<Appointment, 'updatedAt'>,
  now = Date.now(),
): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', [db.appointments, ...OUTBOX_TABLES()], async () => {
      const stored: Appointment = { ...appointment, updatedAt: now };
      await db.appointments.put(stored);
      await queueChange('appointment', appointment.packId, 'put', stored, now);
    }),
  );
}
