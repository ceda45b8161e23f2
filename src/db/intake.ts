/** The learner's intake booklet: private, on this phone (and in their own backup), erasable. */
import { emptyIntake, type Intake } from '../core/intake';
import { db } from './database';
import { guardedWrite } from './errors';
import { OUTBOX_TABLES, queueChange } from './outbox';

export function readIntake(): Promise<Intake | undefined> {
  return db.intake.get('intake');
}

export type IntakeChange = Partial<Omit<Intake, 'id' | 'updatedAt'>>;

/** Saves one answer at once (as the learner taps or types). */
export function saveIntake(change: IntakeChange, now = Date.now()): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', [db.intake, ...OUTBOX_TABLES()], async () => {
      const intake: Intake = {
        ...((await db.intake.get('intake')) ?? emptyIntake(now)),
        ...change,
        updatedAt: now,
      };
      await db.intake.put(intake);
      await queueChange('intake', 'intake', 'put', intake, now);
    }),
  );
}

/** Removes every answer of the intake, here and (with the next sync) from the backup. */
export function eraseIntake(now = Date.now()): Promise<void> {
  return guardedWrite(() =>
    db.transaction('rw', [db.intake, ...OUTBOX_TABLES()], async () => {
      await db.intake.delete('intake');
      await queueChange('intake', 'intake', 'delete', undefined, now);
    }),
  );
}
